import { Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { formatDate, formatDateTime, formatNumber } from '../../app/format';
import { PageNavigation } from '../../components/PageNavigation';
import { ErrorAlert } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import type { ChildCountDifferences, ChildCountsView } from './child-count-types';

const PAGE_SIZE = 50;
/** The address parameter of the differences' page (the counted children's list below uses `page`). */
const PAGE_PARAM = 'changesPage';

/** S5.7: the state's certification of the period, the button to certify, and the children added or removed since. */
export function CertificationCard({ view }: { view: ChildCountsView }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const n = (value: number) => formatNumber(value, i18n.language);
  const certification = view.certification;
  const [params] = useSearchParams();
  const page = Number(params.get(PAGE_PARAM) ?? '1');
  const query = { period: view.period, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const differences = useQuery({
    queryKey: ['child-counts', 'differences', query, certification?.id],
    queryFn: () => api<ChildCountDifferences>('GET', `/api/child-counts/differences${queryString(query)}`),
    enabled: certification !== null,
    placeholderData: keepPreviousData,
  });
  const file = (format: 'csv' | 'xlsx') =>
    `/api/child-counts/differences/export${queryString({ period: view.period, format })}`;
  const { added1, removed1, added2, removed2 } = differences.data?.totals ?? {};
  const changed = (added1 ?? 0) + (removed1 ?? 0) + (added2 ?? 0) + (removed2 ?? 0);
  const certify = useMutation({
    mutationFn: () =>
      api<ChildCountsView>('POST', '/api/child-counts/certifications', { period: view.period }),
    onSuccess: async () => {
      setConfirming(false);
      await client.invalidateQueries({ queryKey: ['child-counts'] });
    },
  });
  const figures = { category1: n(view.breakdown.category1), category2: n(view.breakdown.category2) };
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h3">
          {t('childCounts.certification.title')}
        </Title>
        <Text>
          {certification
            ? t('childCounts.certification.certified', {
                when: formatDateTime(certification.certifiedAt, i18n.language),
                name: certification.certifiedBy,
                category1: n(certification.category1),
                category2: n(certification.category2),
              })
            : t('childCounts.certification.none', { period: view.period })}
        </Text>
        {certification?.pfs && (
          <Text>
            {t('childCounts.certification.pfs', {
              category1: n(certification.pfs.category1),
              category2: n(certification.pfs.category2),
            })}
          </Text>
        )}
        {view.abilities.certify && (
          <Group>
            <Button onClick={() => setConfirming(true)}>{t('childCounts.certification.certify')}</Button>
          </Group>
        )}
        {differences.data && (
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t('childCounts.certification.differences')}
            </Title>
            {changed === 0 ? (
              <Text>{t('childCounts.certification.noDifferences')}</Text>
            ) : (
              <>
                <Text>{t('childCounts.certification.totals', differences.data.totals)}</Text>
                <Group gap="xs">
                  <Button component="a" href={file('csv')} variant="default" size="sm">
                    {t('childCounts.certification.exportCsv')}
                  </Button>
                  <Button component="a" href={file('xlsx')} variant="default" size="sm">
                    {t('childCounts.certification.exportXlsx')}
                  </Button>
                </Group>
                <ScrollTable minWidth={480} label={t('childCounts.certification.label')}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('childCounts.list.student')}</Table.Th>
                        <Table.Th scope="col">{t('childCounts.list.category')}</Table.Th>
                        <Table.Th scope="col">{t('childCounts.certification.change')}</Table.Th>
                        <Table.Th scope="col">{t('childCounts.list.countsFrom')}</Table.Th>
                        <Table.Th scope="col">{t('childCounts.list.summerDay')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {differences.data.children.map((child) => (
                        <Table.Tr key={`${child.studentId}-${child.category}`}>
                          <Table.Th scope="row">{child.studentId}</Table.Th>
                          <Table.Td>{t(`childCounts.category${child.category}`)}</Table.Td>
                          <Table.Td>{t(`childCounts.certification.${child.change}`)}</Table.Td>
                          <Table.Td>{child.day ? formatDate(child.day, i18n.language) : '—'}</Table.Td>
                          <Table.Td>
                            {child.summerDay
                              ? `${formatDate(child.summerDay, i18n.language)} · ${child.summerService}`
                              : '—'}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
                <PageNavigation total={changed} pageSize={PAGE_SIZE} param={PAGE_PARAM} />
              </>
            )}
          </Stack>
        )}
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        closeButtonProps={{ 'aria-label': t('childCounts.certification.cancel') }}
        title={t('childCounts.certification.confirmTitle', { period: view.period })}
      >
        <Stack>
          <Text>{t('childCounts.certification.confirm', figures)}</Text>
          {certify.error && <ErrorAlert error={certify.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('childCounts.certification.cancel')}
            </Button>
            <Button onClick={() => certify.mutate()} loading={certify.isPending}>
              {t('childCounts.certification.yes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
