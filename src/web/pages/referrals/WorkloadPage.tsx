import type { Static } from '@sinclair/typebox';
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { formatNumber } from '../../app/format';
import { QueryState } from '../../components/QueryState';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import type { WorkloadReply } from '../../../server/routes/referrals/workload.schemas';
import { RecruiterScheduleDialog } from './RecruiterScheduleDialog';
import { RegionChoice, useChosenRegion } from './RegionChoice';

type Workload = Static<typeof WorkloadReply>;
type Recruiter = Workload['recruiters'][number];

/**
 * The region's recruiters with their queue and quota, for those who assign referrals
 * (docs/rules/identification-and-recruitment.md WL1): who is behind today first, each with
 * today's contacts toward today's minimum, today's pace, the month plan and this week's contacts;
 * a recruiter's working days, which their quota follows, are edited from their row.
 */
export function WorkloadPage() {
  const { t, i18n } = useTranslation();
  const chosen = useChosenRegion();
  const workload = useQuery({
    queryKey: ['recruiter-workload', chosen.regionId],
    queryFn: () =>
      api<Workload>('GET', `/api/referrals/workload${chosen.regionId ? `?regionId=${chosen.regionId}` : ''}`),
    enabled: !chosen.isChoosing || chosen.regionId !== undefined,
  });
  const client = useQueryClient();
  const [scheduleOf, setScheduleOf] = useState<string | null>(null);
  const n = (value: number) => formatNumber(value, i18n.language);
  const recruiters = workload.data?.recruiters ?? [];
  return (
    <Stack>
      <Title order={1}>{t('workload.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('workload.intro')}
      </Text>
      <RegionChoice chosen={chosen} />
      <QueryState isPending={workload.isPending && workload.fetchStatus !== 'idle'} error={workload.error}>
        {recruiters.length === 0 ? (
          <Text>{t('workload.none')}</Text>
        ) : (
          <ResponsiveTable<Recruiter>
            label={t('workload.title')}
            rows={recruiters}
            rowKey={(row) => row.userId}
            minWidth={720}
            columns={[
              {
                key: 'recruiter',
                header: t('workload.recruiter'),
                cell: (row) => (
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm" fw={600}>
                      {row.name}
                    </Text>
                    {row.dayOff ? (
                      <Badge color="gray" variant="light">
                        {t('workload.dayOff')}
                      </Badge>
                    ) : row.behindToday ? (
                      <Badge color="orange" variant="light">
                        {t('workload.behind', { count: row.minimumToday - row.contactedToday })}
                      </Badge>
                    ) : null}
                  </Group>
                ),
              },
              {
                key: 'today',
                header: t('workload.today'),
                cell: (row) =>
                  row.dayOff
                    ? t('workload.noQuota')
                    : t('workload.ofMinimum', { done: n(row.contactedToday), minimum: n(row.minimumToday) }),
              },
              { key: 'open', header: t('workload.open'), cell: (row) => n(row.pace.pending) },
              {
                key: 'pace',
                header: t('workload.pace'),
                cell: (row) =>
                  t('workload.perDay', { perDay: n(row.pace.perDay), days: n(row.pace.workingDaysLeft) }),
              },
              {
                key: 'plan',
                header: t('workload.plan'),
                cell: (row) =>
                  t('workload.planFigures', {
                    pending: n(row.plan.pendingAtStart),
                    perDay: n(row.plan.minimumPerDay),
                    days: n(row.plan.workingDays),
                  }),
              },
              { key: 'week', header: t('workload.week'), cell: (row) => n(row.contactsThisWeek) },
              {
                key: 'schedule',
                header: t('referrals.schedule.title'),
                cell: (row) => (
                  <Button
                    size="compact-sm"
                    variant="default"
                    aria-label={t('workload.scheduleOf', { name: row.name })}
                    onClick={() => setScheduleOf(row.userId)}
                  >
                    {t('workload.schedule')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      {scheduleOf && (
        <RecruiterScheduleDialog
          recruiters={recruiters.map((row) => ({ id: row.userId, displayName: row.name }))}
          initialId={scheduleOf}
          onClose={() => {
            setScheduleOf(null);
            // a recruiter's working days change their quota
            void client.invalidateQueries({ queryKey: ['recruiter-workload'] });
          }}
        />
      )}
    </Stack>
  );
}
