import type { Static } from '@sinclair/typebox';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CHANGE_IDEA_TEMPLATES } from '../../../core/improvement/project';
import type { ProjectReply } from '../../../server/routes/improvement/improvement.schemas';
import { api } from '../../app/api';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { chartPoints, type MeasureCatalog } from './improvement-types';
import { SignalList } from './SignalList';

const RunChart = lazy(async () => ({ default: (await import('./RunChart')).RunChart }));

type ProjectView = Static<typeof ProjectReply>;

/** A team's project: its aim, change ideas, PDSA cycles and run chart (IP4). */
export function ProjectPage() {
  const { t } = useTranslation();
  const { teamId = '' } = useParams();
  const key = ['improvement', 'project', teamId];
  const view = useQuery({
    queryKey: key,
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
                    by: data.project.by,
                    baseline: data.project.baselineValue ?? '—',
                  })}
                </Text>
              </Card>
            ) : (
              <Text>{t('improvement.project.noAim')}</Text>
            )}
            {data.abilities.manage && <AimForm view={data} />}
            {data.series && (
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
                {data.cycles.map((c, i) => (
                  <Card key={c.id} withBorder>
                    <Group justify="space-between">
                      <Title order={3} size="h5">
                        PDSA {i + 1} · {c.startedOn}
                      </Title>
                      {c.act && <Badge color="dark">{t(`improvement.project.acts.${c.act}`)}</Badge>}
                    </Group>
                    <Text size="sm">
                      <b>{t('improvement.project.plan')}:</b> {c.plan}
                    </Text>
                    <Text size="sm">
                      <b>{t('improvement.project.prediction')}:</b> {c.prediction}
                    </Text>
                    {c.doNotes && (
                      <Text size="sm">
                        <b>{t('improvement.project.do')}:</b> {c.doNotes}
                      </Text>
                    )}
                    {c.study && (
                      <Text size="sm">
                        <b>{t('improvement.project.study')}:</b> {c.study}
                      </Text>
                    )}
                  </Card>
                ))}
                {data.abilities.manage && <CycleForm view={data} teamId={teamId} />}
              </>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function useProjectSave(teamId: string, method: 'PUT' | 'POST', path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) => api<{ id: string }>(method, path, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['improvement', 'project', teamId] }),
  });
}

function AimForm({ view }: { view: ProjectView }) {
  const { t } = useTranslation();
  const catalog = useQuery({
    queryKey: ['improvement', 'measures'],
    queryFn: () => api<MeasureCatalog>('GET', '/api/improvement/measures'),
  });
  const p = view.project;
  const save = useProjectSave(view.team.id, 'PUT', `/api/improvement/teams/${view.team.id}/project`);
  const [measureId, setMeasureId] = useState<string | null>(p?.measureId ?? 'families-within-90-days');
  const [what, setWhat] = useState(p?.what ?? '');
  const [forWhom, setForWhom] = useState(p?.forWhom ?? '');
  const [target, setTarget] = useState<number | string>(p?.target ?? '');
  const [by, setBy] = useState(p?.by ?? '');
  const [baselineValue, setBaselineValue] = useState<number | string>(p?.baselineValue ?? '');
  const [chartFrom, setChartFrom] = useState(p?.chartFrom ?? '');
  const [baselinePeriods, setBaselinePeriods] = useState<number | string>(p?.baselinePeriods ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      version: p?.version ?? 0,
      measureId,
      what,
      forWhom,
      target: Number(target),
      by,
      baselineValue: baselineValue === '' ? null : Number(baselineValue),
      chartFrom,
      baselinePeriods: baselinePeriods === '' ? null : Number(baselinePeriods),
    });
  };
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Title order={2} size="h4">
        {t(p ? 'improvement.project.changeAim' : 'improvement.project.setAim')}
      </Title>
      <Select
        label={t('improvement.measures.measure')}
        data={(catalog.data?.items ?? []).map((m) => ({
          value: m.id,
          label: t(`improvement.measure.${m.id}`),
        }))}
        value={measureId}
        onChange={setMeasureId}
        allowDeselect={false}
      />
      <TextInput
        label={t('improvement.project.what')}
        value={what}
        onChange={(e) => setWhat(e.currentTarget.value)}
        required
      />
      <TextInput
        label={t('improvement.project.forWhom')}
        value={forWhom}
        onChange={(e) => setForWhom(e.currentTarget.value)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('improvement.project.target')}
          value={target}
          onChange={setTarget}
          min={0}
          required
        />
        <TextInput
          type="date"
          label={t('improvement.project.by')}
          value={by}
          onChange={(e) => setBy(e.currentTarget.value)}
          required
        />
        <NumberInput
          label={t('improvement.project.baselineValue')}
          value={baselineValue}
          onChange={setBaselineValue}
          min={0}
        />
        <TextInput
          type="date"
          label={t('improvement.project.chartFrom')}
          value={chartFrom}
          onChange={(e) => setChartFrom(e.currentTarget.value)}
          required
        />
        <NumberInput
          label={t('improvement.measures.baseline')}
          value={baselinePeriods}
          onChange={setBaselinePeriods}
          min={1}
          max={260}
        />
      </SimpleGrid>
      {save.error && <ErrorAlert error={save.error} />}
      <Button type="submit" mt="sm" loading={save.isPending}>
        {t('improvement.project.saveAim')}
      </Button>
    </Card>
  );
}

function ChangeIdeaForm({ projectId, teamId }: { projectId: string; teamId: string }) {
  const { t } = useTranslation();
  const save = useProjectSave(teamId, 'POST', `/api/improvement/projects/${projectId}/change-ideas`);
  const [primaryDriver, setPrimary] = useState('');
  const [secondaryDriver, setSecondary] = useState('');
  const [idea, setIdea] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { primaryDriver, secondaryDriver, idea },
      { onSuccess: () => (setPrimary(''), setSecondary(''), setIdea('')) },
    );
  };
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Select
        label={t('improvement.project.template')}
        data={CHANGE_IDEA_TEMPLATES.map((tpl, i) => ({ value: String(i), label: tpl.idea }))}
        onChange={(value) => {
          const tpl = value === null ? undefined : CHANGE_IDEA_TEMPLATES[Number(value)];
          if (!tpl) return;
          setPrimary(tpl.primaryDriver);
          setSecondary(tpl.secondaryDriver);
          setIdea(tpl.idea);
        }}
        clearable
      />
      <TextInput
        label={t('improvement.project.primaryDriver')}
        value={primaryDriver}
        onChange={(e) => setPrimary(e.currentTarget.value)}
        required
      />
      <TextInput
        label={t('improvement.project.secondaryDriver')}
        value={secondaryDriver}
        onChange={(e) => setSecondary(e.currentTarget.value)}
      />
      <Textarea
        label={t('improvement.project.idea')}
        value={idea}
        onChange={(e) => setIdea(e.currentTarget.value)}
        required
        autosize
      />
      {save.error && <ErrorAlert error={save.error} />}
      <Button type="submit" mt="sm" loading={save.isPending}>
        {t('improvement.project.addIdea')}
      </Button>
    </Card>
  );
}

function CycleForm({ view, teamId }: { view: ProjectView; teamId: string }) {
  const { t } = useTranslation();
  const save = useProjectSave(teamId, 'POST', `/api/improvement/projects/${view.project?.id ?? ''}/cycles`);
  const [changeIdeaId, setIdea] = useState<string | null>(null);
  const [startedOn, setStartedOn] = useState('');
  const [plan, setPlan] = useState('');
  const [prediction, setPrediction] = useState('');
  const [doNotes, setDoNotes] = useState('');
  const [study, setStudy] = useState('');
  const [act, setAct] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { changeIdeaId, startedOn, plan, prediction, doNotes, study, act },
      { onSuccess: () => (setPlan(''), setPrediction(''), setDoNotes(''), setStudy(''), setAct(null)) },
    );
  };
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Title order={3} size="h4">
        {t('improvement.project.recordCycle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('improvement.project.idea')}
          data={view.changeIdeas.map((i) => ({ value: i.id, label: i.idea }))}
          value={changeIdeaId}
          onChange={setIdea}
          clearable
        />
        <TextInput
          type="date"
          label={t('improvement.project.startedOn')}
          value={startedOn}
          onChange={(e) => setStartedOn(e.currentTarget.value)}
          required
        />
      </SimpleGrid>
      <Textarea
        label={t('improvement.project.plan')}
        value={plan}
        onChange={(e) => setPlan(e.currentTarget.value)}
        required
        autosize
      />
      <Textarea
        label={t('improvement.project.prediction')}
        value={prediction}
        onChange={(e) => setPrediction(e.currentTarget.value)}
        required
        autosize
      />
      <Textarea
        label={t('improvement.project.do')}
        value={doNotes}
        onChange={(e) => setDoNotes(e.currentTarget.value)}
        autosize
      />
      <Textarea
        label={t('improvement.project.study')}
        value={study}
        onChange={(e) => setStudy(e.currentTarget.value)}
        autosize
      />
      <Select
        label={t('improvement.project.act')}
        data={(['adopt', 'adapt', 'abandon'] as const).map((a) => ({
          value: a,
          label: t(`improvement.project.acts.${a}`),
        }))}
        value={act}
        onChange={setAct}
        clearable
      />
      {save.error && <ErrorAlert error={save.error} />}
      <Button type="submit" mt="sm" loading={save.isPending}>
        {t('improvement.project.saveCycle')}
      </Button>
    </Card>
  );
}
