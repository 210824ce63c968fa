import { Alert, Button, Card, Group, List, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { ruleLabel } from './rule-label';
import type { Referral } from './referral-types';

/** The longest reason the server keeps (core/recruitment/prioritization.ts). */
const MAX_REASON = 500;

/**
 * Why the referral has its priority: a manager's override with its reason, if any, and beside
 * it the rules' own priority and the rules the referral meets.
 */
export function PriorityWhy({ referral }: { referral: Referral }) {
  const { t, i18n } = useTranslation();
  const override = referral.priorityOverride;
  return (
    <>
      <Title order={2} size="h5" mt="md">
        {t('referrals.whyPriority')}
      </Title>
      {override && (
        <Alert
          color="ciclo"
          variant="light"
          mt="xs"
          title={t('referrals.override.shown', { priority: override.priority })}
        >
          <Text size="sm">{t('referrals.override.reason', { reason: override.reason })}</Text>
          {(override.by || override.at) && (
            <Text size="sm" c="dimmed">
              {t('referrals.override.by', {
                name: override.by ?? '—',
                when: override.at ? formatDateTime(override.at, i18n.language) : '—',
              })}
            </Text>
          )}
        </Alert>
      )}
      <Text size="sm" mt="xs" fw={override ? 600 : undefined}>
        {t('referrals.override.rulesPriority', { priority: referral.rulesPriority })}
      </Text>
      {referral.priorityReasons.length === 0 ? (
        <Text size="sm">{t('referrals.noRuleMet')}</Text>
      ) : (
        <List size="sm" aria-label={t('referrals.override.rulesReasons')}>
          {referral.priorityReasons.map((reason) => (
            <List.Item key={reason.ruleId}>{ruleLabel(reason, t)}</List.Item>
          ))}
        </List>
      )}
    </>
  );
}

/**
 * A manager's own priority for the referral, with the reason (1 to 10; the rules' priority and
 * reasons stay shown), or the override removed. Sent at the version read: when someone changed
 * the referral meanwhile the page says so and reads it again.
 */
export function PriorityOverrideForm({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const override = referral.priorityOverride;
  const [priority, setPriority] = useState<number | string>(override?.priority ?? referral.priority);
  const [reason, setReason] = useState(override?.reason ?? '');
  const [done, setDone] = useState<'saved' | 'removed' | null>(null);
  const save = useMutation({
    mutationFn: (change: { priority: number | null; reason: string | null }) =>
      api<Referral>('PUT', `/api/referrals/${referral.id}/priority`, {
        ...change,
        version: referral.version,
      }),
    onMutate: () => setDone(null),
    onSuccess: (_reply, change) => {
      setDone(change.priority === null ? 'removed' : 'saved');
      if (change.priority === null) setReason('');
    },
    onError: (error) => {
      // someone changed the referral since it was read: read it again, and the form keeps what was typed
      if (error instanceof ApiError && error.status === 409)
        void client.invalidateQueries({ queryKey: ['referral', referral.id] });
    },
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['referral', referral.id] });
      void client.invalidateQueries({ queryKey: ['referrals'] });
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const isConflict = error?.status === 409;

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ priority: typeof priority === 'number' ? priority : Number(priority) || 0, reason });
  }

  return (
    <Card withBorder component="form" onSubmit={handleSubmit} aria-labelledby="override-title" noValidate>
      <Title order={2} size="h4" id="override-title">
        {t('referrals.override.title')}
      </Title>
      <Text size="sm">{t('referrals.override.intro')}</Text>
      <Stack gap="sm" mt="sm">
        <NumberInput
          label={t('referrals.override.priority')}
          description={t('referrals.override.priorityHint')}
          required
          min={1}
          max={10}
          step={1}
          allowDecimal={false}
          w={260}
          maw="100%"
          value={priority}
          onChange={setPriority}
          error={isConflict ? undefined : error?.problemFor('priority')}
        />
        <Textarea
          label={t('referrals.override.reasonLabel')}
          required
          autosize
          minRows={2}
          maxLength={MAX_REASON}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={isConflict ? undefined : error?.problemFor('reason')}
        />
        {isConflict && (
          <Alert color="orange" role="alert" title={t('referrals.override.conflictTitle')}>
            {t('referrals.override.conflict')}
          </Alert>
        )}
        {error && !isConflict && (
          <Alert color="red" role="alert">
            {error.message}
          </Alert>
        )}
        {done && (
          <Text role="status">
            {t(done === 'saved' ? 'referrals.override.saved' : 'referrals.override.removed')}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={save.isPending && save.variables.priority !== null}>
            {t('referrals.override.save')}
          </Button>
          {override && (
            <Button
              variant="default"
              loading={save.isPending && save.variables.priority === null}
              onClick={() => save.mutate({ priority: null, reason: null })}
            >
              {t('referrals.override.remove')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
