import type { Static } from '@sinclair/typebox';
import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureByRegionReply } from '../../../server/routes/improvement/improvement.schemas';
import { api, queryString } from '../../app/api';
import { QueryState } from '../../components/QueryState';
import { chartPoints, type MeasureId } from './improvement-types';

const RunChart = lazy(async () => ({ default: (await import('./RunChart')).RunChart }));

type MeasureByRegion = Static<typeof MeasureByRegionReply>;

/**
 * One measure's run chart for each region side by side (IP4.7): every region that has data for
 * a state user, a region beside the state for its staff; one column on a phone.
 */
export function SmallMultiples({
  measure,
  from,
  to,
  baseline,
}: {
  measure: MeasureId;
  from: string;
  to: string;
  baseline: number | undefined;
}) {
  const { t } = useTranslation();
  const reply = useQuery({
    queryKey: ['improvement', 'by-region', measure, from, to, baseline],
    queryFn: () =>
      api<MeasureByRegion>(
        'GET',
        `/api/improvement/measures/${measure}/by-region${queryString({ from, to, baseline })}`,
      ),
    placeholderData: keepPreviousData,
  });
  const data = reply.data;
  return (
    <QueryState isPending={reply.isPending} error={reply.error}>
      {data &&
        (data.items.length === 0 ? (
          <Text>{t('improvement.sideBySide.noRegion')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="small-multiples">
            {data.items.map((chart) => {
              const title = chart.region
                ? `${t('common.region', { number: chart.region.number })} · ${chart.region.name}`
                : t('improvement.sideBySide.state');
              return (
                <Card withBorder key={chart.region?.id ?? 'state'} component="section" aria-label={title}>
                  <Title order={2} size="h5">
                    {title}
                  </Title>
                  <Text size="sm" fw={chart.signalCount > 0 ? 700 : undefined}>
                    {chart.signalCount === 0
                      ? t('improvement.sideBySide.noSignal')
                      : t('improvement.sideBySide.signalCount', { count: chart.signalCount })}
                  </Text>
                  <Suspense fallback={null}>
                    <RunChart
                      points={chartPoints(chart.points, chart.analysis)}
                      median={chart.analysis?.median ?? null}
                      medianLabel={t(
                        chart.baseline ? 'improvement.chart.frozenMedian' : 'improvement.chart.median',
                      )}
                      valueLabel={t(`improvement.unit.${data.definition.unit}`)}
                      height={180}
                    />
                  </Suspense>
                </Card>
              );
            })}
          </SimpleGrid>
        ))}
    </QueryState>
  );
}
