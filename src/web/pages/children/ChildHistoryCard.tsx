import { Alert, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { Static } from '@sinclair/typebox';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { formatDate } from '../../app/format';
import { QueryState } from '../../components/QueryState';
import type {
  ChildHistoryReply,
  LinkChildHistoryBody,
} from '../../../server/routes/children/child-history.schemas';

type ChildHistory = Static<typeof ChildHistoryReply>;
type Candidate = ChildHistory['candidates'][number];

/**
 * IR4.2: the imported qualification history students that may be this child (by the child's
 * number, or born on the child's birth date, or with day and month swapped, in the child's
 * region), and, for those who may change the child, "This is the same child" / "Not this
 * child" for each, saved at the version read.
 */
export function ChildHistoryCard({ childId, canEdit }: { childId: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const queryKey = ['child', childId, 'history'];
  const [saved, setSaved] = useState<string | null>(null);
  const history = useQuery({
    queryKey,
    queryFn: () => api<ChildHistory>('GET', `/api/children/${childId}/history`),
  });
  const answer = useMutation({
    mutationFn: (body: Static<typeof LinkChildHistoryBody>) =>
      api<ChildHistory>('PUT', `/api/children/${childId}/history`, body),
    onMutate: () => setSaved(null),
    onSuccess: (reply, body) => {
      client.setQueryData(queryKey, reply);
      // The child's version moved on: its page reads it again before another edit.
      void client.invalidateQueries({ queryKey: ['child', childId], exact: true });
      setSaved(
        body.historyStudentId
          ? t('child.history.confirmedSame', { id: body.historyStudentId })
          : t('child.history.savedNotThis'),
      );
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void client.invalidateQueries({ queryKey });
    },
  });
  const error = answer.error instanceof ApiError ? answer.error : null;
  const date = (value: string) => formatDate(value, i18n.language);
  const data = history.data;

  const confirmSame = (candidate: Candidate) =>
    data &&
    answer.mutate({
      historyStudentId: candidate.studentId,
      notThisChild: data.notThisChild.filter((id) => id !== candidate.studentId),
      version: data.version,
    });
  const sayNotThis = (candidate: Candidate) =>
    data &&
    answer.mutate({
      historyStudentId: data.historyStudentId === candidate.studentId ? null : data.historyStudentId,
      notThisChild: [...data.notThisChild, candidate.studentId],
      version: data.version,
    });
  const askAgain = (candidate: Candidate) =>
    data &&
    answer.mutate({
      historyStudentId: data.historyStudentId,
      notThisChild: data.notThisChild.filter((id) => id !== candidate.studentId),
      version: data.version,
    });

  return (
    <Card withBorder component="section" aria-labelledby="child-history-title">
      <Title order={2} size="h3" id="child-history-title">
        {t('child.history.title')}
      </Title>
      <Text size="sm" mt="xs">
        {t('child.history.intro')}
      </Text>
      <QueryState isPending={history.isPending} error={history.error}>
        {data && (
          <Stack mt="sm" gap="sm">
            <Text fw={600}>
              {data.historyStudentId
                ? t('child.history.isHistory', { id: data.historyStudentId })
                : t('child.history.noneConfirmed')}
            </Text>
            {error && (
              <Alert color="red" role="alert" title={t('child.history.notSaved')}>
                {error.status === 409 && error.problemFor('version')
                  ? t('child.history.stale')
                  : error.message}
              </Alert>
            )}
            {saved && !answer.isPending && (
              <Alert color="teal" role="status">
                {saved}
              </Alert>
            )}
            {data.candidates.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('child.history.noCandidates')}
              </Text>
            ) : (
              <List listStyleType="none" spacing="sm" aria-label={t('child.history.candidates')}>
                {data.candidates.map((candidate) => (
                  <List.Item key={candidate.studentId}>
                    <CandidateItem
                      candidate={candidate}
                      isLinked={data.historyStudentId === candidate.studentId}
                      canEdit={canEdit}
                      busy={answer.isPending}
                      date={date}
                      onSame={() => confirmSame(candidate)}
                      onNotThis={() => sayNotThis(candidate)}
                      onAskAgain={() => askAgain(candidate)}
                    />
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}

/** One history student: its number, birth date and records, what is known of it, and the answers. */
function CandidateItem({
  candidate,
  isLinked,
  canEdit,
  busy,
  date,
  onSame,
  onNotThis,
  onAskAgain,
}: {
  candidate: Candidate;
  isLinked: boolean;
  canEdit: boolean;
  busy: boolean;
  date: (value: string) => string;
  onSame: () => void;
  onNotThis: () => void;
  onAskAgain: () => void;
}) {
  const { t } = useTranslation();
  const id = candidate.studentId;
  return (
    <Card withBorder padding="sm">
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Text fw={600}>{t('child.history.studentNumber', { id })}</Text>
          {isLinked && <Badge color="teal">{t('child.history.sameChild')}</Badge>}
          {candidate.notThisChild && <Badge color="gray">{t('child.history.notThisChildBadge')}</Badge>}
          {candidate.byNumber && <Badge variant="outline">{t('child.history.byNumber')}</Badge>}
          {candidate.linkedElsewhere && (
            <Badge color="orange" variant="outline">
              {t('child.history.linkedElsewhere')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {t('child.history.born', { date: date(candidate.birthDate) })} ·{' '}
          {t('child.history.records', {
            count: candidate.records,
            from: date(candidate.firstRecruitmentDate),
            to: date(candidate.lastRecruitmentDate),
          })}
        </Text>
        {canEdit && (
          <Group gap="xs" mt={4}>
            {!isLinked && !candidate.linkedElsewhere && (
              <Button
                size="xs"
                onClick={onSame}
                disabled={busy}
                aria-label={t('child.history.sameChildFor', { id })}
              >
                {t('child.history.sameChildButton')}
              </Button>
            )}
            {candidate.notThisChild ? (
              <Button
                size="xs"
                variant="default"
                onClick={onAskAgain}
                disabled={busy}
                aria-label={t('child.history.askAgainFor', { id })}
              >
                {t('child.history.askAgain')}
              </Button>
            ) : (
              <Button
                size="xs"
                variant="default"
                onClick={onNotThis}
                disabled={busy}
                aria-label={t('child.history.notThisChildFor', { id })}
              >
                {t('child.history.notThisChildButton')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
