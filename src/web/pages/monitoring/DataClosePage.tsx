import type { Static } from '@sinclair/typebox';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { formatDateTime, formatNumber } from '../../app/format';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import type { DataCloseReply } from '../../../server/routes/monitoring/data-close.schemas';
import { CHECKLIST_KINDS, type FixPlace } from '../../../core/monitoring/data-close';
import { programYears } from './monitoring-types';

type DataClose = Static<typeof DataCloseReply>;
type Item = DataClose['items'][number];

/** The page where an incomplete record is fixed (MN6.2). */
function fixPath(fixAt: FixPlace, recordId: string): string {
  switch (fixAt) {
    case 'service':
      return `/services/${recordId}/edit`;
    case 'attendance':
      return `/services/${recordId}/attendance`;
    case 'tests':
      return `/services/${recordId}/tests`;
    case 'coe':
      return `/coes/${recordId}`;
  }
}

/** One incomplete record, with the link to where it is fixed. */
function ItemLine({ item }: { item: Item }) {
  const { t } = useTranslation();
  const what = [
    item.label,
    item.childName,
    item.status ? t(`monitoring.dataClose.coeStatus.${item.status}`, { defaultValue: item.status }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <List.Item>
      <Text span style={{ overflowWrap: 'anywhere' }}>
        {what}
      </Text>{' '}
      <Anchor component={Link} to={fixPath(item.fixAt, item.recordId)}>
        {t(`monitoring.dataClose.fix.${item.fixAt}`)}
        <VisuallyHidden> – {what}</VisuallyHidden>
      </Anchor>
    </List.Item>
  );
}

/** Close or reopen the year (state administrators, MN6.4), with the reason. */
function YearControl({ data }: { data: DataClose }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const closed = data.closure.status === 'closed';
  const change = useMutation({
    mutationFn: () =>
      api<DataClose>(
        'POST',
        `/api/monitoring/data-close/${data.programYear}/${closed ? 'reopen' : 'close'}`,
        {
          reason,
        },
      ),
    onSuccess: () => {
      setReason('');
      void client.invalidateQueries({ queryKey: ['data-close'] });
    },
  });
  if (!(closed ? data.abilities.reopen : data.abilities.close)) return null;
  return (
    <Card withBorder component="section" aria-labelledby="year-control">
      <Stack gap="xs">
        <Title order={2} size="h4" id="year-control">
          {t(closed ? 'monitoring.dataClose.reopenTitle' : 'monitoring.dataClose.closeTitle', {
            year: data.programYear,
          })}
        </Title>
        <Text size="sm">
          {t(closed ? 'monitoring.dataClose.reopenHint' : 'monitoring.dataClose.closeHint')}
        </Text>
        <Textarea
          label={t(closed ? 'monitoring.dataClose.reopenReason' : 'monitoring.dataClose.closeReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required={closed}
          autosize
          minRows={2}
          maxLength={2000}
        />
        <Group>
          <Button
            color={closed ? undefined : 'red.9'}
            onClick={() => change.mutate()}
            loading={change.isPending}
          >
            {t(closed ? 'monitoring.dataClose.reopen' : 'monitoring.dataClose.close', {
              year: data.programYear,
            })}
          </Button>
        </Group>
        {change.error && <ErrorAlert error={change.error} />}
      </Stack>
    </Card>
  );
}

/**
 * The September Data Close (MN6): the checklist of a program year's incomplete records of the
 * regions the user reaches, each linking to where it is fixed; whether the year is closed; and,
 * for state administrators, closing and reopening it.
 */
export function DataClosePage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const programYear = params.get('programYear') ?? undefined;
  const regionId = params.get('regionId') ?? undefined;
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const query = useQuery({
    queryKey: ['data-close', programYear, regionId],
    queryFn: () =>
      api<DataClose>('GET', `/api/monitoring/data-close${queryString({ programYear, regionId })}`),
  });
  const data = query.data;
  const years = data ? [...new Set([data.yearToClose, ...programYears().slice(1), data.programYear])] : [];
  const closed = data?.closure.status === 'closed';

  return (
    <Stack gap="md">
      <Title order={1}>{t('monitoring.dataClose.title')}</Title>
      <Text c="dimmed">{t('monitoring.dataClose.intro')}</Text>
      <QueryState isPending={query.isPending} error={query.error}>
        {data && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('monitoring.programYear')}
                value={data.programYear}
                onChange={(value) => set('programYear', value)}
                allowDeselect={false}
                data={years.sort().reverse()}
              />
              {data.regions.length > 1 || regionId ? (
                <Select
                  label={t('monitoring.region')}
                  value={regionId ?? null}
                  onChange={(value) => set('regionId', value)}
                  placeholder={t('monitoring.dataClose.allRegions')}
                  clearable
                  searchable
                  data={data.regions.map((r) => ({ value: r.id, label: `${r.number} – ${r.name}` }))}
                />
              ) : null}
            </SimpleGrid>
            <Group gap="xs" role="status">
              <Badge color={closed ? 'red.9' : 'teal.9'} variant="filled">
                {t(closed ? 'monitoring.dataClose.closed' : 'monitoring.dataClose.open')}
              </Badge>
              <Text size="sm">
                {closed
                  ? t('monitoring.dataClose.closedBy', {
                      year: data.programYear,
                      who: data.closure.changedBy ?? '—',
                      when: data.closure.changedAt
                        ? formatDateTime(data.closure.changedAt, i18n.language)
                        : '—',
                    })
                  : t('monitoring.dataClose.openText', { year: data.programYear })}
              </Text>
            </Group>
            {closed && (
              <Alert color="red">{t('monitoring.dataClose.readOnly', { year: data.programYear })}</Alert>
            )}
            <YearControl data={data} />
            {data.regions.length === 0 ? (
              <Text>{t('monitoring.dataClose.noRegion')}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                {data.regions.map((region) => (
                  <Card
                    withBorder
                    key={region.id}
                    component="section"
                    aria-labelledby={`region-${region.id}`}
                  >
                    <Title order={2} size="h5" id={`region-${region.id}`}>
                      {region.number} – {region.name}
                    </Title>
                    <Text size="sm">
                      {t('monitoring.dataClose.total', {
                        count: region.total,
                        formatted: formatNumber(region.total, i18n.language),
                      })}
                    </Text>
                    <List size="sm">
                      {CHECKLIST_KINDS.map((kind) => (
                        <List.Item key={kind}>
                          {t(`monitoring.dataClose.kinds.${kind}`)}:{' '}
                          {formatNumber(region.counts[kind], i18n.language)}
                        </List.Item>
                      ))}
                    </List>
                  </Card>
                ))}
              </SimpleGrid>
            )}
            {CHECKLIST_KINDS.map((kind) => {
              const items = data.items.filter((item) => item.kind === kind);
              if (items.length === 0) return null;
              return (
                <section key={kind} aria-labelledby={`kind-${kind}`}>
                  <Title order={2} size="h4" id={`kind-${kind}`}>
                    {t(`monitoring.dataClose.kinds.${kind}`)} ({formatNumber(items.length, i18n.language)})
                  </Title>
                  <List spacing={4}>
                    {items.map((item) => (
                      <ItemLine key={`${item.kind}-${item.recordId}-${item.studentId ?? ''}`} item={item} />
                    ))}
                  </List>
                </section>
              );
            })}
            {data.regions.length > 0 && data.items.length === 0 && (
              <Text>{t('monitoring.dataClose.complete', { year: data.programYear })}</Text>
            )}
            {data.truncated && <Text size="sm">{t('monitoring.dataClose.truncated')}</Text>}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
