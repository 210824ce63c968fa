import type { Static } from '@sinclair/typebox';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CHANGE_IDEA_TEMPLATES, PDSA_ACTS } from '../../../core/improvement/project';
import type { ProjectReply } from '../../../server/routes/improvement/improvement.schemas';
import { api, queryString } from '../../app/api';
import { formatDate } from '../../app/format';
import { FormCard } from '../../components/FormCard';
import { QueryState } from '../../components/QueryState';
import { useFormValues } from '../../components/use-form-values';
import { ControlChartCard } from './ControlChartCard';
import { chartPoints, type MeasureCatalog } from './improvement-types';
import { SignalList } from './SignalList';
import { useSave } from './use-save';

const RunChart = lazy(async () => ({ default: (await import('./RunChart')).RunChart }));

type ProjectView = Static<typeof ProjectReply>;
type Cycle = ProjectView['cycles'][number];

const projectKey = (teamId: string) => ['improvement', 'project', teamId];

/** A team's project: its aim, change ideas, PDSA cycles and run chart (IP4). */
export function ProjectPage() {
  const { t, i18n } = useTranslation();
  const { teamId = '' } = useParams();
  const [editing, setEditing] = useState<string | null>(null);
  const [chartView, setChartView] = useState('both');
  const view = useQuery({
    queryKey: projectKey(teamId),
    queryFn: () => api<ProjectView>('GET', `/api/improvement/teams/${teamId}/project`),
  });
  const data = view.data;
  return (
    <Stack>
      <Anchor component={Link} to="/improvement/network">
        {t('improvement.network.title')}
      </Anchor>
      <QueryState isPending={view.isPending} error={view.error}>
        {data && (
          <>
            <Title order={1}>
              {t('improvement.project.title', { number: data.team.regionNumber, name: data.team.regionName })}
            </Title>
            <Anchor
              href={`/api/improvement/teams/${teamId}/profile${queryString({ language: i18n.language === 'es' ? 'es' : 'en' })}`}
              download
            >
              {t('improvement.project.downloadProfile')}
            </Anchor>
            {data.project ? (
              <Card withBorder>
                <Title order={2} size="h4">
                  {t('improvement.project.aim')}
                </Title>
                <Text>
                  {t('improvement.project.aimSentence', {
                    what: data.project.what,
                    target: data.project.target,
                    forWhom: data.project.forWhom,
                    by: formatDate(data.project.by, i18n.language),
                    baseline: data.project.baselineValue ?? '—',
                  })}
                </Text>
              </Card>
            ) : (
              <Text>{t('improvement.project.noAim')}</Text>
            )}
            {data.abilities.manage && <AimForm view={data} />}
            {data.series && data.project && (
              <SegmentedControl
                aria-label={t('controlChart.chartView')}
                data={(['both', 'run', 'control'] as const).map((value) => ({
                  value,
                  label: t(`controlChart.views.${value}`),
                }))}
                value={chartView}
                onChange={setChartView}
                fullWidth
                orientation="vertical"
                hiddenFrom="sm"
              />
            )}
            {data.series && data.project && (
              <SegmentedControl
                aria-label={t('controlChart.chartView')}
                data={(['both', 'run', 'control'] as const).map((value) => ({
                  value,
                  label: t(`controlChart.views.${value}`),
                }))}
                value={chartView}
                onChange={setChartView}
                visibleFrom="sm"
              />
            )}
            {data.series && chartView !== 'control' && (
              <Card withBorder>
                <Title order={2} size="h4">
                  {t(`improvement.measure.${data.series.definition.id}`)}
                </Title>
                <Suspense fallback={null}>
                  <RunChart
                    points={chartPoints(data.series.points, data.series.analysis)}
                    median={data.series.analysis?.median ?? null}
                    medianLabel={t(
                      data.series.baseline ? 'improvement.chart.frozenMedian' : 'improvement.chart.median',
                    )}
                    target={data.project?.target ?? null}
                    targetLabel={t('improvement.chart.target')}
                    markers={data.cycles.map((c, i) => ({ label: c.period, text: `PDSA ${i + 1}` }))}
                    valueLabel={t(`improvement.unit.${data.series.definition.unit}`)}
                  />
                </Suspense>
                <SignalList analysis={data.series.analysis} labels={data.series.points.map((p) => p.label)} />
              </Card>
            )}
            {data.series && data.project && chartView !== 'run' && (
              <ControlChartCard
                teamId={teamId}
                projectId={data.project.id}
                labels={data.series.points.map((p) => p.label)}
                cycles={data.cycles.map((c, i) => ({ ...c, number: i + 1 }))}
                canManage={data.abilities.manage}
              />
            )}
            {data.project && (
              <>
                <Title order={2} size="h3">
                  {t('improvement.project.changeIdeas')}
                </Title>
                {data.changeIdeas.map((idea) => (
                  <Text key={idea.id} size="sm">
                    <Text span fw={700}>
                      {idea.primaryDriver}
                    </Text>
                    {idea.secondaryDriver && ` → ${idea.secondaryDriver}`} → {idea.idea}
                  </Text>
                ))}
                {data.abilities.manage && <ChangeIdeaForm projectId={data.project.id} teamId={teamId} />}
                <Title order={2} size="h3">
                  {t('improvement.project.cycles')}
                </Title>
                {data.cycles.map((c, i) =>
                  editing === c.id ? (
                    <CycleForm
                      key={c.id}
                      view={data}
                      number={i + 1}
                      cycle={c}
                      onDone={() => setEditing(null)}
                    />
                  ) : (
                    <CycleCard
                      key={c.id}
                      cycle={c}
                      number={i + 1}
                      onEdit={data.abilities.manage ? () => setEditing(c.id) : undefined}
                    />
                  ),
                )}
                {data.abilities.manage && <CycleForm view={data} number={data.cycles.length + 1} />}
              </>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

/** A PDSA cycle as recorded so far, from plan to act (IP4.3). */
function CycleCard({
  cycle,
  number,
  onEdit,
}: {
  cycle: Cycle;
  number: number;
  onEdit?: (() => void) | undefined;
}) {
  const { t, i18n } = useTranslation();
  const steps = [
    ['plan', cycle.plan],
    ['prediction', cycle.prediction],
    ['do', cycle.doNotes],
    ['study', cycle.study],
  ] as const;
  return (
    <Card withBorder>
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('improvement.project.cycleTitle', { number, date: formatDate(cycle.startedOn, i18n.language) })}
        </Title>
        {cycle.act && <Badge color="dark">{t(`improvement.project.acts.${cycle.act}`)}</Badge>}
      </Group>
      {steps.map(
        ([step, text]) =>
          text && (
            <Text key={step} size="sm">
              <b>{t(`improvement.project.${step}`)}:</b> {text}
            </Text>
          ),
      )}
      {onEdit && (
        <Button variant="light" size="xs" mt="xs" onClick={onEdit} style={{ alignSelf: 'flex-start' }}>
          {t('improvement.project.updateCycle', { number })}
        </Button>
      )}
    </Card>
  );
}

function AimForm({ view }: { view: ProjectView }) {
  const { t } = useTranslation();
  const catalog = useQuery({
    queryKey: ['improvement', 'measures'],
    queryFn: () => api<MeasureCatalog>('GET', '/api/improvement/measures'),
  });
  const p = view.project;
  const save = useSave(projectKey(view.team.id), 'PUT', `/api/improvement/teams/${view.team.id}/project`);
  const form = useFormValues({
    measureId: (p?.measureId ?? 'families-within-90-days') as string | null,
    what: p?.what ?? '',
    forWhom: p?.forWhom ?? '',
    target: (p?.target ?? '') as number | string,
    by: p?.by ?? '',
    baselineValue: (p?.baselineValue ?? '') as number | string,
    chartFrom: p?.chartFrom ?? '',
    baselinePeriods: (p?.baselinePeriods ?? '') as number | string,
  });
  const orNull = (value: number | string) => (value === '' ? null : Number(value));
  const submit = () => {
    const { target, baselineValue, baselinePeriods } = form.values;
    save.mutate({
      ...form.values,
      version: p?.version ?? 0,
      target: Number(target),
      baselineValue: orNull(baselineValue),
      baselinePeriods: orNull(baselinePeriods),
    });
  };
  return (
    <FormCard
      title={t(p ? 'improvement.project.changeAim' : 'improvement.project.setAim')}
      titleOrder={2}
      submitLabel={t('improvement.project.saveAim')}
      save={save}
      onSubmit={submit}
    >
      <Select
        label={t('improvement.measures.measure')}
        data={(catalog.data?.items ?? []).map((m) => ({
          value: m.id,
          label: t(`improvement.measure.${m.id}`),
        }))}
        {...form.field('measureId')}
        allowDeselect={false}
      />
      <TextInput label={t('improvement.project.what')} {...form.text('what')} required />
      <TextInput label={t('improvement.project.forWhom')} {...form.text('forWhom')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput label={t('improvement.project.target')} {...form.field('target')} min={0} required />
        <TextInput type="date" label={t('improvement.project.by')} {...form.text('by')} required />
        <NumberInput
          label={t('improvement.project.baselineValue')}
          {...form.field('baselineValue')}
          min={0}
        />
        <TextInput
          type="date"
          label={t('improvement.project.chartFrom')}
          {...form.text('chartFrom')}
          required
        />
        <NumberInput
          label={t('improvement.measures.baseline')}
          {...form.field('baselinePeriods')}
          min={1}
          max={260}
        />
      </SimpleGrid>
    </FormCard>
  );
}

function ChangeIdeaForm({ projectId, teamId }: { projectId: string; teamId: string }) {
  const { t } = useTranslation();
  const save = useSave(projectKey(teamId), 'POST', `/api/improvement/projects/${projectId}/change-ideas`);
  const form = useFormValues({ primaryDriver: '', secondaryDriver: '', idea: '' });
  return (
    <FormCard
      title={t('improvement.project.newIdea')}
      submitLabel={t('improvement.project.addIdea')}
      save={save}
      onSubmit={() =>
        save.mutate(form.values, { onSuccess: () => form.reset('primaryDriver', 'secondaryDriver', 'idea') })
      }
    >
      <Select
        label={t('improvement.project.template')}
        data={CHANGE_IDEA_TEMPLATES.map((tpl, i) => ({ value: String(i), label: tpl.idea }))}
        onChange={(value) => {
          const tpl = value === null ? undefined : CHANGE_IDEA_TEMPLATES[Number(value)];
          if (!tpl) return;
          form.set('primaryDriver', tpl.primaryDriver);
          form.set('secondaryDriver', tpl.secondaryDriver);
          form.set('idea', tpl.idea);
        }}
        clearable
      />
      <TextInput label={t('improvement.project.primaryDriver')} {...form.text('primaryDriver')} required />
      <TextInput label={t('improvement.project.secondaryDriver')} {...form.text('secondaryDriver')} />
      <Textarea label={t('improvement.project.idea')} {...form.text('idea')} required autosize />
    </FormCard>
  );
}

/** Record a PDSA cycle, or (given `cycle`) carry one on from plan to act at its version (IP4.3). */
function CycleForm({
  view,
  number,
  cycle,
  onDone,
}: {
  view: ProjectView;
  number: number;
  cycle?: Cycle;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const save = useSave(
    projectKey(view.team.id),
    cycle ? 'PUT' : 'POST',
    cycle
      ? `/api/improvement/cycles/${cycle.id}`
      : `/api/improvement/projects/${view.project?.id ?? ''}/cycles`,
  );
  const form = useFormValues({
    changeIdeaId: cycle?.changeIdeaId ?? null,
    startedOn: cycle?.startedOn ?? '',
    plan: cycle?.plan ?? '',
    prediction: cycle?.prediction ?? '',
    doNotes: cycle?.doNotes ?? '',
    study: cycle?.study ?? '',
    act: (cycle?.act ?? null) as string | null,
  });
  const submit = () =>
    save.mutate(cycle ? { ...form.values, version: cycle.version } : form.values, {
      onSuccess: () => (onDone ? onDone() : form.reset('plan', 'prediction', 'doNotes', 'study', 'act')),
    });
  return (
    <FormCard
      title={t(cycle ? 'improvement.project.updateCycle' : 'improvement.project.recordCycle', { number })}
      submitLabel={t('improvement.project.saveCycle')}
      save={save}
      onSubmit={submit}
      onCancel={onDone}
      cancelLabel={t('improvement.project.cancel')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('improvement.project.idea')}
          data={view.changeIdeas.map((i) => ({ value: i.id, label: i.idea }))}
          {...form.field('changeIdeaId')}
          clearable
        />
        <TextInput
          type="date"
          label={t('improvement.project.startedOn')}
          {...form.text('startedOn')}
          required
        />
      </SimpleGrid>
      <Textarea label={t('improvement.project.plan')} {...form.text('plan')} required autosize />
      <Textarea label={t('improvement.project.prediction')} {...form.text('prediction')} required autosize />
      <Textarea label={t('improvement.project.do')} {...form.text('doNotes')} autosize />
      <Textarea label={t('improvement.project.study')} {...form.text('study')} autosize />
      <Select
        label={t('improvement.project.act')}
        data={PDSA_ACTS.map((a) => ({ value: a, label: t(`improvement.project.acts.${a}`) }))}
        {...form.field('act')}
        clearable
      />
    </FormCard>
  );
}
