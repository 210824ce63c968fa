import type { Static } from '@sinclair/typebox';
import { Card, Group, NumberInput, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { RegionListReply } from '../../../server/routes/organizations/organizations.schemas';
import { addMonths } from '../../../core/common/calendar-date';
import { api, queryString } from '../../app/api';
import { todayInState } from '../../app/format';
import { useSession } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import { chartPoints, type MeasureCatalog, type MeasureId, type MeasureSeries } from './improvement-types';
import { controlChartForMeasure } from '../../../core/improvement/control-chart';
import { isRuleSet } from '../../../core/improvement/control-rules';
import { ControlChartGraphic, ControlChartReadout } from './ControlChartCard';
import { SignalList } from './SignalList';
import { SmallMultiples } from './SmallMultiples';

const RunChart = lazy(async () => ({ default: (await import('./RunChart')).RunChart }));

const LOOK_BACK: Record<string, number> = { week: 6, month: 24, quarter: 36 };

/** A measure computed from the records, as a run chart with its signals (IP1, IP2). */
export function MeasuresPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const measure = (params.get('measure') ?? 'families-within-90-days') as MeasureId;
  const catalog = useQuery({
    queryKey: ['improvement', 'measures'],
    queryFn: () => api<MeasureCatalog>('GET', '/api/improvement/measures'),
  });
  const definition = catalog.data?.items.find((m) => m.id === measure);
  const today = todayInState();
  const to = params.get('to') ?? today;
  const from = params.get('from') ?? addMonths(today, -(LOOK_BACK[definition?.period ?? 'month'] ?? 24));
  const regionId = params.get('regionId');
  const baseline = params.get('baseline') ? Number(params.get('baseline')) : undefined;
  const isStateUser = me.regionNumber === null;
  const sideBySide = params.get('view') === 'regions';
  // IP5.9: the control chart instead of the run chart, with the rules picked.
  const showControl = params.get('chart') === 'control';
  const ruleSetParam = params.get('ruleSet');
  const ruleSet = isRuleSet(ruleSetParam) ? ruleSetParam : 'anhoj';
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => api<Static<typeof RegionListReply>>('GET', '/api/regions'),
    enabled: isStateUser,
  });
  const series = useQuery({
    queryKey: ['improvement', 'measure', measure, regionId, from, to, baseline],
    queryFn: () =>
      api<MeasureSeries>(
        'GET',
        `/api/improvement/measures/${measure}${queryString({ regionId, from, to, baseline })}`,
      ),
    placeholderData: keepPreviousData,
    enabled: catalog.isSuccess && !sideBySide,
  });
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const data = series.data;

  return (
    <Stack>
      <Title order={1}>{t('improvement.measures.title')}</Title>
      <Text c="dimmed">{t('improvement.measures.intro')}</Text>
      <Group align="end" wrap="wrap">
        <Select
          label={t('improvement.measures.measure')}
          data={(catalog.data?.items ?? []).map((m) => ({
            value: m.id,
            label: t(`improvement.measure.${m.id}`),
          }))}
          value={measure}
          onChange={(value) => {
            const next = new URLSearchParams(params);
            if (value) next.set('measure', value);
            next.delete('from');
            next.delete('baseline');
            setParams(next, { replace: true });
          }}
          allowDeselect={false}
          w={{ base: '100%', sm: 340 }}
        />
        {isStateUser && !sideBySide && (
          <Select
            label={t('improvement.measures.region')}
            placeholder={t('improvement.measures.allRegions')}
            clearable
            value={regionId}
            onChange={(value) => set('regionId', value)}
            data={(regions.data?.items ?? []).map((r) => ({
              value: r.id,
              label: `${t('common.region', { number: r.number })} · ${r.name}`,
            }))}
            w={{ base: '100%', sm: 260 }}
          />
        )}
        <TextInput
          type="date"
          label={t('improvement.measures.from')}
          value={from}
          onChange={(e) => set('from', e.currentTarget.value || null)}
          w={160}
        />
        <TextInput
          type="date"
          label={t('improvement.measures.to')}
          value={to}
          onChange={(e) => set('to', e.currentTarget.value || null)}
          w={160}
        />
        <NumberInput
          label={t('improvement.measures.baseline')}
          description={t('improvement.measures.baselineHelp')}
          min={1}
          max={260}
          value={baseline ?? ''}
          onChange={(value) => set('baseline', value === '' ? null : String(value))}
          w={200}
        />
      </Group>
      <Group align="end" wrap="wrap">
        <Select
          label={t('controlChart.chart')}
          data={(['run', 'control'] as const).map((value) => ({
            value,
            label: t(`controlChart.views.${value}`),
          }))}
          value={showControl ? 'control' : 'run'}
          onChange={(value) => set('chart', value === 'control' ? 'control' : null)}
          allowDeselect={false}
          w={{ base: '100%', sm: 220 }}
        />
        {showControl && (
          <Select
            label={t('controlChart.ruleSet')}
            data={(['anhoj', 'ihi'] as const).map((value) => ({
              value,
              label: t(`controlChart.ruleSets.${value}`),
            }))}
            value={ruleSet}
            onChange={(value) => set('ruleSet', value === 'ihi' ? 'ihi' : null)}
            allowDeselect={false}
            w={{ base: '100%', sm: 220 }}
          />
        )}
      </Group>
      <Switch
        label={t(isStateUser ? 'improvement.measures.everyRegion' : 'improvement.measures.besideState')}
        checked={sideBySide}
        onChange={(e) => set('view', e.currentTarget.checked ? 'regions' : null)}
      />
      {sideBySide && catalog.isSuccess && (
        <SmallMultiples
          measure={measure}
          from={from}
          to={to}
          baseline={baseline}
          control={showControl ? { ruleSet } : undefined}
        />
      )}
      {!sideBySide && (
        <QueryState isPending={series.isPending} error={series.error}>
          {data && (
            <Card withBorder>
              <Title order={2} size="h4">
                {t(`improvement.measure.${data.definition.id}`)}
                {' · '}
                {data.region
                  ? t('common.region', { number: data.region.number })
                  : t('improvement.measures.allRegions')}
              </Title>
              <Text size="sm" c="dimmed">
                {t(`improvement.definition.${data.definition.id}`)}
              </Text>
              {showControl ? (
                <MeasureControl series={data} ruleSet={ruleSet} />
              ) : (
                <>
                  <Suspense fallback={null}>
                    <RunChart
                      points={chartPoints(data.points, data.analysis)}
                      median={data.analysis?.median ?? null}
                      medianLabel={t(
                        data.baseline ? 'improvement.chart.frozenMedian' : 'improvement.chart.median',
                      )}
                      valueLabel={t(`improvement.unit.${data.definition.unit}`)}
                    />
                  </Suspense>
                  <SignalList analysis={data.analysis} labels={data.points.map((p) => p.label)} />
                </>
              )}
            </Card>
          )}
        </QueryState>
      )}
    </Stack>
  );
}

/** A measure's control chart (IP5.9): the type chosen from the measure and why, the chart, its readout. */
function MeasureControl({ series, ruleSet }: { series: MeasureSeries; ruleSet: 'anhoj' | 'ihi' }) {
  const { t } = useTranslation();
  if (!series.points.some((p) => p.value !== null))
    return <Text c="dimmed">{t('improvement.chart.noData')}</Text>;
  const chart = controlChartForMeasure(series.definition.unit, series.points, {
    ruleSet,
    baseline: series.baseline ?? undefined,
  });
  const labels = series.points.map((p) => p.label);
  return (
    <>
      <Text size="sm">{t(`controlChart.reason.${chart.reason}`)}</Text>
      <ControlChartGraphic chart={chart} labels={labels} />
      <ControlChartReadout chart={chart} labels={labels} />
    </>
  );
}
