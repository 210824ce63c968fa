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
import { useWaitingCoes } from '../../offline/use-waiting-coes';
import type { WaitingCoe } from '../../offline/waiting-coes';
import { serverCopyIsLater } from './use-kept-interview';

interface InProgress {
  id: string;
  label: string;
  updatedAt: string;
  unsent: boolean;
}

/**
 * The recruiter's COEs waiting on this device for the network (ID7), and the interviews in
 * progress (ID1), on this device and on the server (started on
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
    networkMode: 'always',
  });
  const onServer = useQuery({
    queryKey: ['interview-drafts'],
    queryFn: () => api<Static<typeof InterviewDraftListReply>>('GET', '/api/interview-drafts'),
    staleTime: 0,
    retry: false,
  });
  const waiting = useWaitingCoes();
  const waitingCoes = waiting.data ?? [];
  // an interview whose COE waits is listed as its COE, not as an interview to continue
  const handedOver = new Set(waitingCoes.map((coe) => coe.draftId));
  const serverDrafts = new Map((onServer.data?.items ?? []).map((draft) => [draft.id, draft]));
  const byId = new Map<string, InProgress>();
  for (const draft of serverDrafts.values()) byId.set(draft.id, { ...draft, unsent: false });
  for (const kept of onDevice.data ?? []) {
    const server = serverDrafts.get(kept.id);
    if (!server || !serverCopyIsLater(kept, server)) byId.set(kept.id, kept);
  }
  const items = [...byId.values()]
    .filter((item) => !handedOver.has(item.id))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  if (items.length === 0 && waitingCoes.length === 0) return null;
  return (
    <Card withBorder>
      <Title order={2} size="h4">
        {t('interview.inProgress.title')}
      </Title>
      <List mt="sm" spacing="xs">
        {waitingCoes.map((coe) => (
          <WaitingCoeItem key={coe.draftId} coe={coe} />
        ))}
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

/** A COE kept on this device: waiting for the network, or refused by the server and waiting for the recruiter (ID7.2). */
function WaitingCoeItem({ coe }: { coe: WaitingCoe }) {
  const { t, i18n } = useTranslation();
  const family = coe.label || t('interview.inProgress.noFamily');
  // a correction the COE's change on the server, or a signature to take again, stopped (ID7.4)
  const stopped = coe.refusal?.reason;
  if (stopped)
    return (
      <List.Item>
        <Text size="sm" fw={700} c="red.9">
          {stopped === 'conflict'
            ? t('interview.inProgress.correctionConflict', { family })
            : t('interview.inProgress.correctionSignature', { family })}
        </Text>
        <Anchor component={Link} to={`/interview?draft=${coe.draftId}`} size="sm">
          {stopped === 'conflict' ? t('interview.inProgress.compare') : t('interview.inProgress.correct')}
        </Anchor>
      </List.Item>
    );
  if (coe.refusal)
    return (
      <List.Item>
        <Text size="sm" fw={700} c="red.9">
          {coe.label
            ? t('interview.inProgress.refusedWith', { family: coe.label })
            : t('interview.inProgress.refused')}
        </Text>
        <Text size="sm">{coe.refusal.message}</Text>
        <Anchor component={Link} to={`/interview?draft=${coe.draftId}`} size="sm">
          {t('interview.inProgress.correct')}
        </Anchor>
      </List.Item>
    );
  return (
    <List.Item>
      <Text size="sm">
        {coe.correction
          ? t('interview.inProgress.correctionWaiting', { family })
          : coe.label
            ? t('interview.inProgress.waitingWith', { family: coe.label })
            : t('interview.inProgress.waiting')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('interview.inProgress.waitingSince', { when: formatDateTime(coe.keptAt, i18n.language) })}
      </Text>
    </List.Item>
  );
}
