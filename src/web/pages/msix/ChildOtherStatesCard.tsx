import { Alert, Badge, Button, Card, FileInput, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { formatDate } from '../../app/format';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import type {
  ChildConsolidatedRecords,
  ConsolidatedRecord,
  ConsolidatedStateHistory,
} from './consolidated-record-types';

/**
 * The consolidated records from other states attached to a child (docs/rules/msix.md X11):
 * per sending state, the prior moves, enrollments, courses and assessments, each labelled with
 * its source state and the day received, apart from Ciclo's own data; those who may attach a
 * file, detach a record (after a confirmation) and attach a detached one again.
 */
export function ChildOtherStatesCard({ childId }: { childId: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const key = ['child', childId, 'msix-records'];
  const records = useQuery({
    queryKey: key,
    queryFn: () => api<ChildConsolidatedRecords>('GET', `/api/children/${childId}/msix-records`),
  });
  const [file, setFile] = useState<File | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: key });
  const attach = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.append('file', file!, file!.name);
      return api<ConsolidatedRecord>('POST', `/api/children/${childId}/msix-records`, form);
    },
    onSuccess: async (record) => {
      setFile(null);
      setNotice(t('otherStates.attached', { id: record.msixId }));
      await refresh();
    },
  });
  const change = useMutation({
    mutationFn: ({ record, verb }: { record: ConsolidatedRecord; verb: 'detach' | 'attach' }) =>
      api<ConsolidatedRecord>('POST', `/api/children/${childId}/msix-records/${record.id}/${verb}`, {
        version: record.version,
      }),
    onSuccess: async (record, { verb }) => {
      setConfirming(null);
      setNotice(
        t(verb === 'detach' ? 'otherStates.detached' : 'otherStates.reattached', { id: record.msixId }),
      );
      await refresh();
    },
  });
  const date = (value: string) => formatDate(value, i18n.language);
  const data = records.data;

  return (
    <Card withBorder component="section" aria-labelledby="other-states-title">
      <Title order={2} size="h3" id="other-states-title">
        {t('otherStates.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('otherStates.intro')}
      </Text>
      <QueryState isPending={records.isPending} error={records.error}>
        {data && (
          <Stack mt="sm" gap="md">
            {notice && (
              <Alert
                color="green"
                role="status"
                withCloseButton
                onClose={() => setNotice(null)}
                closeButtonLabel={t('otherStates.dismiss')}
              >
                {notice}
              </Alert>
            )}
            {data.attached.length === 0 && <Text>{t('otherStates.none')}</Text>}
            {data.attached.map((record) => (
              <Stack
                key={record.id}
                gap="xs"
                component="article"
                aria-label={t('otherStates.recordLabel', { id: record.msixId })}
              >
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Text fw={600}>
                    {t('otherStates.record', {
                      id: record.msixId,
                      states: record.sendingStates.join(', '),
                      received: date(record.receivedOn),
                    })}
                  </Text>
                  {data.abilities.canAttach &&
                    (confirming === record.id ? (
                      <Group gap="xs" role="group" aria-label={t('otherStates.confirmDetach')}>
                        <Text size="sm">{t('otherStates.confirmDetach')}</Text>
                        <Button
                          size="xs"
                          color="red"
                          loading={change.isPending}
                          onClick={() => change.mutate({ record, verb: 'detach' })}
                        >
                          {t('otherStates.yesDetach')}
                        </Button>
                        <Button size="xs" variant="default" onClick={() => setConfirming(null)}>
                          {t('otherStates.cancel')}
                        </Button>
                      </Group>
                    ) : (
                      <Button size="xs" variant="light" color="red" onClick={() => setConfirming(record.id)}>
                        {t('otherStates.detach')}
                      </Button>
                    ))}
                </Group>
                {record.states.map((history) => (
                  <StateHistory
                    key={history.state}
                    history={history}
                    received={date(record.receivedOn)}
                    date={date}
                  />
                ))}
              </Stack>
            ))}
            {change.error && <ErrorAlert error={change.error} />}
            {data.abilities.canAttach && data.detached.length > 0 && (
              <Stack gap={4}>
                <Title order={3} size="h5">
                  {t('otherStates.detachedTitle')}
                </Title>
                <List size="sm" spacing={4}>
                  {data.detached.map((record) => (
                    <List.Item key={record.id}>
                      <Group gap="xs" wrap="wrap">
                        <Text size="sm">
                          {t('otherStates.detachedRecord', {
                            id: record.msixId,
                            received: date(record.receivedOn),
                            who: record.detachedBy ?? '',
                          })}
                        </Text>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => change.mutate({ record, verb: 'attach' })}
                          aria-label={t('otherStates.reattachLabel', {
                            id: record.msixId,
                            received: date(record.receivedOn),
                          })}
                        >
                          {t('otherStates.reattach')}
                        </Button>
                      </Group>
                    </List.Item>
                  ))}
                </List>
              </Stack>
            )}
            {data.abilities.canAttach && (
              <Stack gap="xs">
                <FileInput
                  label={t('otherStates.file')}
                  description={t('otherStates.fileHint')}
                  accept=".json,application/json"
                  clearable
                  clearButtonProps={{ 'aria-label': t('otherStates.clear') }}
                  value={file}
                  onChange={(chosen) => {
                    setFile(chosen);
                    attach.reset();
                  }}
                />
                <Button
                  w="fit-content"
                  disabled={!file}
                  loading={attach.isPending}
                  onClick={() => attach.mutate()}
                >
                  {t('otherStates.attach')}
                </Button>
                {attach.error && <ErrorAlert error={attach.error} />}
              </Stack>
            )}
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}

/** What one sending state holds of the child, each list labelled with the state and the day received. */
function StateHistory({
  history,
  received,
  date,
}: {
  history: ConsolidatedStateHistory;
  received: string;
  date: (value: string) => string;
}) {
  const { t } = useTranslation();
  const source = t('otherStates.source', { state: history.state, received });
  const span = (from: string, to?: string) => (to ? `${date(from)} – ${date(to)}` : date(from));
  const section = (title: string, items: string[]) =>
    items.length > 0 && (
      <div>
        <Text size="sm" fw={600}>
          {title}
        </Text>
        <List size="sm" spacing={2}>
          {items.map((item, index) => (
            <List.Item key={index}>{item}</List.Item>
          ))}
        </List>
      </div>
    );
  return (
    <Card withBorder bg="var(--mantine-color-gray-0)" p="sm" component="section" aria-label={source}>
      <Group gap="xs" mb={4}>
        <Badge variant="outline">{history.state}</Badge>
        <Text size="sm" c="dimmed">
          {source}
        </Text>
      </Group>
      <Stack gap="xs">
        {section(
          t('otherStates.moves'),
          history.qualifyingMoves.map((m) =>
            t('otherStates.move', {
              qad: date(m.qualifyingArrivalDate),
              from: [m.fromCity, m.fromState ?? m.fromCountry].filter(Boolean).join(', ') || '—',
              to: [m.toCity, m.toState].filter(Boolean).join(', '),
            }),
          ),
        )}
        {section(
          t('otherStates.enrollments'),
          history.enrollments.map((e) =>
            [
              e.schoolOrProjectName,
              e.districtName,
              span(e.enrollmentDate, e.withdrawalDate),
              e.gradeLevel ? t('otherStates.grade', { grade: e.gradeLevel }) : null,
              e.withdrawalReason,
            ]
              .filter(Boolean)
              .join(' · '),
          ),
        )}
        {section(
          t('otherStates.courses'),
          history.courses.map((c) =>
            [
              c.courseTitle,
              c.subjectArea,
              [c.schoolYear, c.term].filter(Boolean).join(' '),
              c.gradeLevel ? t('otherStates.grade', { grade: c.gradeLevel }) : null,
              c.creditsGranted ? t('otherStates.credits', { credits: c.creditsGranted }) : null,
              c.finalGrade ? t('otherStates.finalGrade', { grade: c.finalGrade }) : null,
            ]
              .filter(Boolean)
              .join(' · '),
          ),
        )}
        {section(
          t('otherStates.assessments'),
          history.assessments.map((a) =>
            [a.assessmentTitle, a.contentArea, date(a.administrationDate), a.scoreResult, a.interpretation]
              .filter(Boolean)
              .join(' · '),
          ),
        )}
        {history.qualifyingMoves.length +
          history.enrollments.length +
          history.courses.length +
          history.assessments.length ===
          0 && <Text size="sm">{t('otherStates.nothingSent')}</Text>}
      </Stack>
    </Card>
  );
}
