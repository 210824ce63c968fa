import type { Static } from '@sinclair/typebox';
import { Anchor, Card, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../app/api';
import { formatNumber } from '../../app/format';
import { QueryState } from '../../components/QueryState';
import type { DataCloseReply } from '../../../server/routes/monitoring/data-close.schemas';

/** The home page's reminder of the Data Close from July to September (MN6.6): what is still incomplete. */
export function DataCloseCard() {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['data-close', undefined, undefined],
    queryFn: () => api<Static<typeof DataCloseReply>>('GET', '/api/monitoring/data-close'),
  });
  const data = query.data;
  const total = data?.regions.reduce((sum, region) => sum + region.total, 0) ?? 0;
  return (
    <Card withBorder>
      <Title order={2} size="h4">
        {t('monitoring.dataClose.homeTitle', { year: data?.programYear ?? '' })}
      </Title>
      <QueryState isPending={query.isPending} error={query.error}>
        <Text size="xl" fw={700}>
          {formatNumber(total, i18n.language)}
        </Text>
        <Text size="sm" c="dimmed">
          {data?.closure.status === 'closed'
            ? t('monitoring.dataClose.homeClosed', { year: data.programYear })
            : t('monitoring.dataClose.homeHint')}
        </Text>
        <Anchor component={Link} to="/monitoring/data-close" size="sm">
          {t('monitoring.dataClose.homeOpen')}
        </Anchor>
      </QueryState>
    </Card>
  );
}
