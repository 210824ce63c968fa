import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { formatDate } from '../../app/format';
import { QueryState } from '../../components/QueryState';
import type { RecruiterSchedule } from './referral-types';

/** Monday first, as a working week is read; 0 is Sunday as the API counts. */
const WEEK = [1, 2, 3, 4, 5, 6, 0] as const;

/** The name of a weekday (0 Sunday … 6 Saturday) in the reader's language: 2023-01-01 was a Sunday. */
function weekdayName(day: number, language: string): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2023, 0, 1 + day)));
}

interface Draft {
  weekdays: string[];
  leave: Array<{ from: string; to: string }>;
}

const draftOf = (schedule: RecruiterSchedule): Draft => ({
  weekdays: schedule.weekdays.map(String),
  leave: schedule.leave.map((range) => ({ ...range })),
});

/** One recruiter's working weekdays and leave, saved at the version read. */
function ScheduleForm({ userId, name }: { userId: string; name: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const queryKey = ['recruiter-schedule', userId];
  const saved = useQuery({
    queryKey,
    queryFn: () => api<RecruiterSchedule>('GET', `/api/recruiters/${userId}/schedule`),
  });
  const [draft, setDraft] = useState<Draft | null>(null);
  useEffect(() => {
    if (saved.data) setDraft(draftOf(saved.data));
  }, [saved.data]);
  const save = useMutation({
    mutationFn: (next: Draft) =>
      api<RecruiterSchedule>('PUT', `/api/recruiters/${userId}/schedule`, {
        weekdays: next.weekdays.map(Number),
        leave: next.leave,
        version: saved.data?.version ?? 0,
      }),
    onSuccess: (reply) => {
      client.setQueryData(queryKey, reply);
      void client.invalidateQueries({ queryKey: ['referral-quota'] });
    },
    onError: (error) => {
      // changed by someone else since it was read: show theirs, to be changed again
      if (error instanceof ApiError && error.status === 409) void client.invalidateQueries({ queryKey });
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const isConflict = error?.status === 409;
  const setLeave = (index: number, change: Partial<Draft['leave'][number]>) =>
    setDraft(
      (current) =>
        current && {
          ...current,
          leave: current.leave.map((range, i) => (i === index ? { ...range, ...change } : range)),
        },
    );

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (draft) save.mutate(draft);
  }

  return (
    <QueryState isPending={saved.isPending} error={saved.error}>
      {draft && saved.data && (
        <form onSubmit={handleSubmit} noValidate aria-label={t('referrals.schedule.formOf', { name })}>
          <Stack gap="sm">
            {saved.data.isDefault && <Text size="sm">{t('referrals.schedule.default')}</Text>}
            <Checkbox.Group
              label={t('referrals.schedule.weekdays')}
              description={t('referrals.schedule.weekdaysHint')}
              value={draft.weekdays}
              onChange={(weekdays) => setDraft({ ...draft, weekdays })}
              error={isConflict ? undefined : error?.problemFor('weekdays')}
            >
              <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs" mt={6}>
                {WEEK.map((day) => (
                  <Checkbox key={day} value={String(day)} label={weekdayName(day, i18n.language)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <Title order={3} size="h6">
              {t('referrals.schedule.leave')}
            </Title>
            {draft.leave.length === 0 && <Text size="sm">{t('referrals.schedule.noLeave')}</Text>}
            {draft.leave.map((range, index) => (
              <Group
                key={index}
                align="end"
                wrap="wrap"
                gap="xs"
                role="group"
                aria-label={t('referrals.schedule.leaveNumber', { number: index + 1 })}
              >
                <TextInput
                  type="date"
                  label={t('referrals.schedule.from')}
                  value={range.from}
                  onChange={(e) => setLeave(index, { from: e.currentTarget.value })}
                  error={isConflict ? undefined : error?.problemFor(`leave[${index}].from`)}
                />
                <TextInput
                  type="date"
                  label={t('referrals.schedule.to')}
                  min={range.from || undefined}
                  value={range.to}
                  onChange={(e) => setLeave(index, { to: e.currentTarget.value })}
                  error={isConflict ? undefined : error?.problemFor(`leave[${index}].to`)}
                />
                <ActionIcon
                  variant="default"
                  size="lg"
                  mb={2}
                  onClick={() => setDraft({ ...draft, leave: draft.leave.filter((_, i) => i !== index) })}
                  aria-label={t('referrals.schedule.removeLeave', {
                    from: range.from ? formatDate(range.from, i18n.language) : index + 1,
                  })}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="default"
                onClick={() => setDraft({ ...draft, leave: [...draft.leave, { from: '', to: '' }] })}
              >
                {t('referrals.schedule.addLeave')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('referrals.schedule.save')}
              </Button>
            </Group>
            {isConflict && (
              <Alert color="orange" role="alert" title={t('referrals.schedule.conflictTitle')}>
                {t('referrals.schedule.conflict')}
              </Alert>
            )}
            {error && !isConflict && (
              <Alert color="red" role="alert">
                {error.message}
              </Alert>
            )}
            {save.isSuccess && <Text role="status">{t('referrals.schedule.saved', { name })}</Text>}
          </Stack>
        </form>
      )}
    </QueryState>
  );
}

/**
 * The working days of the region's recruiters, which their daily contact quota follows: the
 * weekdays each works (Monday to Friday unless set) and their leave, edited by their manager.
 */
export function RecruiterScheduleDialog({
  recruiters,
  initialId,
  onClose,
}: {
  recruiters: Array<{ id: string; displayName: string }>;
  initialId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 36em)');
  const [userId, setUserId] = useState<string | null>(
    initialId && recruiters.some((r) => r.id === initialId) ? initialId : (recruiters[0]?.id ?? null),
  );
  const recruiter = recruiters.find((r) => r.id === userId);
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      fullScreen={isPhone}
      closeButtonProps={{ 'aria-label': t('referrals.schedule.close') }}
      title={t('referrals.schedule.title')}
    >
      <Stack>
        <Text size="sm">{t('referrals.schedule.intro')}</Text>
        <Select
          label={t('referrals.schedule.recruiter')}
          allowDeselect={false}
          searchable
          value={userId}
          onChange={setUserId}
          data={recruiters.map((r) => ({ value: r.id, label: r.displayName }))}
          nothingFoundMessage={t('referrals.schedule.noRecruiters')}
          data-autofocus
        />
        {recruiters.length === 0 && <Text size="sm">{t('referrals.schedule.noRecruiters')}</Text>}
        {recruiter && <ScheduleForm key={recruiter.id} userId={recruiter.id} name={recruiter.displayName} />}
      </Stack>
    </Modal>
  );
}
