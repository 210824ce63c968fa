import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError } from '../../app/api';
import { formatDate, todayInState } from '../../app/format';
import { LastSyncedNotice } from '../../components/LastSyncedNotice';
import { useSyncedQuery } from '../../offline/use-synced-query';
import { failureKind } from '../../offline/waiting-coe-sending';
import {
  MOVE_NOTICE_OUTCOMES,
  deadlineStatusOn,
  moveNoticesOfReferral,
  placeOf,
  type MoveNotice,
  type MoveNotices,
} from './move-notice-types';

const FORM_FIELDS = ['outcome', 'outcomeOn', 'movedToCity', 'movedToState'] as const;
const STATUS_COLORS = { met: 'teal', late: 'yellow', pending: 'blue', overdue: 'red' } as const;

/**
 * A task's MSIX move notice on the referral's page: where the family comes from, the deadline,
 * the outcome. Kept on the device with the referral when `keep` (ID8): without a network it
 * shows as last synced, read-only, its deadline as of today.
 */
export function MoveNoticePanel({ referralId, keep }: { referralId: string; keep: boolean }) {
  const { t, i18n } = useTranslation();
  const notices = useSyncedQuery<MoveNotices>({
    queryKey: ['move-notices', 'referral', referralId],
    url: moveNoticesOfReferral(referralId),
    keep,
  });
  const offline = notices.syncedAt !== null;
  if (notices.error && failureKind(notices.error) === 'network')
    return (
      <Alert color="blue" role="status">
        {t('moveNotices.offline.notKept')}
      </Alert>
    );
  return (
    <>
      {(notices.data?.items ?? []).map((notice) => {
        const date = (value: string | null) => formatDate(value, i18n.language);
        const status = offline ? deadlineStatusOn(notice, todayInState()) : notice.deadlineStatus;
        return (
          <Card withBorder component="section" aria-labelledby={`notice-${notice.id}`} key={notice.id}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="wrap">
                <Title order={2} size="h4" id={`notice-${notice.id}`}>
                  {t('moveNotices.panel.title', { noticeId: notice.noticeId })}
                </Title>
                <Badge color={STATUS_COLORS[status]} variant="outline" c="var(--mantine-color-text)">
                  {t(`moveNotices.statuses.${status}`)}
                </Badge>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                <Text>{t('moveNotices.panel.from', { place: placeOf(notice.from) })}</Text>
                <Text>{t('moveNotices.panel.to', { place: placeOf(notice.to) })}</Text>
                <Text>{t('moveNotices.panel.noticeDate', { date: date(notice.noticeDate) })}</Text>
                <Text fw={600}>{t('moveNotices.panel.due', { date: date(notice.dueDate) })}</Text>
                {notice.expectedArrival && (
                  <Text>{t('moveNotices.panel.arrival', { date: date(notice.expectedArrival) })}</Text>
                )}
                {notice.sender.name && (
                  <Text>
                    {t('moveNotices.panel.sender', { name: notice.sender.name })}
                    {notice.sender.phone && ` · ${notice.sender.phone}`}
                  </Text>
                )}
              </SimpleGrid>
              <Text fw={600} size="sm">
                {t('moveNotices.panel.children')}
              </Text>
              <List size="sm">
                {notice.children.map((child) => (
                  <List.Item key={child.msixId}>
                    {t('moveNotices.panel.child', {
                      name: [child.firstName, child.middleName, child.lastName1, child.lastName2]
                        .filter(Boolean)
                        .join(' '),
                      date: date(child.birthDate),
                      msixId: child.msixId,
                    })}
                  </List.Item>
                ))}
              </List>
              {notice.comments && (
                <Text size="sm">{t('moveNotices.panel.comments', { comments: notice.comments })}</Text>
              )}
              <OutcomeLine notice={notice} />
              <LastSyncedNotice
                syncedAt={notices.syncedAt}
                needsServer={
                  notice.abilities.answer ? t('moveNotices.offline.outcomeNeedsNetwork') : undefined
                }
              />
              {notice.abilities.answer && !offline && <OutcomeForm key={notice.id} notice={notice} />}
            </Stack>
          </Card>
        );
      })}
    </>
  );
}

function OutcomeLine({ notice }: { notice: MoveNotice }) {
  const { t, i18n } = useTranslation();
  if (!notice.outcome) return null;
  const { outcome } = notice;
  return (
    <Text size="sm" role="status">
      {t('moveNotices.panel.outcome', {
        outcome: t(`moveNotices.outcomes.${outcome.outcome}`),
        date: formatDate(outcome.outcomeOn, i18n.language),
      })}
      {outcome.movedToState &&
        ` · ${t('moveNotices.panel.movedTo', { place: placeOf({ city: outcome.movedToCity, state: outcome.movedToState }) })}`}
      {outcome.recordedBy && ` ${t('moveNotices.panel.recordedBy', { name: outcome.recordedBy })}`}{' '}
      {notice.sentOn
        ? t('moveNotices.panel.sent', { date: formatDate(notice.sentOn, i18n.language) })
        : t('moveNotices.panel.notSent')}
      {outcome.coeId && (
        <>
          {' '}
          <Anchor component={Link} to={`/coes/${outcome.coeId}`}>
            {t('moveNotices.panel.coe')}
          </Anchor>
        </>
      )}
    </Text>
  );
}

function OutcomeForm({ notice }: { notice: MoveNotice }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState({
    outcome: notice.outcome?.outcome ?? 'found-interviewed',
    outcomeOn: notice.outcome?.outcomeOn ?? todayInState(),
    movedToCity: notice.outcome?.movedToCity ?? '',
    movedToState: notice.outcome?.movedToState ?? '',
  });
  const save = useMutation({
    mutationFn: () =>
      api<MoveNotice>('PUT', `/api/msix/move-notices/${notice.id}/outcome`, {
        outcome: form.outcome,
        outcomeOn: form.outcomeOn,
        movedToCity: form.outcome === 'moved-on' ? form.movedToCity.trim() || null : null,
        movedToState: form.outcome === 'moved-on' ? form.movedToState.trim() || null : null,
        version: notice.version,
      }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['move-notices'] }),
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} aria-labelledby={`outcome-${notice.id}`}>
      <Title order={3} size="h5" id={`outcome-${notice.id}`} mt="xs">
        {t('moveNotices.form.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
        <Select
          label={t('moveNotices.form.outcome')}
          required
          allowDeselect={false}
          value={form.outcome}
          onChange={(value) =>
            value && setForm((current) => ({ ...current, outcome: value as typeof current.outcome }))
          }
          data={MOVE_NOTICE_OUTCOMES.map((value) => ({ value, label: t(`moveNotices.outcomes.${value}`) }))}
          error={error?.problemFor('outcome')}
        />
        <TextInput
          type="date"
          label={t('moveNotices.form.outcomeOn')}
          required
          value={form.outcomeOn}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setForm((current) => ({ ...current, outcomeOn: value }));
          }}
          error={error?.problemFor('outcomeOn')}
        />
        {form.outcome === 'moved-on' && (
          <>
            <TextInput
              label={t('moveNotices.form.movedToCity')}
              value={form.movedToCity}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setForm((current) => ({ ...current, movedToCity: value }));
              }}
              error={error?.problemFor('movedToCity')}
            />
            <TextInput
              label={t('moveNotices.form.movedToState')}
              maxLength={2}
              value={form.movedToState}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setForm((current) => ({ ...current, movedToState: value }));
              }}
              error={error?.problemFor('movedToState')}
            />
          </>
        )}
      </SimpleGrid>
      {error && !FORM_FIELDS.some((field) => error.problemFor(field)) && (
        <Alert color="red" role="alert" mt="xs">
          {error.message}
        </Alert>
      )}
      {save.isSuccess && (
        <Alert color="teal" role="status" mt="xs">
          {t('moveNotices.form.saved')}
        </Alert>
      )}
      <Button type="submit" mt="sm" loading={save.isPending}>
        {t('moveNotices.form.save')}
      </Button>
    </form>
  );
}
