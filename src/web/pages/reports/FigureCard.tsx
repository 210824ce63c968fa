import { Box, Card, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { ScrollTable } from '../../components/ScrollTable';

const FigureChart = lazy(async () => ({ default: (await import('./FigureChart')).FigureChart }));

export interface FigureRow {
  label: string;
  region: number | null;
  state: number | null;
}

/**
 * One figure of the data packet: its definition where two measures could be confused, a bar
 * chart with the region beside the state, the same numbers as a table (for screen readers and
 * printing), and a one-sentence reading.
 */
export function FigureCard({
  title,
  rows,
  unit,
  regionLabel,
  reading,
  definition,
}: {
  title: string;
  rows: FigureRow[];
  unit: 'count' | 'percent';
  regionLabel: string | null;
  reading?: string | undefined;
  definition?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const show = (value: number | null) =>
    value === null
      ? '—'
      : unit === 'percent'
        ? `${formatNumber(value, i18n.language)}%`
        : formatNumber(value, i18n.language);
  const series = [
    ...(regionLabel ? [{ name: 'region', label: regionLabel, color: 'ciclo.8' }] : []),
    { name: 'state', label: t('packet.state'), color: 'indigo.7' },
  ];
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={2} size="h4">
        {title}
      </Title>
      {definition && (
        <Text mt={4} size="sm" c="dimmed">
          {definition}
        </Text>
      )}
      {reading && (
        <Text mt="xs" size="sm">
          {reading}
        </Text>
      )}
      <div role="img" aria-label={t('packet.chartOf', { title })}>
        {/* The chart's height is kept while its code loads, so the page does not jump. */}
        <Suspense fallback={<Box h={220} mt="md" />}>
          <FigureChart
            bars={rows.map((row) => ({ label: row.label, region: row.region ?? 0, state: row.state ?? 0 }))}
            series={series}
            isPercent={unit === 'percent'}
            formatValue={(value) => show(value)}
          />
        </Suspense>
      </div>
      <ScrollTable minWidth={280} label={t('packet.tableOf', { title })}>
        <Table mt="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('packet.period')}</Table.Th>
              {regionLabel && <Table.Th scope="col">{regionLabel}</Table.Th>}
              <Table.Th scope="col">{t('packet.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.label}>
                <Table.Th scope="row">{row.label}</Table.Th>
                {regionLabel && <Table.Td>{show(row.region)}</Table.Td>}
                <Table.Td>{show(row.state)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Card>
  );
}
