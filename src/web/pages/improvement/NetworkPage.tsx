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
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NetworkReply } from '../../../server/routes/improvement/improvement.schemas';
import type { RegionListReply } from '../../../server/routes/organizations/organizations.schemas';
import { api } from '../../app/api';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';

type Network = Static<typeof NetworkReply>;
const NETWORK_KEY = ['improvement', 'network'];
const AUDIENCES = ['region_recruiters', 'district_recruiters', 'managers', 'data_staff'] as const;

/** The professional learning network: cohorts and teams, meetings, and the training log (IP3). */
export function NetworkPage() {
  const { t } = useTranslation();
  const network = useQuery({
    queryKey: NETWORK_KEY,
    queryFn: () => api<Network>('GET', '/api/improvement/network'),
  });
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
            <ScrollTable minWidth={640} label={t('improvement.network.meetings')}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('improvement.network.heldOn')}</Table.Th>
                    <Table.Th>{t('improvement.network.kind')}</Table.Th>
                    <Table.Th>{t('improvement.network.agenda')}</Table.Th>
                    <Table.Th>{t('improvement.network.attendance')}</Table.Th>
                    <Table.Th>{t('improvement.network.notes')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.meetings.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td>{m.heldOn}</Table.Td>
                      <Table.Td>
                        {t(`improvement.network.kinds.${m.kind}`)} {m.teamId && teamLabel(m.teamId)}
                        {m.hours !== null && ` · ${t('improvement.network.hoursValue', { hours: m.hours })}`}
                      </Table.Td>
                      <Table.Td>{m.agenda}</Table.Td>
                      <Table.Td>{m.attendance.join(', ')}</Table.Td>
                      <Table.Td>{m.notes}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            {data.abilities.manage && <MeetingForm network={data} />}
            <Title order={2} size="h3">
              {t('improvement.network.trainings')}
            </Title>
            <ScrollTable minWidth={560} label={t('improvement.network.trainings')}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('improvement.network.trainingTitle')}</Table.Th>
                    <Table.Th>{t('improvement.network.provider')}</Table.Th>
                    <Table.Th>{t('improvement.network.heldOn')}</Table.Th>
                    <Table.Th>{t('improvement.network.audience')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.trainings.map((tr) => (
                    <Table.Tr key={tr.id}>
                      <Table.Td>
                        {tr.title}
                        {tr.topic && (
                          <Text size="xs" c="dimmed">
                            {tr.topic}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{tr.provider}</Table.Td>
                      <Table.Td>{tr.heldOn}</Table.Td>
                      <Table.Td>
                        {tr.audience.map((a) => t(`improvement.network.audiences.${a}`)).join(', ')}
                        {tr.newRecruitersOnly && (
                          <Badge ml="xs" variant="light" color="dark">
                            {t('improvement.network.newRecruitersOnly')}
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            {data.abilities.manage && <TrainingForm />}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

/** A save to the network, refreshing it on success. */
function useNetworkSave(path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) => api<{ id: string }>('POST', path, body),
    onSuccess: () => client.invalidateQueries({ queryKey: NETWORK_KEY }),
  });
}

function CohortForm() {
  const { t } = useTranslation();
  const save = useNetworkSave('/api/improvement/cohorts');
  const [name, setName] = useState('');
  const [startYear, setStartYear] = useState<number | string>(new Date().getFullYear());
  const [endYear, setEndYear] = useState<number | string>(new Date().getFullYear() + 1);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { name, startYear: Number(startYear), endYear: Number(endYear) },
      { onSuccess: () => setName('') },
    );
  };
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Title order={3} size="h4">
        {t('improvement.network.newCohort')}
      </Title>
      <TextInput
        label={t('improvement.network.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        required
      />
      <Group grow>
        <NumberInput
          label={t('improvement.network.startYear')}
          value={startYear}
          onChange={setStartYear}
          min={2000}
          max={2100}
          required
        />
        <NumberInput
          label={t('improvement.network.endYear')}
          value={endYear}
          onChange={setEndYear}
          min={2000}
          max={2100}
          required
        />
      </Group>
      {save.error && <ErrorAlert error={save.error} />}
      <Button type="submit" mt="sm" loading={save.isPending}>
        {t('improvement.network.createCohort')}
      </Button>
    </Card>
  );
}

function TeamForm({ network }: { network: Network }) {
  const { t } = useTranslation();
  const save = useNetworkSave('/api/improvement/teams');
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => api<Static<typeof RegionListReply>>('GET', '/api/regions'),
  });
  const [cohortId, setCohortId] = useState<string | null>(null);
  const [regionId, setRegionId] = useState<string | null>(null);
  const [members, setMembers] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const list = members
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => {
        const [name = '', title = ''] = line.split(',').map((part) => part.trim());
        return { name, title };
      });
    save.mutate({ cohortId, regionId, members: list }, { onSuccess: () => setMembers('') });
  };
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Title order={3} size="h4">
        {t('improvement.network.newTeam')}
      </Title>
      <Select
        label={t('improvement.network.cohort')}
        data={network.cohorts.map((c) => ({ value: c.id, label: c.name }))}
        value={cohortId}
        onChange={setCohortId}
        required
      />
      <Select
        label={t('improvement.measures.region')}
        data={(regions.data?.items ?? []).map((r) => ({
          value: r.id,
          label: `${t('common.region', { number: r.number })} · ${r.name}`,
        }))}
        value={regionId}
        onChange={setRegionId}
        searchable
        required
      />
      <Textarea
        label={t('improvement.network.members')}
        description={t('improvement.network.membersHelp')}
        value={members}
        onChange={(e) => setMembers(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      {save.error && <ErrorAlert error={save.error} />}
      <Button type="submit" mt="sm" loading={save.isPending}>
        {t('improvement.network.addTeam')}
      </Button>
    </Card>
  );
}

function MeetingForm({ network }: { network: Network }) {
  const { t } = useTranslation();
  const save = useNetworkSave('/api/improvement/meetings');
  const [cohortId, setCohortId] = useState<string | null>(network.cohorts[0]?.id ?? null);
  const [kind, setKind] = useState<string | null>('session');
  const [teamId, setTeamId] = useState<string | null>(null);
  const [heldOn, setHeldOn] = useState('');
  const [hours, setHours] = useState<number | string>(3);
  const [agenda, setAgenda] = useState('');
  const [attendance, setAttendance] = useState('');
  const [notes, setNotes] = useState('');
  const teams = network.cohorts.find((c) => c.id === cohortId)?.teams ?? [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
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
      },
      { onSuccess: () => (setAgenda(''), setAttendance(''), setNotes('')) },
    );
  };
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Title order={3} size="h4">
        {t('improvement.network.newMeeting')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('improvement.network.cohort')}
          data={network.cohorts.map((c) => ({ value: c.id, label: c.name }))}
          value={cohortId}
          onChange={setCohortId}
          required
        />
        <Select
          label={t('improvement.network.kind')}
          data={(['session', 'coaching'] as const).map((k) => ({
            value: k,
            label: t(`improvement.network.kinds.${k}`),
          }))}
          value={kind}
          onChange={setKind}
          allowDeselect={false}
        />
        {kind === 'coaching' && (
          <Select
            label={t('improvement.network.team')}
            data={teams.map((tm) => ({
              value: tm.id,
              label: t('common.region', { number: tm.regionNumber }),
            }))}
            value={teamId}
            onChange={setTeamId}
            required
          />
        )}
        <TextInput
          type="date"
          label={t('improvement.network.heldOn')}
          value={heldOn}
          onChange={(e) => setHeldOn(e.currentTarget.value)}
          required
        />
        <NumberInput
          label={t('improvement.network.hours')}
          value={hours}
          onChange={setHours}
          min={0.25}
          max={12}
          step={0.5}
        />
      </SimpleGrid>
      <Textarea
        label={t('improvement.network.agenda')}
        value={agenda}
        onChange={(e) => setAgenda(e.currentTarget.value)}
        autosize
      />
      <TextInput
        label={t('improvement.network.attendance')}
        description={t('improvement.network.attendanceHelp')}
        value={attendance}
        onChange={(e) => setAttendance(e.currentTarget.value)}
      />
      <Textarea
        label={t('improvement.network.notes')}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
        autosize
      />
      {save.error && <ErrorAlert error={save.error} />}
      <Button type="submit" mt="sm" loading={save.isPending}>
        {t('improvement.network.recordMeeting')}
      </Button>
    </Card>
  );
}

function TrainingForm() {
  const { t } = useTranslation();
  const save = useNetworkSave('/api/improvement/trainings');
  const [title, setTitle] = useState('');
  const [provider, setProvider] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const [audience, setAudience] = useState<string[]>([]);
  const [topic, setTopic] = useState('');
  const [newOnly, setNewOnly] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { regionId: null, title, provider, heldOn, audience, topic, newRecruitersOnly: newOnly },
      { onSuccess: () => (setTitle(''), setTopic('')) },
    );
  };
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Title order={3} size="h4">
        {t('improvement.network.newTraining')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('improvement.network.trainingTitle')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
        />
        <TextInput
          label={t('improvement.network.provider')}
          value={provider}
          onChange={(e) => setProvider(e.currentTarget.value)}
          required
        />
        <TextInput
          type="date"
          label={t('improvement.network.heldOn')}
          value={heldOn}
          onChange={(e) => setHeldOn(e.currentTarget.value)}
          required
        />
        <MultiSelect
          label={t('improvement.network.audience')}
          data={AUDIENCES.map((a) => ({ value: a, label: t(`improvement.network.audiences.${a}`) }))}
          value={audience}
          onChange={setAudience}
          required
        />
      </SimpleGrid>
      <TextInput
        label={t('improvement.network.topic')}
        value={topic}
        onChange={(e) => setTopic(e.currentTarget.value)}
      />
      <Checkbox
        mt="sm"
        label={t('improvement.network.newRecruitersOnly')}
        checked={newOnly}
        onChange={(e) => setNewOnly(e.currentTarget.checked)}
      />
      {save.error && <ErrorAlert error={save.error} />}
      <Button type="submit" mt="sm" loading={save.isPending}>
        {t('improvement.network.logTraining')}
      </Button>
    </Card>
  );
}
