import { Badge, Button, Card, Group, Select, Stack, TagsInput, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { ErrorAlert } from '../../components/QueryState';
import { STAKEHOLDER_GROUPS, type SdpDevelopment } from './plan-development-types';

/** Stakeholder feedback on the draft by group and theme, each with its response. */
export function FeedbackSection({ development }: { development: SdpDevelopment }) {
  const { t, i18n } = useTranslation();
  const [theme, setTheme] = useState<string | null>(null);
  const themes = [...new Set(development.feedback.flatMap((comment) => comment.themes))].sort();
  const shown = development.feedback.filter((comment) => !theme || comment.themes.includes(theme));
  return (
    <Stack>
      {development.abilities.contribute && <AddFeedbackForm developmentId={development.id} />}
      {themes.length > 0 && (
        <Select
          label={t('planDevelopment.filterTheme')}
          data={themes}
          value={theme}
          onChange={setTheme}
          clearable
          placeholder={t('planDevelopment.allThemes')}
          w={{ base: '100%', sm: 280 }}
        />
      )}
      {development.feedback.length === 0 && <Text>{t('planDevelopment.noFeedback')}</Text>}
      {STAKEHOLDER_GROUPS.map((group) => {
        const comments = shown.filter((comment) => comment.group === group);
        if (comments.length === 0) return null;
        return (
          <Stack key={group} gap="xs" component="section" aria-labelledby={`group-${group}`}>
            <Title order={2} id={`group-${group}`}>
              {t(`planDevelopment.group.${group}`)}
            </Title>
            {comments.map((comment) => (
              <Card key={comment.id} withBorder padding="sm">
                <Stack gap={4}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {comment.comment}
                  </Text>
                  <Group gap={4} wrap="wrap">
                    {comment.themes.map((tag) => (
                      <Badge key={tag} variant="outline" color="blue.9">
                        {tag}
                      </Badge>
                    ))}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {comment.recordedByLabel} · {formatDateTime(comment.createdAt, i18n.language)}
                  </Text>
                  {comment.response ? (
                    <Text size="sm">
                      <Text span fw={600}>
                        {t('planDevelopment.response')}:
                      </Text>{' '}
                      {comment.response}
                    </Text>
                  ) : development.abilities.manage ? (
                    <RespondForm developmentId={development.id} comment={comment} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('planDevelopment.noResponse')}
                    </Text>
                  )}
                </Stack>
              </Card>
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}

function AddFeedbackForm({ developmentId }: { developmentId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [group, setGroup] = useState<string>('pac');
  const [themes, setThemes] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const add = useMutation({
    mutationFn: () =>
      api('POST', `/api/plan-development/${developmentId}/feedback`, { group, themes, comment }),
    onSuccess: async () => {
      setComment('');
      setThemes([]);
      await client.invalidateQueries({ queryKey: ['plan-development', developmentId] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  const commentError = add.error instanceof ApiError ? add.error.problemFor('comment') : undefined;
  return (
    <form onSubmit={submit} aria-label={t('planDevelopment.addFeedback')}>
      <Stack gap="xs">
        <Title order={2}>{t('planDevelopment.addFeedback')}</Title>
        <Select
          label={t('planDevelopment.groupLabel')}
          data={STAKEHOLDER_GROUPS.map((g) => ({ value: g, label: t(`planDevelopment.group.${g}`) }))}
          value={group}
          onChange={(value) => setGroup(value ?? 'pac')}
          allowDeselect={false}
          w={{ base: '100%', sm: 320 }}
        />
        <TagsInput
          label={t('planDevelopment.themes')}
          description={t('planDevelopment.themesHint')}
          value={themes}
          onChange={setThemes}
          maxTags={10}
        />
        <Textarea
          label={t('planDevelopment.comment')}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          error={commentError}
          autosize
          minRows={3}
          maxLength={4000}
          required
        />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('planDevelopment.addFeedbackButton')}
          </Button>
        </Group>
        {add.error && !commentError && <ErrorAlert error={add.error} />}
      </Stack>
    </form>
  );
}

function RespondForm({
  developmentId,
  comment,
}: {
  developmentId: string;
  comment: SdpDevelopment['feedback'][number];
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [response, setResponse] = useState('');
  const respond = useMutation({
    mutationFn: () =>
      api('PUT', `/api/plan-development/${developmentId}/feedback/${comment.id}`, {
        version: comment.version,
        response,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['plan-development', developmentId] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    respond.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={t('planDevelopment.respondTo')}>
      <Stack gap="xs">
        <Textarea
          label={t('planDevelopment.response')}
          value={response}
          onChange={(event) => setResponse(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={4000}
          required
        />
        <Group>
          <Button type="submit" variant="light" loading={respond.isPending}>
            {t('planDevelopment.recordResponse')}
          </Button>
        </Group>
        {respond.error && <ErrorAlert error={respond.error} />}
      </Stack>
    </form>
  );
}
