import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../app/api';
import { formatDate, formatNumber, fullName, todayInState } from '../app/format';
import { useSession } from '../app/session';
import { QueryState } from '../components/QueryState';
import type { WatchList } from './eligibility/watch-types';
import { QuotaCard } from './referrals/QuotaCard';
import { InterviewsInProgressCard } from './interview/InterviewsInProgressCard';
import { ServiceLogAttentionCard } from './monitoring/ServiceLogAttentionCard';
import { DataCloseCard } from './monitoring/DataCloseCard';
import { isDataCloseSeason } from '../../core/monitoring/data-close';
import { MsixDeadlinesCard } from './msix/MsixDeadlinesCard';

/** The first page after sign-in: what this role has to act on today. */
export function HomePage() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  return (
    <Stack>
      <Title order={1}>{t('home.title', { name: me.displayName })}</Title>
      <Text c="dimmed">
        {t(`roles.${me.role}`)}
        {me.regionName ? ` · ${me.regionName}` : ''}
        {me.districtName ? ` · ${me.districtName}` : ''}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {can('coe.prepare') && <InterviewsInProgressCard />}
        {can('referral.contact') && <QuotaCard />}
        {can('coe.review') && (
          <CountCard
            title={t('home.reviewQueue')}
            url="/api/coes?status=submitted&limit=1"
            hint={t('home.reviewQueueHint')}
          />
        )}
        {can('coe.prepare') && (
          <CountCard
            title={t('home.myReturnedCoes')}
            url="/api/coes?mine=true&status=returned&limit=1"
            hint={t('home.myReturnedCoesHint')}
          />
        )}
        {can('child.read') && <WatchCard kind="ending" title={t('home.endingSoon')} />}
        {can('child.read') && <WatchCard kind="residency-due" title={t('home.residencyDue')} />}
        {can('monitoring.read') && (me.regionId !== null || me.districtId !== null) && (
          <ServiceLogAttentionCard />
        )}
        {can('monitoring.read') && me.districtId === null && isDataCloseSeason(todayInState()) && (
          <DataCloseCard />
        )}
        {can('msix.read') && <MsixDeadlinesCard />}
        {can('audit.read') && (
          <Card withBorder>
            <Title order={2} size="h4">
              {t('home.administration')}
            </Title>
            <List mt="sm">
              <List.Item>
                <Anchor component={Link} to="/admin/audit">
                  {t('nav.audit')}
                </Anchor>
              </List.Item>
              <List.Item>
                <Anchor component={Link} to="/admin/users">
                  {t('nav.users')}
                </Anchor>
              </List.Item>
            </List>
          </Card>
        )}
      </SimpleGrid>
    </Stack>
  );
}

function CountCard({ title, url, hint }: { title: string; url: string; hint: string }) {
  const { i18n } = useTranslation();
  const query = useQuery({ queryKey: ['count', url], queryFn: () => api<{ total: number }>('GET', url) });
  return (
    <Card withBorder>
      <Title order={2} size="h4">
        {title}
      </Title>
      <QueryState isPending={query.isPending} error={query.error}>
        <Text size="xl" fw={700}>
          {formatNumber(query.data?.total ?? 0, i18n.language)}
        </Text>
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      </QueryState>
    </Card>
  );
}

function WatchCard({ kind, title }: { kind: 'ending' | 'residency-due'; title: string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['watch', kind],
    queryFn: () => api<WatchList>('GET', `/api/eligibility/watch-list?kind=${kind}&days=30&limit=5`),
  });
  return (
    <Card withBorder>
      <Title order={2} size="h4">
        {title}
      </Title>
      <QueryState isPending={query.isPending} error={query.error}>
        {query.data?.items.length ? (
          <List mt="sm" spacing="xs">
            {query.data.items.map((item) => (
              <List.Item key={item.childId}>
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} to={`/children/${item.childId}`}>
                    {fullName(item)}
                  </Anchor>
                  <Badge variant="light" color={kind === 'ending' ? 'red' : 'blue'}>
                    {kind === 'ending'
                      ? t('home.endsOn', { date: formatDate(item.eligibilityEndDate, i18n.language) })
                      : t('home.year', { year: item.eligibilityYear })}
                  </Badge>
                </Group>
              </List.Item>
            ))}
            {query.data.total > query.data.items.length && (
              <List.Item>
                <Anchor component={Link} to={`/eligibility/watch?kind=${kind}`}>
                  {t('home.seeAll', { total: formatNumber(query.data.total, i18n.language) })}
                </Anchor>
              </List.Item>
            )}
          </List>
        ) : (
          <Text size="sm" c="dimmed" mt="sm">
            {t('home.nothingToDo')}
          </Text>
        )}
      </QueryState>
    </Card>
  );
}
