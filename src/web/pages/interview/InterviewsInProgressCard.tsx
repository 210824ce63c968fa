import { Anchor, Card, List, Text, Title } from '@mantine/core';
import type { Static } from '@sinclair/typebox';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InterviewDraftListReply } from '../../../server/routes/interview-drafts/interview-drafts.schemas';
import { api } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { useSession } from '../../app/session';
import { listKeptInterviews } from '../../offline/kept-interviews';
import { serverCopyIsLater } from './use-kept-interview';

interface InProgress {
  id: string;
  label: string;
  updatedAt: string;
  unsent: boolean;
}

/**
 * The recruiter's interviews in progress (ID1), on this device and on the server (started on
 * another device), the latest first: "Continue the interview with the García family". Of two
 * copies of one draft, the one the interview will open.
 */
export function InterviewsInProgressCard() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const onDevice = useQuery({
    queryKey: ['kept-interviews', me.id],
    queryFn: () => listKeptInterviews(me.id),
    staleTime: 0,
  });
  const onServer = useQuery({
    queryKey: ['interview-drafts'],
    queryFn: () => api<Static<typeof InterviewDraftListReply>>('GET', '/api/interview-drafts'),
    staleTime: 0,
    retry: false,
  });
  const serverDrafts = new Map((onServer.data?.items ?? []).map((draft) => [draft.id, draft]));
  const byId = new Map<string, InProgress>();
  for (const draft of serverDrafts.values()) byId.set(draft.id, { ...draft, unsent: false });
  for (const kept of onDevice.data ?? []) {
    const server = serverDrafts.get(kept.id);
    if (!server || !serverCopyIsLater(kept, server)) byId.set(kept.id, kept);
  }
  const items = [...byId.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  if (items.length === 0) return null;
  return (
    <Card withBorder>
      <Title order={2} size="h4">
        {t('interview.inProgress.title')}
      </Title>
      <List mt="sm" spacing="xs">
        {items.map((item) => (
          <List.Item key={item.id}>
            <Anchor component={Link} to={`/interview?draft=${item.id}`}>
              {item.label
                ? t('interview.inProgress.continueWith', { family: item.label })
                : t('interview.inProgress.continue')}
            </Anchor>
            <Text size="xs" c="dimmed">
              {item.unsent
                ? t('interview.inProgress.changedOnDevice', {
                    when: formatDateTime(item.updatedAt, i18n.language),
                  })
                : t('interview.inProgress.changed', { when: formatDateTime(item.updatedAt, i18n.language) })}
            </Text>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
