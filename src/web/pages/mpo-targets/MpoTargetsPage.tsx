import { Alert, Anchor, Badge, Button, Group, Stack, Switch, Table, Tabs, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, queryString } from '../../app/api';
import { formatDate, formatNumber } from '../../app/format';
import { QueryState } from '../../components/QueryState';
import { RegionPeriodTermFilters, useRegionPeriodTerm } from '../../components/RegionPeriodTermFilters';
import { ScrollTable } from '../../components/ScrollTable';
import { OrderGroupBadge } from '../pfs/PfsCriteria';
import { EnrollDialog } from './EnrollDialog';
import { TermWindowsCard } from './TermWindowsCard';
import { type MpoChoice, type TargetList, type TargetRow } from './mpo-target-types';

const PERIODS_SHOWN = 4;

/**
 * The MPO target lists (the seed's "MSIN SSDP MPO Reports 1.0, 2.0 and 7.0", run in November
 * and May): for a region, a period and a term, the children in each MPO's population, marked
 * enrolled or not in an aligned service, so staff verify enrollments and enroll the others here.
 */
export function MpoTargetsPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const filters = useRegionPeriodTerm(PERIODS_SHOWN, () => setEnrolled(null));
  const { params, set, regionId, period, term } = filters;
  const mpo = params.get('mpo') ?? undefined;
  const notEnrolled = params.get('notEnrolled') === 'true';
  const [enrolling, setEnrolling] = useState<TargetRow | null>(null);
  const [enrolled, setEnrolled] = useState<string | null>(null);
  const search = { period, term, regionId, mpo, notEnrolled: notEnrolled ? 'true' : undefined };
  const list = useQuery({
    queryKey: ['mpo-targets', search],
    queryFn: () => api<TargetList>('GET', `/api/mpo-targets${queryString(search)}`),
    enabled: regionId !== null,
    placeholderData: keepPreviousData,
  });
  const n = (value: number) => formatNumber(value, i18n.language);
  const data = list.data;
  const canEnroll = (data?.services ?? []).some((s) => s.canEnroll);
  const exportUrl = (format: 'csv' | 'xlsx') =>
    `/api/mpo-targets/export${queryString({ ...search, mpo: data?.mpo.number ?? mpo, format })}`;

  return (
    <Stack>
      <Title order={1}>{t('mpoTargets.title')}</Title>
      <Text>{t('mpoTargets.intro')}</Text>
      <RegionPeriodTermFilters filters={filters} />
      {enrolled && (
        <Alert color="ciclo" role="status" aria-live="polite">
          {t('mpoTargets.enroll.done', { name: enrolled })}
        </Alert>
      )}
      <QueryState isPending={list.isPending && regionId !== null} error={list.error}>
        {data && (
          <Tabs value={data.mpo.number} onChange={(value) => set('mpo', value)} keepMounted={false}>
            <Tabs.List>
              {data.mpos.map((choice) => (
                <Tabs.Tab key={choice.number} value={choice.number}>
                  {t('mpoTargets.mpoTab', { number: choice.number })}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value={data.mpo.number} pt="md">
              <Stack>
                <Text fw={500}>{populationText(t, data.mpo)}</Text>
                <Text size="sm">
                  {t('mpoTargets.termDates', {
                    from: formatDate(data.termDates.from, i18n.language),
                    to: formatDate(data.termDates.to, i18n.language),
                  })}
                </Text>
                <Text size="lg" fw={700} aria-live="polite">
                  {t('mpoTargets.counts', { enrolled: n(data.enrolled), total: n(data.total) })}
                </Text>
                {data.services.length === 0 && <Alert color="yellow">{t('mpoTargets.noServices')}</Alert>}
                <Group justify="space-between" wrap="wrap">
                  <Switch
                    label={t('mpoTargets.notEnrolledOnly')}
                    checked={notEnrolled}
                    onChange={(event) => set('notEnrolled', event.currentTarget.checked ? 'true' : null)}
                  />
                  <Group gap="xs">
                    <Button component="a" href={exportUrl('csv')} variant="default" size="sm">
                      {t('mpoTargets.exportCsv')}
                    </Button>
                    <Button component="a" href={exportUrl('xlsx')} variant="default" size="sm">
                      {t('mpoTargets.exportXlsx')}
                    </Button>
                  </Group>
                </Group>
                {data.rows.length === 0 ? (
                  <Text>{t('mpoTargets.empty')}</Text>
                ) : (
                  <ScrollTable minWidth={680} label={t('mpoTargets.tableLabel', { number: data.mpo.number })}>
                    <Table striped>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('pfs.orderColumn')}</Table.Th>
                          <Table.Th scope="col">{t('mpoTargets.columns.child')}</Table.Th>
                          <Table.Th scope="col">{t('mpoTargets.columns.studentId')}</Table.Th>
                          <Table.Th scope="col">{t('mpoTargets.columns.reason')}</Table.Th>
                          <Table.Th scope="col">{t('mpoTargets.columns.enrolled')}</Table.Th>
                          {canEnroll && <Table.Th scope="col">{t('mpoTargets.columns.action')}</Table.Th>}
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {data.rows.map((row) => (
                          <Table.Tr key={row.studentId}>
                            <Table.Td>
                              <OrderGroupBadge group={row.group} />
                            </Table.Td>
                            <Table.Td>
                              {row.child ? (
                                <Anchor component={Link} to={`/children/${row.child.id}`}>
                                  {row.child.name}
                                </Anchor>
                              ) : (
                                <Text size="sm" c="dimmed">
                                  {t('mpoTargets.historyOnly')}
                                </Text>
                              )}
                            </Table.Td>
                            <Table.Td>{row.studentId}</Table.Td>
                            <Table.Td>
                              {row.reason.kind === 'age'
                                ? t('mpoTargets.reason.age', { age: row.reason.age })
                                : t('mpoTargets.reason.level', {
                                    subject: t(`mpoTargets.subjects.${row.reason.subject}`),
                                    level: row.reason.level,
                                  })}
                            </Table.Td>
                            <Table.Td>
                              <Badge color={row.enrolled ? 'ciclo' : 'gray'} variant="light">
                                {row.enrolled ? t('mpoTargets.yes') : t('mpoTargets.no')}
                              </Badge>
                            </Table.Td>
                            {canEnroll && (
                              <Table.Td>
                                {!row.enrolled && (
                                  <Button
                                    size="xs"
                                    onClick={() => setEnrolling(row)}
                                    aria-label={t('mpoTargets.enroll.buttonFor', {
                                      name: row.child?.name || row.studentId,
                                    })}
                                  >
                                    {t('mpoTargets.enroll.button')}
                                  </Button>
                                )}
                              </Table.Td>
                            )}
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </ScrollTable>
                )}
              </Stack>
            </Tabs.Panel>
          </Tabs>
        )}
      </QueryState>
      {enrolling && data && (
        <EnrollDialog
          row={enrolling}
          list={data}
          onClose={() => setEnrolling(null)}
          onEnrolled={(name) => {
            setEnrolling(null);
            setEnrolled(name);
            void client.invalidateQueries({ queryKey: ['mpo-targets'] });
          }}
        />
      )}
      <TermWindowsCard />
    </Stack>
  );
}

function populationText(
  t: (key: string, options?: Record<string, unknown>) => string,
  mpo: MpoChoice,
): string {
  return mpo.population.kind === 'age'
    ? t('mpoTargets.population.age', {
        number: mpo.number,
        min: mpo.population.minAge,
        max: mpo.population.maxAge,
      })
    : t('mpoTargets.population.belowProficient', {
        number: mpo.number,
        subject: t(`mpoTargets.subjects.${mpo.population.subject}`),
        level: mpo.population.maxLevel,
      });
}
