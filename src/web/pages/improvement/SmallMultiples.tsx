import type { Static } from '@sinclair/typebox';
import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureByRegionReply } from '../../../server/routes/improvement/improvement.schemas';
import { api, queryString } from '../../app/api';
import { QueryState } from '../../components/QueryState';
import { controlChartForMeasure } from '../../../core/improvement/control-chart';
import type { RuleSet } from '../../../core/improvement/control-rules';
import { ControlChartGraphic } from './ControlChartCard';
import { chartPoints, type MeasureId } from './improvement-types';

const RunChart = lazy(async () => ({ default: (await import('./RunChart')).RunChart }));

type MeasureByRegion = Static<typeof MeasureByRegionReply>;

/**
 * One measure's run chart — or control chart (IP5.9) — for each region side by side (IP4.7):
 * every region that has data for a state user, a region beside the state for its staff; one
 * column on a phone.
 */
export function SmallMultiples({
  measure,
  from,
  to,
  baseline,
  control,
}: {
  measure: MeasureId;
  from: string;
  to: string;
  baseline: number | undefined;
  /** Draw control charts with these rules instead of run charts (IP5.9). */
  control?: { ruleSet: RuleSet } | undefined;
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
              const controlChart =
                control && chart.points.some((p) => p.value !== null)
                  ? controlChartForMeasure(data.definition.unit, chart.points, {
                      ruleSet: control.ruleSet,
                      baseline: chart.baseline ?? undefined,
                    })
                  : null;
              const signalCount = control ? (controlChart?.analysis.signals.length ?? 0) : chart.signalCount;
              const title = chart.region
                ? `${t('common.region', { number: chart.region.number })} · ${chart.region.name}`
                : t('improvement.sideBySide.state');
              return (
                <Card withBorder key={chart.region?.id ?? 'state'} component="section" aria-label={title}>
                  <Title order={2} size="h5">
                    {title}
                  </Title>
                  <Text size="sm" fw={signalCount > 0 ? 700 : undefined}>
                    {signalCount === 0
                      ? t('improvement.sideBySide.noSignal')
                      : t('improvement.sideBySide.signalCount', { count: signalCount })}
                  </Text>
                  {control && controlChart && (
                    <ControlChartGraphic
                      chart={controlChart}
                      labels={chart.points.map((p) => p.label)}
                      height={180}
                    />
                  )}
                  {control && !controlChart && <Text c="dimmed">{t('improvement.chart.noData')}</Text>}
                  {!control && (
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
                  )}
                </Card>
              );
            })}
          </SimpleGrid>
        ))}
    </QueryState>
  );
}
