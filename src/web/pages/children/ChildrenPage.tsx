import { Anchor, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { formatDate, formatNumber, fullName } from '../../app/format';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { PageNavigation } from '../../components/PageNavigation';
import { QueryState } from '../../components/QueryState';
import type { ChildSummary } from './child-types';

const PAGE_SIZE = 25;

/** Children in the user's scope, searched by name (accents and order do not matter) or number. */
export function ChildrenPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const page = Number(params.get('page') ?? '1');
  const [debounced] = useDebouncedValue(search, 250);
  const query = useQuery({
    queryKey: ['children', debounced, page],
    queryFn: () =>
      api<{ items: ChildSummary[]; total: number }>(
        'GET',
        `/api/children${queryString({ q: debounced, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })}`,
      ),
    placeholderData: keepPreviousData,
  });
  const total = query.data?.total ?? 0;

  return (
    <Stack>
      <Title order={1}>{t('children.title')}</Title>
      <TextInput
        label={t('children.search')}
        description={t('children.searchHint')}
        type="search"
        value={search}
        onChange={(e) =>
          setParams(e.currentTarget.value ? { q: e.currentTarget.value } : {}, { replace: true })
        }
      />
      <QueryState isPending={query.isPending} error={query.error}>
        <Text size="sm" aria-live="polite">
          {t('children.count', { count: total, formatted: formatNumber(total, i18n.language) })}
        </Text>
        <ResponsiveTable
          label={t('children.title')}
          rows={query.data?.items ?? []}
          rowKey={(child) => child.id}
          columns={[
            {
              key: 'name',
              header: t('children.name'),
              cell: (child) => (
                <Anchor component={Link} to={`/children/${child.id}`}>
                  {fullName(child)}
                </Anchor>
              ),
            },
            {
              key: 'birthDate',
              header: t('children.birthDate'),
              cell: (child) => formatDate(child.birthDate, i18n.language),
            },
            {
              key: 'studentNumber',
              header: t('children.studentNumber'),
              cell: (child) => child.studentNumber,
            },
            { key: 'region', header: t('children.region'), cell: (child) => child.regionNumber },
          ]}
        />
        <PageNavigation total={total} pageSize={PAGE_SIZE} />
      </QueryState>
    </Stack>
  );
}
