import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, queryString } from '../../app/api';
import { formatNumber } from '../../app/format';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import { ASSESSMENT_LEVELS, ASSESSMENT_SUBJECTS, type AssessmentResult } from './assessment-types';

const PAGE_SIZE = 50;

const pathOf = (r: AssessmentResult) =>
  `/api/assessments/${encodeURIComponent(r.studentId)}/${r.subject}/${r.schoolYear}`;

/** The results in the user's scope with filters; each can be corrected or removed. */
export function ResultListCard() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [studentId, setStudentId] = useState('');
  const [subject, setSubject] = useState<string | null>(null);
  const [schoolYear, setSchoolYear] = useState('');
  const [editing, setEditing] = useState<AssessmentResult | null>(null);
  const filter = {
    studentId: studentId.trim() || undefined,
    subject: subject ?? undefined,
    schoolYear: /^\d{4}-\d{2}$/.test(schoolYear) ? schoolYear : undefined,
    limit: PAGE_SIZE,
  };
  const list = useQuery({
    queryKey: ['assessments', filter],
    queryFn: () =>
      api<{ items: AssessmentResult[]; total: number }>('GET', `/api/assessments${queryString(filter)}`),
    placeholderData: keepPreviousData,
  });
  const remove = useMutation({
    mutationFn: (r: AssessmentResult) => api('DELETE', `${pathOf(r)}?version=${r.version}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['assessments'] }),
  });

  return (
    <Card withBorder component="section" aria-labelledby="results-title">
      <Title order={2} size="h4" id="results-title">
        {t('assessments.list.title')}
      </Title>
      <Group align="end" wrap="wrap" mt="sm">
        <TextInput
          label={t('assessments.fields.studentId')}
          value={studentId}
          onChange={(e) => setStudentId(e.currentTarget.value)}
          w={{ base: '100%', xs: 200 }}
        />
        <Select
          label={t('assessments.fields.subject')}
          placeholder={t('assessments.list.allSubjects')}
          clearable
          value={subject}
          onChange={setSubject}
          data={ASSESSMENT_SUBJECTS.map((s) => ({ value: s, label: t(`assessments.subjects.${s}`) }))}
          w={{ base: '100%', xs: 220 }}
        />
        <TextInput
          label={t('assessments.fields.schoolYear')}
          placeholder="2023-24"
          value={schoolYear}
          onChange={(e) => setSchoolYear(e.currentTarget.value)}
          w={{ base: '100%', xs: 140 }}
        />
      </Group>
      {remove.error && <ErrorAlert error={remove.error} />}
      <QueryState isPending={list.isPending} error={list.error}>
        <Text size="sm" mt="sm" aria-live="polite">
          {t('assessments.list.count', {
            count: list.data?.total ?? 0,
            formatted: formatNumber(list.data?.total ?? 0, i18n.language),
          })}
        </Text>
        {(list.data?.items.length ?? 0) > 0 && (
          <ScrollTable minWidth={640} label={t('assessments.list.title')}>
            <Table striped mt="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('assessments.fields.student')}</Table.Th>
                  <Table.Th scope="col">{t('assessments.fields.subject')}</Table.Th>
                  <Table.Th scope="col">{t('assessments.fields.schoolYear')}</Table.Th>
                  <Table.Th scope="col">{t('assessments.fields.level')}</Table.Th>
                  <Table.Th scope="col">{t('assessments.fields.source')}</Table.Th>
                  <Table.Th scope="col">{t('assessments.list.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data!.items.map((r) => (
                  <Table.Tr key={`${r.studentId}-${r.subject}-${r.schoolYear}`}>
                    <Table.Td>
                      {r.child ? (
                        <Anchor component={Link} to={`/children/${r.child.id}`}>
                          {r.child.name}
                        </Anchor>
                      ) : null}
                      <Text size="xs" c="dimmed">
                        {r.studentId}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`assessments.subjects.${r.subject}`)}</Table.Td>
                    <Table.Td>{r.schoolYear}</Table.Td>
                    <Table.Td>
                      {t(`assessments.levels.${r.subject}.${r.level}`)}{' '}
                      {r.belowProficient && (
                        <Badge color="red.9" variant="filled">
                          {t('assessments.belowProficient')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`assessments.sources.${r.source}`)}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => setEditing(r)}>
                          {t('assessments.list.correct')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          loading={remove.isPending && remove.variables === r}
                          onClick={() => {
                            if (window.confirm(t('assessments.list.confirmRemove'))) remove.mutate(r);
                          }}
                        >
                          {t('assessments.list.remove')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </QueryState>
      {editing && <CorrectLevelDialog result={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

function CorrectLevelDialog({ result, onClose }: { result: AssessmentResult; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [level, setLevel] = useState<string | null>(String(result.level));
  const save = useMutation({
    mutationFn: () => api('PUT', pathOf(result), { level: Number(level), version: result.version }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['assessments'] });
      onClose();
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      centered
      title={t('assessments.list.correctTitle', {
        student: result.child?.name || result.studentId,
        subject: t(`assessments.subjects.${result.subject}`),
        year: result.schoolYear,
      })}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <Select
            label={t('assessments.fields.level')}
            data-autofocus
            allowDeselect={false}
            value={level}
            onChange={setLevel}
            data={ASSESSMENT_LEVELS.map((l) => ({
              value: String(l),
              label: t(`assessments.levels.${result.subject}.${l}`),
            }))}
          />
          {save.error && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('assessments.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('assessments.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
