import {
  Alert,
  Anchor,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../../app/api';
import { formatDate, formatNumber } from '../../app/format';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import { dateWithinService } from './service-types';
import { refreshService, useService, useServiceEnrollments } from './use-service';

/** Pre and post test scores of a service: entered one child at a time, listed, and removed when entered by mistake. */
export function TestScoresPage() {
  const { t, i18n } = useTranslation();
  const { serviceId = '' } = useParams();
  const client = useQueryClient();
  const service = useService(serviceId);
  const enrollments = useServiceEnrollments(serviceId);
  const [studentId, setStudentId] = useState<string | null>(null);
  const [kind, setKind] = useState<'pre' | 'post'>('pre');
  const [date, setDate] = useState('');
  const [score, setScore] = useState<number | string>('');
  const [saved, setSaved] = useState<string | null>(null);
  const refresh = () => refreshService(client, serviceId);
  const record = useMutation({
    mutationFn: () =>
      api('POST', `/api/services/${serviceId}/tests`, {
        studentId,
        kind,
        date: date || dateWithinService(service.data!),
        score: Number(score),
      }),
    onSuccess: async () => {
      const child = enrollments.data?.items.find((e) => e.studentId === studentId);
      setSaved(
        t('services.tests.saved', {
          name: child?.name ?? studentId,
          kind: t(`services.tests.kinds.${kind}`),
          score,
        }),
      );
      setScore('');
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (testId: number) => api('DELETE', `/api/services/${serviceId}/tests/${testId}`),
    onSuccess: refresh,
  });
  const problem = record.error instanceof ApiError ? record.error : null;
  const s = service.data;

  return (
    <Stack gap="md" maw={800}>
      <Anchor component={Link} to={`/services/${serviceId}`}>
        {t('services.sheet.back', { name: s?.name ?? '' })}
      </Anchor>
      <Title order={1}>{t('services.tests.title')}</Title>
      <QueryState
        isPending={service.isPending || enrollments.isPending}
        error={service.error ?? enrollments.error}
      >
        {s && (
          <Paper withBorder p="md">
            <form
              onSubmit={(event) => {
                event.preventDefault();
                setSaved(null);
                record.mutate();
              }}
            >
              <Stack gap="sm">
                <Text size="sm">
                  {t('services.tests.range', {
                    name: s.instrumentName ?? t('services.instrument'),
                    min: s.instrumentMin,
                    max: s.instrumentMax,
                  })}
                </Text>
                <Select
                  label={t('services.tests.child')}
                  required
                  allowDeselect={false}
                  searchable
                  value={studentId}
                  onChange={setStudentId}
                  data={(enrollments.data?.items ?? []).map((e) => ({
                    value: e.studentId,
                    label: e.name ? `${e.name} · ${e.studentId}` : e.studentId,
                  }))}
                  error={problem?.problemFor('studentId')}
                />
                <SegmentedControl
                  aria-label={t('services.tests.kind')}
                  value={kind}
                  onChange={(v) => setKind(v as 'pre' | 'post')}
                  data={[
                    { value: 'pre', label: t('services.tests.kinds.pre') },
                    { value: 'post', label: t('services.tests.kinds.post') },
                  ]}
                />
                <Group grow align="flex-start">
                  <TextInput
                    type="date"
                    label={t('services.tests.date')}
                    required
                    min={s.startDate}
                    max={s.endDate}
                    value={date || dateWithinService(s)}
                    onChange={(e) => setDate(e.currentTarget.value)}
                    error={problem?.problemFor('date')}
                  />
                  <NumberInput
                    label={t('services.tests.score')}
                    required
                    decimalScale={2}
                    value={score}
                    onChange={setScore}
                    error={problem?.problemFor('score')}
                  />
                </Group>
                {record.error && (
                  <Alert color="red" role="alert">
                    {record.error instanceof ApiError ? record.error.message : String(record.error)}
                  </Alert>
                )}
                {saved && (
                  <Alert color="teal" role="status">
                    {saved}
                  </Alert>
                )}
                <Group>
                  <Button type="submit" loading={record.isPending} disabled={!studentId || score === ''}>
                    {t('services.tests.submit')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Paper>
        )}
        {remove.error && <ErrorAlert error={remove.error} />}
        <ScrollTable minWidth={520} label={t('services.tests.listLabel')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('services.tests.child')}</Table.Th>
                <Table.Th>{t('services.tests.kind')}</Table.Th>
                <Table.Th>{t('services.tests.date')}</Table.Th>
                <Table.Th>{t('services.tests.score')}</Table.Th>
                <Table.Th>{t('services.enrolled.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(enrollments.data?.items ?? []).flatMap((child) =>
                child.tests.map((test) => (
                  <Table.Tr key={test.id}>
                    <Table.Td>{child.name ?? child.studentId}</Table.Td>
                    <Table.Td>{t(`services.tests.kinds.${test.kind}`)}</Table.Td>
                    <Table.Td>{formatDate(test.date, i18n.language)}</Table.Td>
                    <Table.Td>{formatNumber(test.score, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() => remove.mutate(test.id)}
                        aria-label={t('services.tests.removeOf', {
                          name: child.name ?? child.studentId,
                          kind: t(`services.tests.kinds.${test.kind}`),
                        })}
                      >
                        {t('services.tests.remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </QueryState>
    </Stack>
  );
}
