import { Alert, Group, Select, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { formatNumber } from '../../app/format';
import { useSession } from '../../app/session';
import { PageNavigation } from '../../components/PageNavigation';
import { QueryState } from '../../components/QueryState';
import { oneOf } from './watch-format';
import { WATCH_DAYS, WATCH_KINDS, type WatchList } from './watch-types';
import { WatchListCard } from './WatchListCard';

const PAGE_SIZE = 50;

/**
 * Eligibility over time: children whose eligibility ends within 30, 60 or 90 days, and
 * children in years 2–3 due for their yearly residency contact, which can be recorded here.
 */
export function WatchListPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const kind = oneOf(params.get('kind'), WATCH_KINDS);
  const days = oneOf(params.get('days'), WATCH_DAYS);
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [recorded, setRecorded] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['watch-list', kind, days, page],
    queryFn: () =>
      api<WatchList>(
        'GET',
        `/api/eligibility/watch-list${queryString({
          kind,
          days: kind === 'ending' ? days : undefined,
          limit: PAGE_SIZE,
          offset: (page - 1) * PAGE_SIZE,
        })}`,
      ),
    placeholderData: keepPreviousData,
  });
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setParams(next, { replace: true });
    setRecorded(null);
  };
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const from = (page - 1) * PAGE_SIZE + 1;

  return (
    <Stack>
      <Title order={1}>{t('watch.title')}</Title>
      <Group align="end" wrap="wrap">
        <Select
          label={t('watch.list')}
          value={kind}
          onChange={(value) => set('kind', value)}
          allowDeselect={false}
          data={WATCH_KINDS.map((value) => ({ value, label: t(`watch.kinds.${value}`) }))}
        />
        {kind === 'ending' && (
          <Select
            label={t('watch.within')}
            value={days}
            onChange={(value) => set('days', value)}
            allowDeselect={false}
            w={160}
            data={WATCH_DAYS.map((value) => ({ value, label: t('watch.days', { count: Number(value) }) }))}
          />
        )}
      </Group>
      <Text size="sm">{t(`watch.help.${kind}`)}</Text>
      {recorded && (
        <Alert
          color="ciclo"
          title={t('watch.contact.recorded', { name: recorded })}
          role="status"
          aria-live="polite"
        >
          {t('watch.contact.recordedHelp')}
        </Alert>
      )}
      <QueryState isPending={list.isPending} error={list.error}>
        <Text size="sm" aria-live="polite">
          {total > PAGE_SIZE && items.length > 0
            ? t('watch.range', {
                from: formatNumber(from, i18n.language),
                to: formatNumber(from + items.length - 1, i18n.language),
                total: formatNumber(total, i18n.language),
              })
            : t('watch.count', { count: total, formatted: formatNumber(total, i18n.language) })}
        </Text>
        <Stack
          gap="xs"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t(`watch.kinds.${kind}`)}
        >
          {items.map((item) => (
            <WatchListCard
              key={item.childId}
              item={item}
              kind={kind}
              canRecord={kind === 'residency-due' && can('child.write')}
              onRecorded={(name) => {
                setRecorded(name);
                void client.invalidateQueries({ queryKey: ['watch-list'] });
              }}
            />
          ))}
        </Stack>
        <PageNavigation total={total} pageSize={PAGE_SIZE} />
      </QueryState>
    </Stack>
  );
}
