import type { Static } from '@sinclair/typebox';
import { Card, List, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectControlChartReply } from '../../../server/routes/improvement/control-chart.schemas';
import type { AdoptedPlanReply } from '../../../server/routes/plan/plan.schemas';
import { api, queryString } from '../../app/api';
import { formatDate } from '../../app/format';
import { FormCard } from '../../components/FormCard';
import { QueryState } from '../../components/QueryState';
import { useFormValues } from '../../components/use-form-values';
import { useSave } from './use-save';

const ControlChart = lazy(async () => ({ default: (await import('./ControlChart')).ControlChart }));

type ControlView = Static<typeof ProjectControlChartReply>;
/** A control chart as the API answers it (the core's MeasureControlChart). */
export type Chart = NonNullable<ControlView['chart']>;
type Rule = Chart['analysis']['signals'][number];

const controlKey = (teamId: string) => ['improvement', 'control-chart', teamId];

/** A PDSA cycle as the phase form offers it. */
export interface PhaseCycle {
  id: string;
  number: number;
  startedOn: string;
  act: string | null;
}

/** What each stored phase started from (IP5.8): its PDSA cycle's number, or the plan's strategy. */
function phaseSources(
  phases: ControlView['phases'],
  cycles: readonly PhaseCycle[],
  t: (key: string, values?: Record<string, unknown>) => string,
): Map<number, string> {
  const sources = new Map<number, string>();
  for (const phase of phases) {
    if (phase.index === null) continue;
    const cycle = cycles.find((c) => c.id === phase.cycleId);
    if (cycle) sources.set(phase.index, t('controlChart.fromPdsa', { number: cycle.number }));
    else if (phase.strategy)
      sources.set(phase.index, t('controlChart.fromStrategy', { number: phase.strategy }));
  }
  return sources;
}

/** Round a plotted value for reading: a percentage to one decimal, anything else to two. */
function rounded(value: number | null, scale: number): string {
  if (value === null) return '—';
  const digits = scale === 100 ? 1 : 2;
  return String(Math.round(value * 10 ** digits) / 10 ** digits);
}

/**
 * A team's control chart (IP5): the type chosen from its measure with the reason, a switch of
 * type and rule set, the chart with its phases, each flagged point with what its rules mean,
 * and — when a rule fired — a new phase started from an adopted PDSA cycle (IP5.8).
 */
export function ControlChartCard({
  teamId,
  projectId,
  labels,
  cycles,
  canManage,
}: {
  teamId: string;
  projectId: string;
  /** The periods' labels, in order. */
  labels: string[];
  cycles: PhaseCycle[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const [type, setType] = useState<string | null>(null);
  const [ruleSet, setRuleSet] = useState<string>('anhoj');
  const view = useQuery({
    queryKey: [...controlKey(teamId), type, ruleSet],
    queryFn: () =>
      api<ControlView>(
        'GET',
        `/api/improvement/teams/${teamId}/control-chart${queryString({ type: type ?? undefined, ruleSet })}`,
      ),
  });
  const chart = view.data?.chart;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('controlChart.title')}
        </Title>
        <QueryState isPending={view.isPending} error={view.error}>
          {view.data && !chart && <Text c="dimmed">{t('improvement.chart.noData')}</Text>}
          {view.data && chart && (
            <>
              <Text size="sm">{t(`controlChart.reason.${chart.reason}`)}</Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t('controlChart.type')}
                  data={chart.types.map((value) => ({ value, label: t(`controlChart.types.${value}`) }))}
                  value={chart.type}
                  onChange={(value) => setType(value)}
                  allowDeselect={false}
                />
                <Select
                  label={t('controlChart.ruleSet')}
                  data={(['anhoj', 'ihi'] as const).map((value) => ({
                    value,
                    label: t(`controlChart.ruleSets.${value}`),
                  }))}
                  value={chart.ruleSet}
                  onChange={(value) => setRuleSet(value ?? 'anhoj')}
                  allowDeselect={false}
                />
              </SimpleGrid>
              <Text size="sm" c="dimmed">
                {t(`controlChart.ruleSetMeans.${chart.ruleSet}`)}
              </Text>
              <ControlChartGraphic chart={chart} labels={labels} />
              <ControlChartReadout
                chart={chart}
                labels={labels}
                sources={phaseSources(view.data.phases, cycles, t)}
              />
              {canManage && chart.analysis.signals.length > 0 && (
                <PhaseForm teamId={teamId} projectId={projectId} cycles={cycles} />
              )}
            </>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}

/** The chart itself (IP5): points, each phase's centre and limits, the flagged points in red. */
export function ControlChartGraphic({
  chart,
  labels,
  height,
}: {
  chart: Chart;
  labels: readonly string[];
  height?: number;
}) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={null}>
      <ControlChart
        points={chart.analysis.points.map((p) => ({
          label: labels[p.index] ?? String(p.index),
          value: p.value,
          center: p.center,
          upper: p.upper,
          lower: p.lower,
          flagged: p.rules.length > 0,
        }))}
        phaseStarts={chart.analysis.phases.slice(1).map((phase, i) => ({
          label: labels[phase.start] ?? '',
          text: t('controlChart.phaseMark', { number: i + 2 }),
        }))}
        labels={{
          value: t('controlChart.value'),
          center: t('controlChart.center'),
          upper: t('controlChart.upper'),
          lower: t('controlChart.lower'),
        }}
        {...(height === undefined ? {} : { height })}
      />
    </Suspense>
  );
}

/** What the chart says in words: each phase's centre, and each flagged point's rules (IP5.6–IP5.8). */
export function ControlChartReadout({
  chart,
  labels,
  sources = new Map(),
}: {
  chart: Chart;
  labels: readonly string[];
  /** What each later phase started from, by the position it starts at (IP5.8). */
  sources?: ReadonlyMap<number, string>;
}) {
  return (
    <>
      <PhaseSummary chart={chart} labels={labels} sources={sources} />
      <FlaggedPoints chart={chart} labels={labels} />
    </>
  );
}

/** Each phase's centre line, from when, and whether its limits are still provisional (IP5.3, IP5.8). */
function PhaseSummary({
  chart,
  labels,
  sources,
}: {
  chart: Chart;
  labels: readonly string[];
  sources: ReadonlyMap<number, string>;
}) {
  const { t } = useTranslation();
  return (
    <List size="sm" aria-label={t('controlChart.phases')}>
      {chart.analysis.phases.map((phase, i) => (
        <List.Item key={phase.start}>
          {t('controlChart.phaseLine', {
            number: i + 1,
            from: labels[phase.start] ?? '',
            center: rounded(phase.center, chart.scale),
          })}
          {sources.has(phase.start) && ` ${sources.get(phase.start)}`}
          {phase.center !== null &&
            phase.provisional &&
            ` ${t('controlChart.provisional', { count: phase.baselineCount })}`}
          {phase.fired.includes('crossings') &&
            ` ${t('controlChart.rules.crossings.name')}: ${t('controlChart.rules.crossings.sentence', {
              crossings: phase.crossings,
              limit: phase.crossingsLimit,
            })}`}
        </List.Item>
      ))}
    </List>
  );
}

/** Every flagged point: its period and value, and what each rule that fired on it means (IP5.6, IP5.7). */
function FlaggedPoints({ chart, labels }: { chart: Chart; labels: readonly string[] }) {
  const { t } = useTranslation();
  const flagged = chart.analysis.points.filter((p) => p.rules.length > 0);
  if (flagged.length === 0 && chart.analysis.signals.length === 0)
    return <Text size="sm">{t('controlChart.noSignal')}</Text>;
  if (flagged.length === 0) return null;
  const sentence = (rule: Rule, phase: number) => {
    const ph = chart.analysis.phases[phase]!;
    return t(`controlChart.rules.${rule}.sentence`, {
      longestRun: ph.longestRun,
      limit: ph.longestRunLimit,
      crossings: ph.crossings,
    });
  };
  return (
    <List size="sm" aria-label={t('controlChart.flagged')}>
      {flagged.map((p) => (
        <List.Item key={p.index}>
          <Text span fw={700}>
            {t('controlChart.pointTitle', {
              label: labels[p.index] ?? '',
              value: rounded(p.value, chart.scale),
            })}
          </Text>
          {p.rules.map((rule) => (
            <Text key={rule} size="sm">
              <Text span fw={700} c="red.9">
                {t(`controlChart.rules.${rule}.name`)}
              </Text>
              {': '}
              {sentence(rule, p.phase)}
            </Text>
          ))}
        </List.Item>
      ))}
    </List>
  );
}

/**
 * Start a new phase from a PDSA cycle the team adopted, or a strategy of the plan in force
 * (IP5.8), offered when a rule fired.
 */
function PhaseForm({
  teamId,
  projectId,
  cycles,
}: {
  teamId: string;
  projectId: string;
  cycles: PhaseCycle[];
}) {
  const { t, i18n } = useTranslation();
  const save = useSave(controlKey(teamId), 'POST', `/api/improvement/projects/${projectId}/phases`);
  const plan = useQuery({
    queryKey: ['plan', 'adopted'],
    queryFn: () => api<Static<typeof AdoptedPlanReply>>('GET', '/api/plan/adopted'),
  });
  const adopted = cycles.filter((c) => c.act === 'adopt');
  const strategies = plan.data?.plan?.strategies ?? [];
  const form = useFormValues({
    change: (adopted.at(-1) ? `cycle:${adopted.at(-1)!.id}` : null) as string | null,
    startsOn: '',
    note: '',
  });
  if (adopted.length === 0 && strategies.length === 0)
    return <Text size="sm">{t('controlChart.phaseNeedsCycle')}</Text>;
  const [kind, value] = (form.values.change ?? ':').split(/:(.*)/s) as [string, string];
  const submit = () =>
    save.mutate(
      {
        ...(kind === 'strategy' ? { strategy: value } : { cycleId: value }),
        ...(form.values.startsOn ? { startsOn: form.values.startsOn } : {}),
        note: form.values.note,
      },
      { onSuccess: () => form.reset('startsOn', 'note') },
    );
  const spanish = i18n.language === 'es';
  return (
    <FormCard
      title={t('controlChart.newPhase')}
      submitLabel={t('controlChart.startPhase')}
      save={save}
      onSubmit={submit}
    >
      <Text size="sm">{t('controlChart.newPhaseOffer')}</Text>
      <Select
        label={t('controlChart.fromCycle')}
        data={[
          ...adopted.map((c) => ({
            value: `cycle:${c.id}`,
            label: t('improvement.project.cycleTitle', {
              number: c.number,
              date: formatDate(c.startedOn, i18n.language),
            }),
          })),
          ...strategies.map((s) => ({
            value: `strategy:${s.number}`,
            label: t('controlChart.strategyOption', {
              number: s.number,
              text: spanish ? s.textEs : s.textEn,
            }),
          })),
        ]}
        {...form.field('change')}
        allowDeselect={false}
        required
      />
      <TextInput
        type="date"
        label={t('controlChart.startsOn')}
        description={t(kind === 'strategy' ? 'controlChart.startsOnStrategy' : 'controlChart.startsOnHelp')}
        required={kind === 'strategy'}
        {...form.text('startsOn')}
      />
      <TextInput label={t('controlChart.note')} {...form.text('note')} />
    </FormCard>
  );
}
