import type { Static } from '@sinclair/typebox';
import { Anchor, Card, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../app/api';
import { formatNumber, todayInState } from '../../app/format';
import { QueryState } from '../../components/QueryState';
import type { ServiceLogReply } from '../../../server/routes/monitoring/service-log.schemas';

/** The home page's count of this month's services that need attention in the monitoring log (MN5.5). */
export function ServiceLogAttentionCard() {
  const { t, i18n } = useTranslation();
  const month = todayInState().slice(0, 7);
  const query = useQuery({
    queryKey: ['service-log', month, undefined],
    queryFn: () => api<Static<typeof ServiceLogReply>>('GET', `/api/monitoring/service-log?month=${month}`),
  });
  const count = query.data?.services.filter((s) => s.needsAttention).length ?? 0;
  return (
    <Card withBorder>
      <Title order={2} size="h4">
        {t('monitoring.serviceLog.homeTitle')}
      </Title>
      <QueryState isPending={query.isPending} error={query.error}>
        <Text size="xl" fw={700}>
          {formatNumber(count, i18n.language)}
        </Text>
        <Text size="sm" c="dimmed">
          {t('monitoring.serviceLog.homeHint', { count })}
        </Text>
        <Anchor component={Link} to={`/monitoring/service-log?month=${month}`} size="sm">
          {t('monitoring.serviceLog.open')}
        </Anchor>
      </QueryState>
    </Card>
  );
}
