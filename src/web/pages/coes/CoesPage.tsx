import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { formatDate, formatNumber } from '../../app/format';
import { useSession } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { STATUS_COLORS, type CoeListItem, type CoeStatus } from './coe-types';

const STATUSES: CoeStatus[] = ['draft', 'submitted', 'returned', 'approved'];
const SEARCH_FIELDS = ['family', 'recruiter', 'status', 'from', 'to'] as const;
type Search = Record<(typeof SEARCH_FIELDS)[number], string>;
const searchOf = (params: URLSearchParams): Search =>
  Object.fromEntries(SEARCH_FIELDS.map((field) => [field, params.get(field) ?? ''])) as Search;

const VIEWS = ['queue', 'mine', 'returned', 'all'] as const;
type View = (typeof VIEWS)[number];

const FILTERS: Record<View, { status?: string; mine?: boolean }> = {
  queue: { status: 'submitted' },
  mine: { mine: true },
  returned: { status: 'returned', mine: true },
  all: {},
};

/** COEs: the review queue for reviewers, "my COEs" for recruiters. */
export function CoesPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const views = VIEWS.filter((view) =>
    view === 'queue'
      ? session.can('coe.review')
      : view === 'mine' || view === 'returned'
        ? session.can('coe.prepare')
        : true,
  );
  const requested = params.get('view') as View | null;
  const view: View = requested && views.includes(requested) ? requested : views[0]!;
  const filter = FILTERS[view];
  // The search lives in the form and reaches the address after a pause. Written straight to the
  // address, a second field changed before the first change had arrived there (a slow phone)
  // started from the address without it, and the first field's words were lost.
  const [search, setSearchState] = useState(() => searchOf(params));
  const [debounced] = useDebouncedValue(search, 300);
  useEffect(() => {
    const next = new URLSearchParams(params);
    for (const field of SEARCH_FIELDS) {
      if (debounced[field]) next.set(field, debounced[field]);
      else next.delete(field);
    }
    if (next.toString() !== params.toString()) setParams(next, { replace: true });
  }, [debounced, params, setParams]);
  const setSearch = (field: keyof Search, value: string) =>
    setSearchState((current) => ({ ...current, [field]: value }));
  const list = useQuery({
    queryKey: ['coes', view, debounced],
    queryFn: () =>
      api<{ items: CoeListItem[]; total: number }>(
        'GET',
        `/api/coes${queryString({
          status: filter.status ?? (debounced.status || undefined),
          mine: filter.mine ? 'true' : undefined,
          family: debounced.family.trim() || undefined,
          recruiter: debounced.recruiter.trim() || undefined,
          from: debounced.from || undefined,
          to: debounced.to || undefined,
          limit: 100,
        })}`,
      ),
  });

  return (
    <Stack>
      <Title order={1}>{t('coes.title')}</Title>
      <SegmentedControl
        aria-label={t('coes.views.label')}
        value={view}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          next.set('view', value);
          setParams(next, { replace: true });
        }}
        data={views.map((value) => ({ value, label: t(`coes.views.${value}`) }))}
        fullWidth
        orientation={views.length > 2 ? 'vertical' : 'horizontal'}
      />
      <form role="search" aria-label={t('coes.filters.label')} onSubmit={(e) => e.preventDefault()}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs">
          <TextInput
            type="search"
            label={t('coes.filters.family')}
            value={search.family}
            onChange={(e) => setSearch('family', e.currentTarget.value)}
          />
          <TextInput
            type="search"
            label={t('coes.filters.recruiter')}
            value={search.recruiter}
            onChange={(e) => setSearch('recruiter', e.currentTarget.value)}
          />
          {!filter.status && (
            <NativeSelect
              label={t('coes.filters.status')}
              value={search.status}
              onChange={(e) => setSearch('status', e.currentTarget.value)}
              data={[
                { value: '', label: t('coes.filters.anyStatus') },
                ...STATUSES.map((value) => ({ value, label: t(`coes.statuses.${value}`) })),
              ]}
            />
          )}
          <TextInput
            type="date"
            label={t('coes.filters.from')}
            value={search.from}
            onChange={(e) => setSearch('from', e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('coes.filters.to')}
            value={search.to}
            onChange={(e) => setSearch('to', e.currentTarget.value)}
          />
        </SimpleGrid>
        {SEARCH_FIELDS.some((field) => search[field]) && (
          <Group mt="xs">
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => setSearchState(searchOf(new URLSearchParams()))}
            >
              {t('coes.filters.clear')}
            </Button>
          </Group>
        )}
      </form>
      <QueryState isPending={list.isPending} error={list.error}>
        {list.data && (
          <>
            <Text size="sm" aria-live="polite">
              {t('coes.count', {
                count: list.data.total,
                formatted: formatNumber(list.data.total, i18n.language),
              })}
            </Text>
            {list.data.items.length > 0 && (
              <ResponsiveTable
                label={t('coes.title')}
                rows={list.data.items}
                rowKey={(coe) => coe.id}
                columns={[
                  {
                    key: 'family',
                    header: t('coes.family'),
                    cell: (coe) => (
                      <>
                        <Anchor component={Link} to={`/coes/${coe.id}`}>
                          {coe.familyName ?? t('coes.noFamily')}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {t('coes.children', { count: coe.childCount, eligible: coe.eligibleCount })}
                        </Text>
                      </>
                    ),
                  },
                  {
                    key: 'status',
                    header: t('coes.status'),
                    cell: (coe) => (
                      <Group gap={4}>
                        <Badge color={STATUS_COLORS[coe.status]} autoContrast>
                          {t(`coes.statuses.${coe.status}`)}
                        </Badge>
                        {coe.warningCount > 0 && (
                          <Badge color="yellow" variant="light" autoContrast>
                            {t('coes.warningCount', { count: coe.warningCount })}
                          </Badge>
                        )}
                      </Group>
                    ),
                  },
                  {
                    key: 'interviewDate',
                    header: t('coes.interviewDate'),
                    cell: (coe) => formatDate(coe.interviewDate, i18n.language),
                  },
                  { key: 'recruiter', header: t('coes.recruiter'), cell: (coe) => coe.recruiterName ?? '—' },
                ]}
              />
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
