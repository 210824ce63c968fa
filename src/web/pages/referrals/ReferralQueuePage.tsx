import type { Static } from '@sinclair/typebox';
import { Alert, Anchor, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError, queryString } from '../../app/api';
import { formatNumber, fullName } from '../../app/format';
import { useSession } from '../../app/session';
import { PageNavigation } from '../../components/PageNavigation';
import { QueryState } from '../../components/QueryState';
import { LastSyncedNotice } from '../../components/LastSyncedNotice';
import { keepsCopies, useSyncedQuery } from '../../offline/use-synced-query';
import type { UserListReply } from '../../../server/routes/users/users.schemas';
import type { AssignReferralsReply } from '../../../server/routes/referrals/referrals.schemas';
import { NewReferralDialog } from './NewReferralDialog';
import { QuotaCard } from './QuotaCard';
import { RecruiterScheduleDialog } from './RecruiterScheduleDialog';
import { ReferralCard } from './ReferralCard';
import type { Referral } from './referral-types';

const PAGE_SIZE = 25;

/** The contact queue: a recruiter's referrals, or the region's for a manager who assigns them. */
export function ReferralQueuePage() {
  const { t, i18n } = useTranslation();
  const { me, can } = useSession();
  const client = useQueryClient();
  const isManager = can('referral.assign');
  const [params, setParams] = useSearchParams();
  const assignee = params.get('assignee') ?? (isManager ? 'all' : 'me');
  const status = params.get('status') ?? 'open';
  const page = Number(params.get('page') ?? '1');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [recruiter, setRecruiter] = useState<string | null>(null);
  // who enters referrals by hand: those who import lists or contact families (canEnterReferral)
  const canEnter = can('referral.import') || can('referral.contact');
  const [dialog, setDialog] = useState<'new-referral' | 'schedules' | null>(null);
  const [entered, setEntered] = useState<Referral | null>(null);

  // A recruiter's own queue is kept on the device, to read offline as last synced (ID8).
  const queue = useSyncedQuery<{ items: Referral[]; total: number }>({
    queryKey: ['referrals', assignee, status, page],
    url: `/api/referrals${queryString({ assignee, status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })}`,
    keep: assignee === 'me' && keepsCopies(can),
    keepPrevious: true,
  });
  const users = useQuery({
    queryKey: ['users'],
    queryFn: () => api<Static<typeof UserListReply>>('GET', '/api/users'),
    enabled: isManager,
  });
  const recruiters = (users.data?.items ?? []).filter(
    (user) => user.role === 'recruiter' && user.isActive && user.regionNumber === me.regionNumber,
  );
  const assign = useMutation({
    mutationFn: () =>
      api<Static<typeof AssignReferralsReply>>('POST', '/api/referrals/assignments', {
        referralIds: [...selected],
        recruiterId: recruiter,
      }),
    onSuccess: () => {
      setSelected(new Set());
      void client.invalidateQueries({ queryKey: ['referrals'] });
    },
  });
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setParams(next, { replace: true });
  };
  const total = queue.data?.total ?? 0;

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('referrals.title')}</Title>
        <Group gap="xs">
          {canEnter && (
            <Button
              onClick={() => setDialog('new-referral')}
              disabled={queue.syncedAt !== null}
              title={queue.syncedAt !== null ? t('referrals.entry.needsNetwork') : undefined}
            >
              {t('referrals.entry.open')}
            </Button>
          )}
          {can('referral.import') && (
            <Anchor component={Link} to="/referrals/import">
              {t('referrals.importList')}
            </Anchor>
          )}
          {isManager && (
            <Anchor component={Link} to="/referrals/rules">
              {t('referrals.rules.link')}
            </Anchor>
          )}
        </Group>
      </Group>
      {entered && (
        <Alert
          color="teal"
          role="status"
          withCloseButton
          onClose={() => setEntered(null)}
          closeButtonLabel={t('referrals.entry.dismiss')}
        >
          {t('referrals.entry.entered', { name: fullName(entered), priority: entered.priority })}{' '}
          <Anchor component={Link} to={`/referrals/${entered.id}`}>
            {t('referrals.entry.openEntered')}
          </Anchor>
        </Alert>
      )}
      {dialog === 'new-referral' && (
        <NewReferralDialog
          onClose={() => setDialog(null)}
          onEntered={(referral) => {
            setDialog(null);
            setEntered(referral);
            void client.invalidateQueries({ queryKey: ['referrals'] });
            void client.invalidateQueries({ queryKey: ['referral-quota'] });
          }}
        />
      )}
      {dialog === 'schedules' && (
        <RecruiterScheduleDialog
          recruiters={recruiters}
          initialId={recruiters.some((user) => user.id === assignee) ? assignee : null}
          onClose={() => setDialog(null)}
        />
      )}
      <LastSyncedNotice
        syncedAt={queue.syncedAt}
        needsServer={isManager ? t('referrals.offline.assignNeedsNetwork') : undefined}
      />
      {can('referral.contact') && assignee === 'me' && <QuotaCard />}
      <Group align="end" wrap="wrap">
        <Select
          label={t('referrals.assignee')}
          value={assignee}
          onChange={(value) => set('assignee', value)}
          allowDeselect={false}
          data={[
            { value: 'me', label: t('referrals.assignees.me') },
            ...(isManager
              ? [
                  { value: 'all', label: t('referrals.assignees.all') },
                  { value: 'unassigned', label: t('referrals.assignees.unassigned') },
                  ...recruiters.map((user) => ({ value: user.id, label: user.displayName })),
                ]
              : []),
          ]}
        />
        <Select
          label={t('referrals.status')}
          value={status}
          onChange={(value) => set('status', value)}
          allowDeselect={false}
          data={['open', 'pending', 'in-progress', 'interviewed', 'closed'].map((value) => ({
            value,
            label: t(`referrals.statuses.${value}`),
          }))}
        />
      </Group>
      {isManager && (
        <Group align="end" wrap="wrap">
          <Select
            label={t('referrals.assignTo')}
            placeholder={t('referrals.nobody')}
            clearable
            value={recruiter}
            onChange={setRecruiter}
            data={recruiters.map((user) => ({ value: user.id, label: user.displayName }))}
          />
          <Button
            disabled={selected.size === 0 || queue.syncedAt !== null}
            loading={assign.isPending}
            onClick={() => assign.mutate()}
          >
            {t(recruiter ? 'referrals.assignSelected' : 'referrals.unassignSelected', {
              count: selected.size,
            })}
          </Button>
          {assign.error instanceof ApiError && (
            <Text c="red" role="alert">
              {assign.error.message}
            </Text>
          )}
          {assign.data && (
            <Text role="status">{t('referrals.assigned', { count: assign.data.assigned })}</Text>
          )}
          <Button variant="default" onClick={() => setDialog('schedules')} disabled={queue.syncedAt !== null}>
            {t('referrals.schedule.open')}
          </Button>
        </Group>
      )}
      <QueryState isPending={queue.isPending} error={queue.error}>
        <Text size="sm" aria-live="polite">
          {t('referrals.count', { count: total, formatted: formatNumber(total, i18n.language) })}
        </Text>
        <Stack
          gap="xs"
          component="ol"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('referrals.title')}
        >
          {queue.data?.items.map((referral) => (
            <ReferralCard
              key={referral.id}
              referral={referral}
              selected={selected.has(referral.id)}
              onSelect={
                isManager
                  ? (checked) =>
                      setSelected((current) => {
                        const next = new Set(current);
                        if (checked) next.add(referral.id);
                        else next.delete(referral.id);
                        return next;
                      })
                  : undefined
              }
            />
          ))}
        </Stack>
        <PageNavigation total={total} pageSize={PAGE_SIZE} />
      </QueryState>
    </Stack>
  );
}
