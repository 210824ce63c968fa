import { Anchor, Badge, Button, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, queryString } from '../../app/api';
import { formatDate, formatNumber } from '../../app/format';
import { QueryState } from '../../components/QueryState';
import { RegionPeriodTermFilters, useRegionPeriodTerm } from '../../components/RegionPeriodTermFilters';
import { ScrollTable } from '../../components/ScrollTable';
import { PfsCriteriaList } from './PfsCriteria';
import { PfsSettingsCard } from './PfsSettingsCard';
import type { PfsList } from './pfs-types';

const PERIODS_SHOWN = 4;

/**
 * A region's Priority for Services list (ESEA 1304(d)): for a period and a term, the children
 * who must be served first, with the criteria each meets and whether a service of the term
 * serves them, the share served, the export, and the state's criteria below.
 */
export function PfsListPage() {
  const { t, i18n } = useTranslation();
  const filters = useRegionPeriodTerm(PERIODS_SHOWN);
  const { params, set, regionId, period, term } = filters;
  const notServed = params.get('notServed') === 'true';
  const search = { period, term, regionId, notServed: notServed ? 'true' : undefined };
  const list = useQuery({
    queryKey: ['pfs', search],
    queryFn: () => api<PfsList>('GET', `/api/pfs${queryString(search)}`),
    enabled: regionId !== null,
    placeholderData: keepPreviousData,
  });
  const n = (value: number) => formatNumber(value, i18n.language);
  const data = list.data;
  const exportUrl = (format: 'csv' | 'xlsx') => `/api/pfs/export${queryString({ ...search, format })}`;

  return (
    <Stack>
      <Title order={1}>{t('pfs.title')}</Title>
      <Text>{t('pfs.intro')}</Text>
      <RegionPeriodTermFilters filters={filters} />
      <QueryState isPending={list.isPending && regionId !== null} error={list.error}>
        {data && (
          <Stack>
            <Text size="sm">{t('pfs.on', { date: formatDate(data.on, i18n.language) })}</Text>
            <Text size="lg" fw={700} aria-live="polite">
              {t('pfs.counts', { pfs: n(data.pfs), eligible: n(data.eligible) })}
            </Text>
            <Text fw={500}>
              {data.servedPercent === null
                ? t('pfs.servedNone')
                : t('pfs.served', {
                    served: n(data.served),
                    pfs: n(data.pfs),
                    percent: `${n(data.servedPercent)}%`,
                  })}
            </Text>
            <Group justify="space-between" wrap="wrap">
              <Switch
                label={t('pfs.notServedOnly')}
                checked={notServed}
                onChange={(event) => set('notServed', event.currentTarget.checked ? 'true' : null)}
              />
              <Group gap="xs">
                <Button component="a" href={exportUrl('csv')} variant="default" size="sm">
                  {t('pfs.exportCsv')}
                </Button>
                <Button component="a" href={exportUrl('xlsx')} variant="default" size="sm">
                  {t('pfs.exportXlsx')}
                </Button>
              </Group>
            </Group>
            {data.rows.length === 0 ? (
              <Text>{t('pfs.empty')}</Text>
            ) : (
              <ScrollTable minWidth={560} label={t('pfs.tableLabel')}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('pfs.columns.child')}</Table.Th>
                      <Table.Th scope="col">{t('pfs.columns.studentId')}</Table.Th>
                      <Table.Th scope="col">{t('pfs.columns.criteria')}</Table.Th>
                      <Table.Th scope="col">{t('pfs.columns.served')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.rows.map((row) => (
                      <Table.Tr key={row.studentId}>
                        <Table.Td>
                          {row.child ? (
                            <Anchor component={Link} to={`/children/${row.child.id}`}>
                              {row.child.name}
                            </Anchor>
                          ) : (
                            <Text size="sm" c="dimmed">
                              {t('pfs.historyOnly')}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{row.studentId}</Table.Td>
                        <Table.Td>
                          <PfsCriteriaList criteria={row.criteria} />
                        </Table.Td>
                        <Table.Td>
                          <Badge color={row.served ? 'ciclo' : 'gray'} variant="light">
                            {row.served ? t('pfs.yes') : t('pfs.no')}
                          </Badge>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )}
          </Stack>
        )}
      </QueryState>
      <PfsSettingsCard />
    </Stack>
  );
}
