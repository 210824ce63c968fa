import { Alert, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, queryString } from '../../app/api';
import { formatNumber } from '../../app/format';
import { ScrollTable } from '../../components/ScrollTable';
import type { ChildCountPfs, ChildCountsView } from './child-count-types';

/** The two counts, their breakdowns by age/grade group, English learners and disabilities, and (for the state) each region. */
export function ChildCountFigures({ view }: { view: ChildCountsView }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const { breakdown } = view;
  // read apart: it determines every counted child's PFS, which takes longer than the counts
  const scope = { period: view.period, region: view.region?.number };
  const pfs = useQuery({
    queryKey: ['child-counts', 'pfs', scope],
    queryFn: () => api<ChildCountPfs>('GET', `/api/child-counts/pfs${queryString(scope)}`),
  });
  const missing = breakdown.groups.find((g) => g.group === 'MISSING')?.category1 ?? 0;
  const row = (label: string, pair: { category1: number; category2: number }) => (
    <Table.Tr key={label}>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td ta="right">{n(pair.category1)}</Table.Td>
      <Table.Td ta="right">{n(pair.category2)}</Table.Td>
    </Table.Tr>
  );
  const head = (first: string) => (
    <Table.Thead>
      <Table.Tr>
        <Table.Th scope="col">{first}</Table.Th>
        <Table.Th scope="col" ta="right">
          {t('childCounts.category1')}
        </Table.Th>
        <Table.Th scope="col" ta="right">
          {t('childCounts.category2')}
        </Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
  return (
    <Stack>
      <Group gap="xl" wrap="wrap">
        {(['category1', 'category2'] as const).map((key) => (
          <Stack gap={0} key={key}>
            <Text size="sm" c="dimmed">
              {t(`childCounts.${key}`)}
            </Text>
            <Text fz={32} fw={700} data-testid={key}>
              {n(breakdown[key])}
            </Text>
          </Stack>
        ))}
      </Group>
      {missing > 0 && (
        <Alert color="yellow">{t('childCounts.breakdown.missingWarning', { count: missing })}</Alert>
      )}
      <Title order={3} size="h4">
        {t('childCounts.breakdown.title')}
      </Title>
      <ScrollTable minWidth={360} label={t('childCounts.breakdown.label')}>
        <Table striped>
          {head(t('childCounts.breakdown.row'))}
          <Table.Tbody>
            {breakdown.groups
              .filter((g) => g.group !== 'MISSING' || g.category1 > 0)
              .map((g) => row(t(`childCounts.groups.${g.group}`), g))}
            {row(t('childCounts.breakdown.englishLearners'), breakdown.englishLearners)}
            {row(t('childCounts.breakdown.disabilities'), breakdown.disabilities)}
            {pfs.data ? (
              row(t('childCounts.breakdown.pfs'), pfs.data.pfs)
            ) : (
              <Table.Tr>
                <Table.Th scope="row">{t('childCounts.breakdown.pfs')}</Table.Th>
                <Table.Td colSpan={2} ta="right" aria-live="polite">
                  {pfs.isError ? '—' : t('childCounts.breakdown.pfsPending')}
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {view.regions && (
        <>
          <Title order={3} size="h4">
            {t('childCounts.regions.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('childCounts.regions.note')}
          </Text>
          <ScrollTable minWidth={360} label={t('childCounts.regions.label')}>
            <Table striped>
              {head(t('childCounts.region'))}
              <Table.Tbody>
                {view.regions.map((r) =>
                  row(t('childCounts.regionName', { number: r.number, name: r.name }), r),
                )}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </>
      )}
    </Stack>
  );
}
