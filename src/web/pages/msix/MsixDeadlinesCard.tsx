import { Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { Static } from '@sinclair/typebox';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegionListReply } from '../../../server/routes/organizations/organizations.schemas';
import { api, queryString } from '../../app/api';
import { formatDate, formatNumber } from '../../app/format';
import { useSession } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import { DEADLINE_STATUS_PARAM, DEADLINES_ANCHOR } from './msix-deadline-links';
import type { MsixDeadlines } from './msix-types';

/** How many of the deadlines due soon the card names. */
const SHOWN = 5;

/**
 * The home page's card for those who read the MSIX exchange (docs/rules/msix.md X8.5): how
 * many deadlines are overdue in their region (the state for its administrator), the ones due
 * within 5 working days, and a link to the list on the MSIX page.
 */
export function MsixDeadlinesCard() {
  const { t, i18n } = useTranslation();
  const { me, can } = useSession();
  const state = can('msix.export');
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => api<Static<typeof RegionListReply>>('GET', '/api/regions'),
    enabled: me.regionId === null && !state,
  });
  const regionId = me.regionId ?? (state ? undefined : regions.data?.items[0]?.id);
  const ready = me.regionId !== null || state || regionId !== undefined;
  const query = { regionId, status: 'pending' as const, limit: SHOWN };
  const deadlines = useQuery({
    queryKey: ['msix', 'deadlines', query],
    queryFn: () => api<MsixDeadlines>('GET', `/api/msix/deadlines${queryString(query)}`),
    enabled: ready,
  });
  const link = new URLSearchParams({
    ...(regionId ? { regionId } : {}),
    [DEADLINE_STATUS_PARAM]: 'overdue',
  });
  const data = deadlines.data;
  const soon = data?.rows.filter((row) => row.dueSoon) ?? [];
  return (
    <Card withBorder>
      <Title order={2} size="h4">
        {t('msix.deadlines.cardTitle')}
      </Title>
      <QueryState isPending={deadlines.isPending && ready} error={deadlines.error ?? regions.error}>
        {data && (
          <Stack gap="xs" mt="xs">
            <Group gap="xs" align="baseline">
              <Text size="xl" fw={700} c={data.summary.overdue > 0 ? 'red.8' : undefined}>
                {formatNumber(data.summary.overdue, i18n.language)}
              </Text>
              <Text size="sm">{t('msix.deadlines.overdueCount', { count: data.summary.overdue })}</Text>
            </Group>
            <Text size="sm">
              {t('msix.deadlines.dueSoonCount', {
                count: data.summary.dueSoon,
                formatted: formatNumber(data.summary.dueSoon, i18n.language),
              })}
            </Text>
            {soon.length > 0 && (
              <List size="sm" spacing={2}>
                {soon.map((row) => (
                  <List.Item key={`${row.childId}-${row.kind}-${row.eventDate}`}>
                    <Anchor component={Link} to={`/children/${row.childId}`}>
                      {row.name}
                    </Anchor>
                    {' — '}
                    {t('msix.deadlines.dueOn', {
                      event: t(`msix.deadlines.kinds.${row.kind}`, {
                        date: formatDate(row.eventDate, i18n.language),
                      }),
                      date: formatDate(row.dueDate, i18n.language),
                    })}
                  </List.Item>
                ))}
              </List>
            )}
            <Anchor component={Link} to={`/msix?${link.toString()}#${DEADLINES_ANCHOR}`}>
              {t('msix.deadlines.seeAll')}
            </Anchor>
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}
