import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { formatDate } from '../../app/format';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { OrderGroupBadge, PfsCriteriaList } from './PfsCriteria';
import { SCHOOL_STATUS_KINDS, SCHOOL_STATUS_NOTE_MAX, type ChildPfs, type SchoolStatus } from './pfs-types';

/**
 * A child's Priority for Services today with the criteria met and their evidence, the child's
 * group in the order of service, and the school statuses (credit deficiency, dropping out)
 * that those who may change the child record and remove.
 */
export function ChildPfsCard({ childId }: { childId: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [recording, setRecording] = useState(false);
  const [saved, setSaved] = useState(false);
  const pfs = useQuery({
    queryKey: ['child', childId, 'pfs'],
    queryFn: () => api<ChildPfs>('GET', `/api/children/${childId}/pfs`),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['child', childId, 'pfs'] });
  const remove = useMutation({
    mutationFn: (status: SchoolStatus) => api<null>('DELETE', `/api/school-statuses/${status.id}`),
    onSuccess: refresh,
  });
  const date = (value: string) => formatDate(value, i18n.language);
  const data = pfs.data;

  return (
    <Card withBorder component="section" aria-labelledby="child-pfs-title">
      <Title order={2} size="h3" id="child-pfs-title">
        {t('pfs.child.title')}
      </Title>
      <QueryState isPending={pfs.isPending} error={pfs.error}>
        {data && (
          <Stack mt="xs" gap="sm">
            <Group gap="xs">
              {data.isPfs && <OrderGroupBadge group="pfs" />}
              <Text fw={600}>
                {t(data.isPfs ? 'pfs.child.isPfs' : 'pfs.child.isNotPfs', { date: date(data.on) })}
              </Text>
            </Group>
            <Text size="sm">{t('pfs.child.group', { group: t(`pfs.groups.${data.group}`) })}</Text>
            <div>
              <Text fw={500} size="sm">
                {t('pfs.child.criteria')}
              </Text>
              {data.criteria.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('pfs.child.noCriteria')}
                </Text>
              ) : (
                <PfsCriteriaList criteria={data.criteria} />
              )}
            </div>
            <div>
              <Text fw={500} size="sm">
                {t('pfs.child.statuses')}
              </Text>
              {data.statuses.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('pfs.child.noStatuses')}
                </Text>
              ) : (
                <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
                  {data.statuses.map((status) => (
                    <Group component="li" key={status.id} gap="xs" wrap="wrap">
                      <Badge variant="light">{t(`pfs.status.kinds.${status.kind}`)}</Badge>
                      <Text size="sm">
                        {status.endsOn
                          ? t('pfs.status.period', { from: date(status.startsOn), to: date(status.endsOn) })
                          : t('pfs.status.since', { from: date(status.startsOn) })}
                        {status.note ? ` · ${status.note}` : ''}
                      </Text>
                      {data.canRecord && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          loading={remove.isPending && remove.variables?.id === status.id}
                          onClick={() => remove.mutate(status)}
                          aria-label={t('pfs.child.removeFor', {
                            kind: t(`pfs.status.kinds.${status.kind}`),
                            from: date(status.startsOn),
                          })}
                        >
                          {t('pfs.child.remove')}
                        </Button>
                      )}
                    </Group>
                  ))}
                </Stack>
              )}
              {remove.error && <ErrorAlert error={remove.error} />}
            </div>
            {saved && (
              <Alert color="ciclo" role="status">
                {t('pfs.status.saved')}
              </Alert>
            )}
            {data.canRecord &&
              (recording ? (
                <SchoolStatusForm
                  childId={childId}
                  onDone={() => setRecording(false)}
                  onRecorded={async () => {
                    setRecording(false);
                    setSaved(true);
                    await refresh();
                  }}
                />
              ) : (
                <Group>
                  <Button
                    variant="default"
                    onClick={() => {
                      setSaved(false);
                      setRecording(true);
                    }}
                  >
                    {t('pfs.child.record')}
                  </Button>
                </Group>
              ))}
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}

/** The form recording one school status. */
function SchoolStatusForm({
  childId,
  onDone,
  onRecorded,
}: {
  childId: string;
  onDone: () => void;
  onRecorded: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<SchoolStatus['kind']>('credit_deficient');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [note, setNote] = useState('');
  const endsBeforeStarts = endsOn !== '' && startsOn !== '' && endsOn < startsOn;
  const record = useMutation({
    mutationFn: () =>
      api<SchoolStatus>('POST', `/api/children/${childId}/school-statuses`, {
        kind,
        startsOn,
        endsOn: endsOn || null,
        note: note.trim(),
      }),
    onSuccess: onRecorded,
  });
  const error = record.error instanceof ApiError ? record.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!endsBeforeStarts) record.mutate();
  };

  return (
    <Stack gap="xs" component="form" onSubmit={submit} aria-label={t('pfs.child.record')}>
      <Select
        label={t('pfs.status.kind')}
        value={kind}
        allowDeselect={false}
        onChange={(value) => value && setKind(value as SchoolStatus['kind'])}
        data={SCHOOL_STATUS_KINDS.map((value) => ({ value, label: t(`pfs.status.kinds.${value}`) }))}
      />
      <Group grow wrap="wrap" align="start">
        <TextInput
          label={t('pfs.status.startsOn')}
          type="date"
          required
          value={startsOn}
          onChange={(event) => setStartsOn(event.currentTarget.value)}
          error={error?.problemFor('startsOn')}
        />
        <TextInput
          label={t('pfs.status.endsOn')}
          type="date"
          value={endsOn}
          onChange={(event) => setEndsOn(event.currentTarget.value)}
          error={endsBeforeStarts ? t('pfs.status.endsBeforeStarts') : error?.problemFor('endsOn')}
        />
      </Group>
      <Textarea
        label={t('pfs.status.note')}
        autosize
        minRows={2}
        maxLength={SCHOOL_STATUS_NOTE_MAX}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={error?.problemFor('note')}
      />
      {record.error && !error?.problemFor('startsOn') && !error?.problemFor('endsOn') && (
        <ErrorAlert error={record.error} />
      )}
      <Group>
        <Button type="submit" loading={record.isPending}>
          {t('pfs.status.save')}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t('pfs.status.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
