import { Alert, Box, Card, Progress, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../app/format';
import { useSession } from '../../app/session';
import { keepsCopies, useSyncedQuery } from '../../offline/use-synced-query';
import { QueryState } from '../../components/QueryState';
import type { DailyQuota } from './referral-types';

/** `2026-06` as "June 2026", in the reader's language (from its parts: no time zone moves it). */
function monthName(month: string, language: string): string {
  const [year, number] = month.split('-').map(Number);
  if (!year || !number) return month;
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, number - 1, 1)));
}

/** A few labelled figures under a heading, as a description list a screen reader reads in pairs. */
function Figures({
  id,
  title,
  figures,
}: {
  id: string;
  title: string;
  figures: Array<{ label: string; value: string }>;
}) {
  return (
    <Box component="section" aria-labelledby={id}>
      <Title order={3} size="h6" id={id}>
        {title}
      </Title>
      <Box component="dl" m={0} mt={4}>
        {figures.map((figure) => (
          <Box
            key={figure.label}
            style={{ display: 'flex', justifyContent: 'space-between', gap: 'var(--mantine-spacing-sm)' }}
          >
            <Text component="dt" size="sm">
              {figure.label}
            </Text>
            <Text component="dd" size="sm" fw={700} m={0}>
              {figure.value}
            </Text>
          </Box>
        ))}
      </Box>
    </Box>
  );
}

/**
 * The recruiter's contacts today toward today's minimum, and the two readings of the quota
 * side by side, each labelled (docs/rules/identification-and-recruitment.md "Minimum contacts
 * per day"): the month plan (open on the 1st over the month's working days) and today's pace
 * (open now over the working days left). On a day off there is no quota, and it says so.
 */
export function QuotaCard() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  // kept for a recruiter, to read offline as last synced (ID8)
  const quota = useSyncedQuery<DailyQuota>({
    queryKey: ['referral-quota'],
    url: '/api/referrals/quota',
    keep: keepsCopies(can),
  });
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <Card withBorder component="section" aria-labelledby="quota-title">
      <Title order={2} size="h4" id="quota-title">
        {t('referrals.quota.title')}
      </Title>
      <QueryState isPending={quota.isPending} error={quota.error}>
        {quota.data && (
          <>
            {quota.data.dayOff ? (
              <Alert color="gray" mt="xs" title={t('referrals.quota.dayOffTitle')}>
                {t('referrals.quota.dayOff')}
              </Alert>
            ) : (
              <>
                <Text size="xl" fw={700} mt="xs">
                  {t('referrals.quota.done', {
                    done: quota.data.contactedToday,
                    minimum: quota.data.minimumToday,
                  })}
                </Text>
                <Progress
                  value={quota.data.percentDone}
                  mt="xs"
                  aria-label={t('referrals.quota.progress', { percent: quota.data.percentDone })}
                />
              </>
            )}
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" mt="sm">
              <Figures
                id="quota-plan"
                title={t('referrals.quota.plan.title', {
                  month: monthName(quota.data.plan.month, i18n.language),
                })}
                figures={[
                  {
                    label: t('referrals.quota.plan.pendingAtStart'),
                    value: n(quota.data.plan.pendingAtStart),
                  },
                  { label: t('referrals.quota.plan.workingDays'), value: n(quota.data.plan.workingDays) },
                  { label: t('referrals.quota.plan.minimumPerDay'), value: n(quota.data.plan.minimumPerDay) },
                ]}
              />
              <Figures
                id="quota-pace"
                title={t('referrals.quota.pace.title')}
                figures={[
                  { label: t('referrals.quota.pace.pending'), value: n(quota.data.pace.pending) },
                  {
                    label: t('referrals.quota.pace.workingDaysLeft'),
                    value: n(quota.data.pace.workingDaysLeft),
                  },
                  { label: t('referrals.quota.pace.perDay'), value: n(quota.data.pace.perDay) },
                ]}
              />
            </SimpleGrid>
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
