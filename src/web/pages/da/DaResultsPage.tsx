import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { formatDateTime, formatNumber } from '../../app/format';
import { useSession } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import {
  DA_GROUPS,
  LEA_TYPES,
  STATUSES,
  STATUS_COLORS,
  statusOf,
  type Determination,
  type DeterminationResults,
} from './da-types';

const FILTERS = ['status', 'county', 'leaType', 'group'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** The LEAs of a determination: eligible, not eligible, intensive intervention; with Ciclo's migrant count beside each. */
export function DaResultsPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Filters;
  const list = useQuery({
    queryKey: ['da', 'determinations'],
    queryFn: () => api<{ items: Determination[] }>('GET', '/api/da/determinations'),
  });
  const chosen = params.get('determination') ?? list.data?.items[0]?.id ?? '';
  const results = useQuery({
    queryKey: ['da', 'determination', chosen, filters],
    queryFn: () =>
      api<DeterminationResults>('GET', `/api/da/determinations/${chosen}${queryString(filters)}`),
    enabled: chosen !== '',
    placeholderData: keepPreviousData,
  });
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const n = (value: number) => formatNumber(value, i18n.language);
  const exportUrl = (format: 'csv' | 'xlsx') =>
    `/api/da/determinations/${chosen}/export${queryString({ ...filters, format })}`;

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={1}>{t('da.title')}</Title>
        <Group gap="xs">
          <Button component={Link} to="/da/assistance" variant="default">
            {t('da.acrossCounties.title')}
          </Button>
          <Button component={Link} to="/da/rule-sets" variant="default">
            {t('da.ruleSets.title')}
          </Button>
          {session.can('da.manage') && (
            <Button component={Link} to="/da/upload" variant="light">
              {t('da.upload.title')}
            </Button>
          )}
        </Group>
      </Group>
      <QueryState isPending={list.isPending} error={list.error}>
        {list.data?.items.length === 0 ? (
          <Text>{t('da.none')}</Text>
        ) : (
          <>
            <Select
              label={t('da.determination')}
              value={chosen || null}
              allowDeselect={false}
              onChange={(value) => set('determination', value)}
              data={(list.data?.items ?? []).map((d) => ({
                value: d.id,
                label: t('da.determinationLabel', {
                  year: d.year,
                  rules: d.rules,
                  when: formatDateTime(d.runAt, i18n.language),
                }),
              }))}
              maw={420}
            />
            <Group align="end" wrap="wrap">
              <Select
                label={t('da.filters.status')}
                placeholder={t('da.filters.any')}
                clearable
                value={filters.status || null}
                onChange={(v) => set('status', v)}
                data={STATUSES.map((s) => ({ value: s, label: t(`da.status.${s}`) }))}
                w={200}
              />
              <Select
                label={t('da.filters.county')}
                placeholder={t('da.filters.any')}
                clearable
                searchable
                value={filters.county || null}
                onChange={(v) => set('county', v)}
                data={results.data?.counties ?? []}
                w={200}
              />
              <Select
                label={t('da.filters.leaType')}
                placeholder={t('da.filters.any')}
                clearable
                value={filters.leaType || null}
                onChange={(v) => set('leaType', v)}
                data={LEA_TYPES.map((s) => ({ value: s, label: t(`da.leaTypes.${s}`) }))}
                w={200}
              />
              <Select
                label={t('da.filters.group')}
                placeholder={t('da.filters.any')}
                clearable
                value={filters.group || null}
                onChange={(v) => set('group', v)}
                data={DA_GROUPS.map((g) => ({ value: g, label: t(`da.groups.${g}`) }))}
                w={200}
              />
            </Group>
            <QueryState isPending={results.isPending && chosen !== ''} error={results.error}>
              {results.data && (
                <>
                  <Group justify="space-between">
                    <Text size="sm" aria-live="polite">
                      {t('da.count', {
                        count: results.data.total,
                        formatted: n(results.data.total),
                        eligible: n(results.data.eligibleCount),
                        all: n(results.data.leaCount),
                      })}
                    </Text>
                    <Group gap="xs">
                      <Button component="a" href={exportUrl('csv')} download variant="default" size="xs">
                        {t('da.export.csv')}
                      </Button>
                      <Button component="a" href={exportUrl('xlsx')} download variant="default" size="xs">
                        {t('da.export.xlsx')}
                      </Button>
                    </Group>
                  </Group>
                  <ScrollTable minWidth={760} label={t('da.title')}>
                    <Table striped>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('da.lea.name')}</Table.Th>
                          <Table.Th scope="col">{t('da.filters.status')}</Table.Th>
                          <Table.Th scope="col">{t('da.lea.groups')}</Table.Th>
                          <Table.Th scope="col">{t('da.filters.county')}</Table.Th>
                          <Table.Th scope="col">{t('da.migrant.column')}</Table.Th>
                          <Table.Th scope="col">{t('da.assistance.column')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {results.data.items.map((lea) => (
                          <Table.Tr key={lea.leaId}>
                            <Table.Td>
                              <Anchor
                                component={Link}
                                to={`/da/leas/${encodeURIComponent(lea.leaId)}?determination=${results.data.id}`}
                              >
                                {lea.leaName ?? lea.leaId}
                              </Anchor>
                              <Text size="xs" c="dimmed">
                                {t(`da.leaTypes.${lea.leaType}`)} · {lea.leaId}
                              </Text>
                            </Table.Td>
                            <Table.Td>
                              <Badge color={STATUS_COLORS[statusOf(lea)]} variant="filled">
                                {t(`da.status.${statusOf(lea)}`)}
                              </Badge>
                            </Table.Td>
                            <Table.Td>
                              {lea.groups.map((g) => (
                                <Text size="sm" key={g.group}>
                                  {t(`da.groups.${g.group}`)}:{' '}
                                  {g.priorities.map((p) => t(`da.areas.${p}`)).join(', ')}
                                </Text>
                              ))}
                            </Table.Td>
                            <Table.Td>{lea.county ?? '—'}</Table.Td>
                            <Table.Td>
                              {lea.migrant ? n(lea.migrant.children) : t('da.migrant.noMatch')}
                            </Table.Td>
                            <Table.Td>{n(lea.assistanceCount)}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </ScrollTable>
                </>
              )}
            </QueryState>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
