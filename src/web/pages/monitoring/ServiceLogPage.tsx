import type { Static } from '@sinclair/typebox';
import type { TFunction } from 'i18next';
import {
  Badge,
  Button,
  Card,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { formatDate, formatDateTime, formatNumber, todayInState } from '../../app/format';
import { useSession } from '../../app/session';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import type { RegionListReply } from '../../../server/routes/organizations/organizations.schemas';
import type {
  ServiceLogItemReply,
  ServiceLogReply,
} from '../../../server/routes/monitoring/service-log.schemas';
import {
  ADJUSTMENT_KINDS,
  ADJUSTMENT_STATUSES,
  MONITORING_CHECKS,
  type MonitoringCheck,
} from '../../../core/monitoring/service-monitoring';

type ServiceLog = Static<typeof ServiceLogReply>;
type Item = Static<typeof ServiceLogItemReply>;

/** The month and region of the log, kept in the URL (state users choose the region). */
export function useMonthAndRegion() {
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? todayInState().slice(0, 7);
  const regionId = params.get('regionId') ?? me.regionId ?? undefined;
  const needsRegion = me.regionId === null && me.districtId === null;
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => api<Static<typeof RegionListReply>>('GET', '/api/regions'),
    enabled: needsRegion,
  });
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return { month, regionId, needsRegion, regions: regions.data?.items ?? [], set };
}

/** What the records say about one check, in words. */
function factOf(item: Item, check: MonitoringCheck, t: TFunction, language: string) {
  const { facts, suggestion } = item;
  switch (check) {
    case 'startedOnTime':
      return facts.actualStart
        ? t('monitoring.serviceLog.facts.started', {
            planned: formatDate(facts.plannedStart, language),
            actual: formatDate(facts.actualStart, language),
          })
        : t('monitoring.serviceLog.facts.notStarted', { planned: formatDate(facts.plannedStart, language) });
    case 'asDescribed':
      return t('monitoring.serviceLog.facts.asDescribed');
    case 'attendance':
      return suggestion.attendanceRate === null
        ? t('monitoring.serviceLog.facts.noPlan', { enrolled: facts.enrolled })
        : t('monitoring.serviceLog.facts.attendance', {
            rate: formatNumber(Math.round(suggestion.attendanceRate * 100), language),
            attended: formatNumber(facts.attendedMinutes, language),
            planned: formatNumber(facts.plannedMinutes ?? 0, language),
            enrolled: facts.enrolled,
          });
    case 'tests':
      return suggestion.postTestDue
        ? t('monitoring.serviceLog.facts.testsEnded', {
            pre: facts.withoutPreTest,
            post: facts.withoutPostTest,
          })
        : t('monitoring.serviceLog.facts.tests', { pre: facts.withoutPreTest });
  }
}

/** One service's four checks for the month: what the records say, confirmed or corrected with a note (MN5). */
function ServiceCard({ item, month }: { item: Item; month: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const { service, suggestion, entry } = item;
  const initial = (check: MonitoringCheck) => {
    const value = entry?.[check] ?? suggestion[check];
    return value === 'unknown' ? null : value;
  };
  const [results, setResults] = useState<Record<MonitoringCheck, string | null>>(() => ({
    startedOnTime: initial('startedOnTime'),
    asDescribed: initial('asDescribed'),
    attendance: initial('attendance'),
    tests: initial('tests'),
  }));
  const [adjustmentKind, setAdjustmentKind] = useState<string>(entry?.adjustmentKind ?? 'none');
  const [adjustmentStatus, setAdjustmentStatus] = useState<string | null>(entry?.adjustmentStatus ?? null);
  const [note, setNote] = useState(entry?.note ?? '');
  const save = useMutation({
    mutationFn: () =>
      api<Item>('PUT', `/api/monitoring/service-log/${service.id}`, {
        month,
        version: entry?.version ?? null,
        ...results,
        adjustmentKind,
        adjustmentStatus: adjustmentKind === 'none' ? null : adjustmentStatus,
        note,
      }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['service-log'] }),
  });
  const canConfirm = item.abilities.confirm;
  const titleId = `service-${service.id}`;

  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" align="flex-start" gap="xs">
          <Title order={2} size="h5" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {service.code} – {service.name}
          </Title>
          {item.needsAttention ? (
            <Badge color="red.9" variant="filled">
              {t('monitoring.serviceLog.needsAttention')}
            </Badge>
          ) : (
            <Badge color="teal.9" variant="filled">
              {t('monitoring.serviceLog.onTrack')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {service.districtName ?? t('monitoring.serviceLog.theRegion')}
          {service.applicationLine
            ? ` · ${t('monitoring.serviceLog.line', { line: service.applicationLine })}`
            : ''}
        </Text>
        {MONITORING_CHECKS.map((check) => (
          <Radio.Group
            key={check}
            label={t(`monitoring.serviceLog.checks.${check}`)}
            description={`${factOf(item, check, t, i18n.language)} ${t(
              `monitoring.serviceLog.suggested.${suggestion[check]}`,
            )}`}
            value={results[check]}
            onChange={(value) => setResults((current) => ({ ...current, [check]: value }))}
            readOnly={!canConfirm}
          >
            <Group gap="md" mt={4}>
              <Radio value="yes" label={t('monitoring.serviceLog.yes')} disabled={!canConfirm} />
              <Radio value="no" label={t('monitoring.serviceLog.no')} disabled={!canConfirm} />
            </Group>
          </Radio.Group>
        ))}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('monitoring.serviceLog.adjustment')}
            value={adjustmentKind}
            onChange={(value) => setAdjustmentKind(value ?? 'none')}
            allowDeselect={false}
            disabled={!canConfirm}
            data={ADJUSTMENT_KINDS.map((value) => ({
              value,
              label: t(`monitoring.serviceLog.adjustments.${value}`),
            }))}
          />
          {adjustmentKind !== 'none' && (
            <Select
              label={t('monitoring.serviceLog.adjustmentStatus')}
              value={adjustmentStatus}
              onChange={setAdjustmentStatus}
              disabled={!canConfirm}
              data={ADJUSTMENT_STATUSES.map((value) => ({
                value,
                label: t(`monitoring.serviceLog.adjustmentStatuses.${value}`),
              }))}
            />
          )}
        </SimpleGrid>
        <Textarea
          label={t('monitoring.serviceLog.note', { service: service.code })}
          description={t('monitoring.serviceLog.noteHint')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          readOnly={!canConfirm}
          autosize
          minRows={2}
        />
        {entry && (
          <Text size="sm" c="dimmed">
            {t('monitoring.serviceLog.savedBy', {
              who: entry.savedByEmail ?? '—',
              when: formatDateTime(entry.savedAt, i18n.language),
            })}
          </Text>
        )}
        {canConfirm && (
          <Button onClick={() => save.mutate()} loading={save.isPending}>
            {t('monitoring.serviceLog.save', { service: service.code })}
          </Button>
        )}
        {save.isSuccess && (
          <Text size="sm" role="status">
            {t('monitoring.serviceLog.saved')}
          </Text>
        )}
        {save.error && <ErrorAlert error={save.error} />}
      </Stack>
    </Card>
  );
}

/**
 * The Service Implementation Monitoring Log (MN5): for a month, each service of the region
 * (district staff: of their district) with the four checks Ciclo pre-fills from the records,
 * for the person to confirm or correct with a note.
 */
export function ServiceLogPage() {
  const { t } = useTranslation();
  const filters = useMonthAndRegion();
  const { month, regionId } = filters;
  const log = useQuery({
    queryKey: ['service-log', month, regionId],
    queryFn: () => api<ServiceLog>('GET', `/api/monitoring/service-log${queryString({ month, regionId })}`),
    enabled: !filters.needsRegion || regionId !== undefined,
  });
  const attention = log.data?.services.filter((s) => s.needsAttention).length ?? 0;

  return (
    <Stack gap="md">
      <Title order={1}>{t('monitoring.serviceLog.title')}</Title>
      <Text c="dimmed">{t('monitoring.serviceLog.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('monitoring.serviceLog.month')}
          type="month"
          value={month}
          onChange={(e) => e.currentTarget.value && filters.set('month', e.currentTarget.value)}
        />
        {filters.needsRegion && (
          <Select
            label={t('monitoring.region')}
            value={regionId ?? null}
            onChange={(value) => filters.set('regionId', value)}
            placeholder={t('monitoring.chooseRegion')}
            searchable
            data={filters.regions.map((r) => ({ value: r.id, label: `${r.number} – ${r.name}` }))}
          />
        )}
      </SimpleGrid>
      {filters.needsRegion && regionId === undefined ? (
        <Text>{t('monitoring.chooseRegion')}</Text>
      ) : (
        <QueryState isPending={log.isPending} error={log.error}>
          {log.data && (
            <>
              <Text>
                {t('monitoring.serviceLog.summary', {
                  region: log.data.regionName,
                  count: log.data.services.length,
                  attention,
                })}
              </Text>
              {log.data.services.length === 0 && <Text>{t('monitoring.serviceLog.none')}</Text>}
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                {log.data.services.map((item) => (
                  <ServiceCard
                    key={`${item.service.id}-${month}-${item.entry?.version ?? 0}`}
                    item={item}
                    month={month}
                  />
                ))}
              </SimpleGrid>
            </>
          )}
        </QueryState>
      )}
    </Stack>
  );
}
