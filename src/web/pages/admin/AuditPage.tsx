import type { Static } from '@sinclair/typebox';
import {
  Anchor,
  Button,
  Code,
  Group,
  Select,
  Spoiler,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AUDITED_ENTITIES } from '../../../core/common/audited-entities';
import { api, queryString } from '../../app/api';
import { formatDateTime, formatNumber } from '../../app/format';
import { ScrollTable } from '../../components/ScrollTable';
import { PageNavigation } from '../../components/PageNavigation';
import { QueryState } from '../../components/QueryState';
import type { AuditEventListReply } from '../../../server/routes/audit/audit.schemas';
import { changedValues } from './audit-changes';
import { exportAuditCsv } from './audit-export';
import { auditSentence } from './audit-sentence';

/** A page of the audit log, as GET /api/audit-events returns it. */
type AuditEventList = Static<typeof AuditEventListReply>;

const PAGE_SIZE = 50;
const FILTERS = ['entityType', 'entityId', 'actor', 'childId', 'from', 'to'] as const;

/**
 * The audit log: each change as a sentence naming who did what to which record (AU1), filtered
 * by person, kind of record, one record and dates, and exported as CSV.
 */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const page = Number(params.get('page') ?? '1');
  const [debounced] = useDebouncedValue(filters, 300);
  const query = useQuery({
    queryKey: ['audit', debounced, page],
    queryFn: () =>
      api<AuditEventList>(
        'GET',
        `/api/audit-events${queryString({ ...debounced, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })}`,
      ),
    placeholderData: keepPreviousData,
  });
  const setFilter = (name: (typeof FILTERS)[number], value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setParams(next, { replace: true });
  };
  const total = query.data?.total ?? 0;
  const exportCsv = useMutation({ mutationFn: () => exportAuditCsv(t, i18n.language, debounced) });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('audit.title')}</Title>
        <Button variant="default" loading={exportCsv.isPending} onClick={() => exportCsv.mutate()}>
          {t('audit.export')}
        </Button>
      </Group>
      <Group align="end" wrap="wrap">
        <Select
          label={t('audit.entityType')}
          placeholder={t('audit.any')}
          clearable
          value={filters.entityType || null}
          onChange={(value) => setFilter('entityType', value ?? '')}
          data={AUDITED_ENTITIES.map((value) => ({ value, label: t(`audit.entities.${value}`) }))}
        />
        <TextInput
          label={t('audit.actor')}
          value={filters.actor}
          onChange={(e) => setFilter('actor', e.currentTarget.value)}
        />
        <TextInput
          label={t('audit.from')}
          type="date"
          value={filters.from}
          onChange={(e) => setFilter('from', e.currentTarget.value)}
        />
        <TextInput
          label={t('audit.to')}
          type="date"
          value={filters.to}
          onChange={(e) => setFilter('to', e.currentTarget.value)}
        />
      </Group>
      {filters.entityId && (
        <Group gap="xs">
          <Text size="sm">{t('audit.recordFilter')}</Text>
          <Anchor component="button" type="button" size="sm" onClick={() => setFilter('entityId', '')}>
            {t('audit.allRecords')}
          </Anchor>
        </Group>
      )}
      <QueryState isPending={query.isPending} error={query.error}>
        <Text size="sm" aria-live="polite">
          {t('audit.count', { count: total, formatted: formatNumber(total, i18n.language) })}
        </Text>
        <ScrollTable minWidth={640} label={t('audit.title')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('audit.when')}</Table.Th>
                <Table.Th scope="col">{t('audit.sentence')}</Table.Th>
                <Table.Th scope="col">{t('audit.change')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data?.items.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td>{formatDateTime(event.occurredAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    {auditSentence(t, event)}
                    {!filters.entityId && (
                      <Anchor
                        component="button"
                        type="button"
                        size="xs"
                        display="block"
                        onClick={() => setFilter('entityId', event.entityId)}
                      >
                        {t('audit.showRecord')}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Spoiler maxHeight={48} showLabel={t('audit.showMore')} hideLabel={t('audit.showLess')}>
                      <Code block>{JSON.stringify(changedValues(event.before, event.after), null, 1)}</Code>
                    </Spoiler>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
        <PageNavigation total={total} pageSize={PAGE_SIZE} />
      </QueryState>
    </Stack>
  );
}
