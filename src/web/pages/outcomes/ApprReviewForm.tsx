import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { REVIEW_FIELDS, REVIEW_MAX_LENGTH, type ApprView } from './outcomes-types';

type Answers = Record<(typeof REVIEW_FIELDS)[number], string>;

/**
 * The subgrantee's review (seed 000, November): challenges, practices that address them, goals.
 * Its answers start from the review as read; the page mounts it anew for each saved version.
 */
export function ApprReviewForm({ appr, queryKey }: { appr: ApprView; queryKey: readonly unknown[] }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const canWrite = appr.abilities.review;
  const { version, challenges, practices, goals } = appr.review;
  const [answers, setAnswers] = useState<Answers>({ challenges, practices, goals });
  const save = useMutation({
    mutationFn: () =>
      api<ApprView>('PUT', `/api/appr/${appr.region.id}/${appr.period}`, { version, ...answers }),
    onSuccess: (saved) => client.setQueryData(queryKey, saved),
  });
  const problem = save.error instanceof ApiError ? save.error : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="review-title">
      <Title order={2} size="h4" id="review-title">
        {t('appr.review.title')}
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        {t('appr.review.intro')}
      </Text>
      <Stack mt="sm">
        {REVIEW_FIELDS.map((field) => (
          <Textarea
            key={field}
            label={t(`appr.review.${field}`)}
            description={t('appr.review.limit', { max: REVIEW_MAX_LENGTH })}
            autosize
            minRows={3}
            maxLength={REVIEW_MAX_LENGTH}
            readOnly={!canWrite}
            error={problem?.problemFor(field)}
            value={answers[field]}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setAnswers((current) => ({ ...current, [field]: value }));
            }}
          />
        ))}
        {problem && (
          <Alert color={problem.status === 409 ? 'orange' : 'red'} role="alert">
            {problem.status === 409 ? t('appr.review.conflict') : problem.message}
          </Alert>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed" aria-live="polite">
            {appr.review.savedAt
              ? t('appr.review.savedBy', {
                  name: appr.review.savedBy ?? '—',
                  when: formatDateTime(appr.review.savedAt, i18n.language),
                })
              : t('appr.review.notSaved')}
          </Text>
          {canWrite && (
            <Button type="submit" loading={save.isPending}>
              {t('appr.review.save')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
