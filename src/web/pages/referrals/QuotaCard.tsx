import { Card, Group, Progress, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { useSession } from '../../app/session';
import { keepsCopies, useSyncedQuery } from '../../offline/use-synced-query';
import { QueryState } from '../../components/QueryState';
import type { DailyQuota } from './referral-types';

/** Today's minimum number of family contacts (pending ÷ working days left, rounded up) and progress. */
export function QuotaCard() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  // kept for a recruiter, to read offline as last synced (ID8)
  const quota = useSyncedQuery<DailyQuota>({
    queryKey: ['referral-quota'],
    url: '/api/referrals/quota',
    keep: keepsCopies(can),
  });
  return (
    <Card withBorder component="section" aria-labelledby="quota-title">
      <Title order={2} size="h4" id="quota-title">
        {t('referrals.quota.title')}
      </Title>
      <QueryState isPending={quota.isPending} error={quota.error}>
        {quota.data && (
          <>
            <Group justify="space-between" mt="xs" wrap="nowrap">
              <Text size="xl" fw={700}>
                {t('referrals.quota.done', {
                  done: quota.data.contactedToday,
                  minimum: quota.data.minimumToday,
                })}
              </Text>
            </Group>
            <Progress
              value={quota.data.percentDone}
              mt="xs"
              aria-label={t('referrals.quota.progress', { percent: quota.data.percentDone })}
            />
            <Text size="sm" c="dimmed" mt="xs">
              {t('referrals.quota.explain', {
                pending: quota.data.pending,
                days: quota.data.workingDaysLeft,
              })}
            </Text>
            {quota.syncedAt && (
              <Text size="sm" c="dimmed" mt="xs">
                {t('common.offline.asOf', { when: formatDateTime(quota.syncedAt, i18n.language) })}
              </Text>
            )}
          </>
        )}
      </QueryState>
    </Card>
  );
}
