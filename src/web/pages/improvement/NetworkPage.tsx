import type { Static } from '@sinclair/typebox';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MEETING_KINDS, TRAINING_AUDIENCES } from '../../../core/improvement/network';
import type { NetworkReply } from '../../../server/routes/improvement/improvement.schemas';
import type { RegionListReply } from '../../../server/routes/organizations/organizations.schemas';
import { api } from '../../app/api';
import { formatDate } from '../../app/format';
import { FormCard } from '../../components/FormCard';
import { QueryState } from '../../components/QueryState';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { useFormValues } from '../../components/use-form-values';
import { useSave } from './use-save';

type Network = Static<typeof NetworkReply>;
type Meeting = Network['meetings'][number];
type Training = Network['trainings'][number];
const NETWORK_KEY = ['improvement', 'network'];

/** A row's button that opens its record in the form below the table. */
function ChangeButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button size="compact-sm" variant="default" aria-label={label} onClick={onClick}>
      {t('improvement.network.change')}
    </Button>
  );
}

/** Focus the first field of a form opened to change a record, so the keyboard lands there. */
function useFocusOnOpen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'center' });
  }, []);
  return ref;
}

/** The professional learning network: cohorts and teams, meetings, and the training log (IP3). */
export function NetworkPage() {
  const { t, i18n } = useTranslation();
  const date = (day: string) => formatDate(day, i18n.language);
  const network = useQuery({
    queryKey: NETWORK_KEY,
    queryFn: () => api<Network>('GET', '/api/improvement/network'),
  });
  const [editingMeeting, setEditingMeeting] = useState<Meeting | null>(null);
  const [editingTraining, setEditingTraining] = useState<Training | null>(null);
  const data = network.data;
  const teamLabel = (teamId: string | null) => {
    const team = data?.cohorts.flatMap((c) => c.teams).find((tm) => tm.id === teamId);
    return team ? t('common.region', { number: team.regionNumber }) : '';
  };
  return (
    <Stack>
      <Title order={1}>{t('improvement.network.title')}</Title>
      <Text c="dimmed">{t('improvement.network.intro')}</Text>
      <QueryState isPending={network.isPending} error={network.error}>
        {data && (
          <>
            <Title order={2} size="h3">
              {t('improvement.network.cohorts')}
            </Title>
            {data.cohorts.length === 0 && <Text>{t('improvement.network.noCohort')}</Text>}
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {data.cohorts.map((cohort) => (
                <Card key={cohort.id} withBorder>
                  <Title order={3} size="h4">
                    {cohort.name} · {cohort.startYear}–{cohort.endYear}
                  </Title>
                  {cohort.teams.length === 0 && <Text size="sm">{t('improvement.network.noTeam')}</Text>}
                  {cohort.teams.map((team) => (
                    <Text key={team.id} size="sm">
                      <Anchor component={Link} to={`/improvement/teams/${team.id}`} fw={700}>
                        {t('common.region', { number: team.regionNumber })} · {team.regionName}
                      </Anchor>
                      {team.members.length > 0 &&
                        `: ${team.members.map((m) => (m.title ? `${m.name} (${m.title})` : m.name)).join(', ')}`}
                    </Text>
                  ))}
                </Card>
              ))}
            </SimpleGrid>
            {data.abilities.manage && (
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <CohortForm />
                <TeamForm network={data} />
              </SimpleGrid>
            )}
            <Title order={2} size="h3">
              {t('improvement.network.meetings')}
            </Title>
            <ResponsiveTable
              label={t('improvement.network.meetings')}
              minWidth={640}
              rows={data.meetings}
              rowKey={(m) => m.id}
              columns={[
                { key: 'heldOn', header: t('improvement.network.heldOn'), cell: (m) => date(m.heldOn) },
                {
                  key: 'kind',
                  header: t('improvement.network.kind'),
                  cell: (m) => (
                    <>
                      {t(`improvement.network.kinds.${m.kind}`)} {m.teamId && teamLabel(m.teamId)}
                      {m.hours !== null && ` · ${t('improvement.network.hoursValue', { hours: m.hours })}`}
                    </>
                  ),
                },
                { key: 'agenda', header: t('improvement.network.agenda'), cell: (m) => m.agenda },
                {
                  key: 'attendance',
                  header: t('improvement.network.attendance'),
                  cell: (m) => m.attendance.join(', '),
                },
                { key: 'notes', header: t('improvement.network.notes'), cell: (m) => m.notes },
                ...(data.abilities.manage
                  ? [
                      {
                        key: 'change',
                        header: t('improvement.network.actions'),
                        cell: (m: Meeting) => (
                          <ChangeButton
                            label={t('improvement.network.editMeetingLabel', { date: date(m.heldOn) })}
                            onClick={() => setEditingMeeting(m)}
                          />
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            {data.abilities.manage &&
              (editingMeeting ? (
                <MeetingForm
                  key={editingMeeting.id}
                  network={data}
                  meeting={editingMeeting}
                  onDone={() => setEditingMeeting(null)}
                />
              ) : (
                <MeetingForm network={data} />
              ))}
            <Title order={2} size="h3">
              {t('improvement.network.trainings')}
            </Title>
            <ResponsiveTable
              label={t('improvement.network.trainings')}
              minWidth={560}
              rows={data.trainings}
              rowKey={(tr) => tr.id}
              columns={[
                {
                  key: 'title',
                  header: t('improvement.network.trainingTitle'),
                  cell: (tr) => (
                    <>
                      {tr.title}
                      {tr.topic && (
                        <Text size="xs" c="dimmed">
                          {tr.topic}
                        </Text>
                      )}
                    </>
                  ),
                },
                { key: 'provider', header: t('improvement.network.provider'), cell: (tr) => tr.provider },
                { key: 'heldOn', header: t('improvement.network.heldOn'), cell: (tr) => date(tr.heldOn) },
                {
                  key: 'audience',
                  header: t('improvement.network.audience'),
                  cell: (tr) => (
                    <>
                      {tr.audience.map((a) => t(`improvement.network.audiences.${a}`)).join(', ')}
                      {tr.newRecruitersOnly && (
                        <Badge ml="xs" variant="light" color="dark">
                          {t('improvement.network.newRecruitersOnly')}
                        </Badge>
                      )}
                    </>
                  ),
                },
                ...(data.abilities.manage
                  ? [
                      {
                        key: 'change',
                        header: t('improvement.network.actions'),
                        cell: (tr: Training) => (
                          <ChangeButton
                            label={t('improvement.network.editTrainingLabel', { title: tr.title })}
                            onClick={() => setEditingTraining(tr)}
                          />
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            {data.abilities.manage &&
              (editingTraining ? (
                <TrainingForm
                  key={editingTraining.id}
                  training={editingTraining}
                  onDone={() => setEditingTraining(null)}
                />
              ) : (
                <TrainingForm />
              ))}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function CohortForm() {
  const { t } = useTranslation();
  const save = useSave(NETWORK_KEY, 'POST', '/api/improvement/cohorts');
  const year = new Date().getFullYear();
  const form = useFormValues({
    name: '',
    startYear: year as number | string,
    endYear: (year + 1) as number | string,
  });
  const { name, startYear, endYear } = form.values;
  return (
    <FormCard
      title={t('improvement.network.newCohort')}
      submitLabel={t('improvement.network.createCohort')}
      save={save}
      onSubmit={() =>
        save.mutate(
          { name, startYear: Number(startYear), endYear: Number(endYear) },
          { onSuccess: () => form.reset('name') },
        )
      }
    >
      <TextInput label={t('improvement.network.name')} {...form.text('name')} required />
      <Group grow>
        <NumberInput
          label={t('improvement.network.startYear')}
          {...form.field('startYear')}
          min={2000}
          max={2100}
          required
        />
        <NumberInput
          label={t('improvement.network.endYear')}
          {...form.field('endYear')}
          min={2000}
          max={2100}
          required
        />
      </Group>
    </FormCard>
  );
}

/** The members typed one a line as "name, title". */
function parseMembers(text: string): Array<{ name: string; title: string }> {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [name = '', title = ''] = line.split(',').map((part) => part.trim());
      return { name, title };
    });
}

function TeamForm({ network }: { network: Network }) {
  const { t } = useTranslation();
  const save = useSave(NETWORK_KEY, 'POST', '/api/improvement/teams');
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => api<Static<typeof RegionListReply>>('GET', '/api/regions'),
  });
  const form = useFormValues({
    cohortId: null as string | null,
    regionId: null as string | null,
    members: '',
  });
  const { cohortId, regionId, members } = form.values;
  return (
    <FormCard
      title={t('improvement.network.newTeam')}
      submitLabel={t('improvement.network.addTeam')}
      save={save}
      onSubmit={() =>
        save.mutate(
          { cohortId, regionId, members: parseMembers(members) },
          { onSuccess: () => form.reset('members') },
        )
      }
    >
      <Select
        label={t('improvement.network.cohort')}
        data={network.cohorts.map((c) => ({ value: c.id, label: c.name }))}
        {...form.field('cohortId')}
        required
        allowDeselect={false}
      />
      <Select
        label={t('improvement.measures.region')}
        data={(regions.data?.items ?? []).map((r) => ({
          value: r.id,
          label: `${t('common.region', { number: r.number })} · ${r.name}`,
        }))}
        {...form.field('regionId')}
        searchable
        required
        allowDeselect={false}
      />
      <Textarea
        label={t('improvement.network.members')}
        description={t('improvement.network.membersHelp')}
        {...form.text('members')}
        autosize
        minRows={2}
      />
    </FormCard>
  );
}

/** Record a session or coaching call, or (given `meeting`) change one at its version (IP3.3). */
function MeetingForm({
  network,
  meeting,
  onDone,
}: {
  network: Network;
  meeting?: Meeting;
  onDone?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const save = useSave(
    NETWORK_KEY,
    meeting ? 'PUT' : 'POST',
    meeting ? `/api/improvement/meetings/${meeting.id}` : '/api/improvement/meetings',
  );
  const firstField = useFocusOnOpen<HTMLInputElement>();
  const form = useFormValues({
    cohortId: meeting?.cohortId ?? network.cohorts[0]?.id ?? (null as string | null),
    kind: (meeting?.kind ?? 'session') as string | null,
    teamId: meeting?.teamId ?? (null as string | null),
    heldOn: meeting?.heldOn ?? '',
    hours: (meeting ? (meeting.hours ?? '') : 3) as number | string,
    agenda: meeting?.agenda ?? '',
    attendance: meeting?.attendance.join(', ') ?? '',
    notes: meeting?.notes ?? '',
  });
  const { cohortId, kind, teamId, heldOn, hours, agenda, attendance, notes } = form.values;
  const teams = network.cohorts.find((c) => c.id === cohortId)?.teams ?? [];
  const submit = () =>
    save.mutate(
      {
        cohortId,
        kind,
        teamId: kind === 'coaching' ? teamId : null,
        heldOn,
        hours: hours === '' ? null : Number(hours),
        agenda,
        attendance: attendance
          .split(',')
          .map((name) => name.trim())
          .filter((name) => name !== ''),
        notes,
        ...(meeting && { version: meeting.version }),
      },
      { onSuccess: () => (onDone ? onDone() : form.reset('agenda', 'attendance', 'notes')) },
    );
  return (
    <FormCard
      title={
        meeting
          ? t('improvement.network.editMeeting', { date: formatDate(meeting.heldOn, i18n.language) })
          : t('improvement.network.newMeeting')
      }
      submitLabel={t(meeting ? 'improvement.network.saveChanges' : 'improvement.network.recordMeeting')}
      save={save}
      onSubmit={submit}
      onCancel={onDone}
      cancelLabel={t('improvement.network.cancel')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          ref={meeting ? firstField : undefined}
          label={t('improvement.network.cohort')}
          data={network.cohorts.map((c) => ({ value: c.id, label: c.name }))}
          {...form.field('cohortId')}
          required
          allowDeselect={false}
        />
        <Select
          label={t('improvement.network.kind')}
          data={MEETING_KINDS.map((k) => ({ value: k, label: t(`improvement.network.kinds.${k}`) }))}
          {...form.field('kind')}
          allowDeselect={false}
        />
        {kind === 'coaching' && (
          <Select
            label={t('improvement.network.team')}
            data={teams.map((tm) => ({
              value: tm.id,
              label: t('common.region', { number: tm.regionNumber }),
            }))}
            {...form.field('teamId')}
            required
            allowDeselect={false}
          />
        )}
        <TextInput type="date" label={t('improvement.network.heldOn')} {...form.text('heldOn')} required />
        <NumberInput
          label={t('improvement.network.hours')}
          {...form.field('hours')}
          min={0.25}
          max={12}
          step={0.5}
        />
      </SimpleGrid>
      <Textarea label={t('improvement.network.agenda')} {...form.text('agenda')} autosize />
      <TextInput
        label={t('improvement.network.attendance')}
        description={t('improvement.network.attendanceHelp')}
        {...form.text('attendance')}
      />
      <Textarea label={t('improvement.network.notes')} {...form.text('notes')} autosize />
    </FormCard>
  );
}

/** Log a training, or (given `training`) change one at its version (IP3.4). */
function TrainingForm({ training, onDone }: { training?: Training; onDone?: () => void }) {
  const { t } = useTranslation();
  const save = useSave(
    NETWORK_KEY,
    training ? 'PUT' : 'POST',
    training ? `/api/improvement/trainings/${training.id}` : '/api/improvement/trainings',
  );
  const firstField = useFocusOnOpen<HTMLInputElement>();
  const form = useFormValues({
    title: training?.title ?? '',
    provider: training?.provider ?? '',
    heldOn: training?.heldOn ?? '',
    audience: training?.audience ?? ([] as string[]),
    topic: training?.topic ?? '',
    newRecruitersOnly: training?.newRecruitersOnly ?? false,
  });
  return (
    <FormCard
      title={
        training
          ? t('improvement.network.editTraining', { title: training.title })
          : t('improvement.network.newTraining')
      }
      submitLabel={t(training ? 'improvement.network.saveChanges' : 'improvement.network.logTraining')}
      save={save}
      onSubmit={() =>
        save.mutate(
          {
            regionId: training?.regionId ?? null,
            ...form.values,
            ...(training && { version: training.version }),
          },
          { onSuccess: () => (onDone ? onDone() : form.reset('title', 'topic')) },
        )
      }
      onCancel={onDone}
      cancelLabel={t('improvement.network.cancel')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          ref={training ? firstField : undefined}
          label={t('improvement.network.trainingTitle')}
          {...form.text('title')}
          required
        />
        <TextInput label={t('improvement.network.provider')} {...form.text('provider')} required />
        <TextInput type="date" label={t('improvement.network.heldOn')} {...form.text('heldOn')} required />
        <MultiSelect
          label={t('improvement.network.audience')}
          data={TRAINING_AUDIENCES.map((a) => ({ value: a, label: t(`improvement.network.audiences.${a}`) }))}
          {...form.field('audience')}
          required
        />
      </SimpleGrid>
      <TextInput label={t('improvement.network.topic')} {...form.text('topic')} />
      <Checkbox
        mt="sm"
        label={t('improvement.network.newRecruitersOnly')}
        checked={form.values.newRecruitersOnly}
        onChange={(e) => form.set('newRecruitersOnly', e.currentTarget.checked)}
      />
    </FormCard>
  );
}
