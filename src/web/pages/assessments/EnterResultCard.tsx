import { Alert, Button, Card, Select, SimpleGrid, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { ASSESSMENT_LEVELS, ASSESSMENT_SUBJECTS, type AssessmentResult } from './assessment-types';

/** Type one result by hand. */
export function EnterResultCard() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [studentId, setStudentId] = useState('');
  const [subject, setSubject] = useState<string | null>('ELA');
  const [schoolYear, setSchoolYear] = useState('');
  const [level, setLevel] = useState<string | null>(null);
  const enter = useMutation({
    mutationFn: () =>
      api<AssessmentResult>('POST', '/api/assessments', {
        studentId: studentId.trim(),
        subject,
        schoolYear: schoolYear.trim(),
        level: Number(level),
      }),
    onSuccess: async () => {
      setStudentId('');
      setLevel(null);
      await client.invalidateQueries({ queryKey: ['assessments'] });
    },
  });
  const error = enter.error instanceof ApiError ? enter.error : null;
  const subjectKey = subject ?? 'ELA';

  return (
    <Card withBorder component="section" aria-labelledby="enter-title">
      <Title order={2} size="h4" id="enter-title">
        {t('assessments.enter.title')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          enter.mutate();
        }}
      >
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} mt="sm">
          <TextInput
            label={t('assessments.fields.studentId')}
            required
            value={studentId}
            onChange={(e) => setStudentId(e.currentTarget.value)}
            error={error?.problemFor('studentId')}
          />
          <Select
            label={t('assessments.fields.subject')}
            required
            allowDeselect={false}
            value={subject}
            onChange={setSubject}
            data={ASSESSMENT_SUBJECTS.map((s) => ({ value: s, label: t(`assessments.subjects.${s}`) }))}
            error={error?.problemFor('subject')}
          />
          <TextInput
            label={t('assessments.fields.schoolYear')}
            placeholder="2023-24"
            required
            value={schoolYear}
            onChange={(e) => setSchoolYear(e.currentTarget.value)}
            error={error?.problemFor('schoolYear')}
          />
          <Select
            label={t('assessments.fields.level')}
            required
            allowDeselect={false}
            value={level}
            onChange={setLevel}
            data={ASSESSMENT_LEVELS.map((l) => ({
              value: String(l),
              label: t(`assessments.levels.${subjectKey}.${l}`),
            }))}
            error={error?.problemFor('level')}
          />
        </SimpleGrid>
        <Button type="submit" mt="md" loading={enter.isPending} disabled={!level}>
          {t('assessments.enter.submit')}
        </Button>
      </form>
      {enter.error && (
        <Alert color="red" role="alert" mt="sm">
          {enter.error instanceof ApiError ? enter.error.message : String(enter.error)}
        </Alert>
      )}
      {enter.isSuccess && (
        <Alert color="ciclo" role="status" mt="sm">
          {t('assessments.enter.done')}
        </Alert>
      )}
    </Card>
  );
}
