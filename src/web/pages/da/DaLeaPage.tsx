import { Anchor, Badge, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { formatNumber } from '../../app/format';
import { useSession } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import { AssistanceCard } from './AssistanceCard';
import { AssistanceForm } from './AssistanceForm';
import {
  STATUS_COLORS,
  statusOf,
  type AreaCause,
  type CitedRow,
  type DaLeaPage as LeaPage,
} from './da-types';

/** One LEA: its decision in plain words, the rows that caused it, its years, Ciclo's migrant count, and the assistance given. */
export function DaLeaPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const determinationId = params.get('determination') ?? undefined;
  const query = useQuery({
    queryKey: ['da', 'lea', id, determinationId],
    queryFn: () =>
      api<LeaPage>('GET', `/api/da/leas/${encodeURIComponent(id)}${queryString({ determinationId })}`),
  });
  const lea = query.data;
  const language = i18n.language.startsWith('es') ? 'es' : 'en';
  const status = lea
    ? statusOf({
        eligible: lea.record.decision.eligible,
        intensive: lea.record.decision.intensive?.eligible ?? false,
      })
    : 'not_eligible';
  const rowsOf = (group: string, cause: AreaCause) =>
    cause.rows.map((row) => ({ group, area: cause.area, row }));
  const causeRows = lea
    ? [
        ...lea.record.causes.flatMap((c) =>
          c.areas.filter((a) => a.via === 'state').flatMap((a) => rowsOf(c.group, a)),
        ),
        ...lea.record.localCauses.flatMap((a) => rowsOf('', a)),
      ]
    : [];

  return (
    <QueryState isPending={query.isPending} error={query.error}>
      {lea && (
        <Stack>
          <Anchor component={Link} to={`/da?determination=${lea.determination.id}`} size="sm">
            {t('da.backToResults')}
          </Anchor>
          <Title order={1}>{lea.leaName ?? lea.leaId}</Title>
          <Group gap="xs">
            <Badge color={STATUS_COLORS[status]} variant="filled">
              {t(`da.status.${status}`)}
            </Badge>
            <Text size="sm">
              {t(`da.leaTypes.${lea.leaType}`)} · {lea.leaId}
              {lea.county ? ` · ${lea.county}` : ''} ·{' '}
              {t('da.determinationShort', { year: lea.determination.year, rules: lea.determination.rules })}
            </Text>
          </Group>

          <Card withBorder>
            <Title order={2} size="h3" mb="xs">
              {t('da.lea.why')}
            </Title>
            <List spacing="xs">
              {lea.record.explanation[language].map((sentence) => (
                <List.Item key={sentence}>{sentence}</List.Item>
              ))}
            </List>
          </Card>

          <Card withBorder>
            <Title order={2} size="h3" mb="xs">
              {t('da.migrant.title')}
            </Title>
            <Text>
              {lea.migrant
                ? t('da.migrant.count', {
                    count: lea.migrant.children,
                    formatted: formatNumber(lea.migrant.children, i18n.language),
                    name: lea.migrant.matchedName,
                  })
                : t('da.migrant.notMatched')}
            </Text>
          </Card>

          <Title order={2}>{t('da.lea.rows')}</Title>
          {causeRows.length === 0 ? (
            <Text>{t('da.lea.noRows')}</Text>
          ) : (
            <ScrollTable minWidth={560} label={t('da.lea.rows')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('da.lea.area')}</Table.Th>
                    <Table.Th scope="col">{t('da.lea.group')}</Table.Th>
                    <Table.Th scope="col">{t('da.lea.result')}</Table.Th>
                    <Table.Th scope="col">{t('da.year')}</Table.Th>
                    <Table.Th scope="col">{t('da.lea.source')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {causeRows.map(({ group, area, row }) => (
                    <Table.Tr key={`${group}:${area}:${row.kind}:${row.line}`}>
                      <Table.Td>{t(`da.areas.${area}`)}</Table.Td>
                      <Table.Td>{group ? t(`da.groups.${group}`) : t('da.lea.wholeLea')}</Table.Td>
                      <Table.Td>{describeRow(row, t)}</Table.Td>
                      <Table.Td>{row.year}</Table.Td>
                      <Table.Td>
                        {t('da.lea.fileLine', {
                          file: row.kind === 'indicator' ? 'indicators.csv' : 'local_indicators.csv',
                          line: row.line,
                        })}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}

          <Title order={2}>{t('da.lea.history')}</Title>
          <ScrollTable minWidth={420} label={t('da.lea.history')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('da.year')}</Table.Th>
                  <Table.Th scope="col">{t('da.filters.status')}</Table.Th>
                  <Table.Th scope="col">{t('da.lea.groups')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lea.history.map((h) => (
                  <Table.Tr key={h.year}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/da/leas/${encodeURIComponent(lea.leaId)}?determination=${h.determinationId}`}
                      >
                        {h.year}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`da.status.${statusOf(h)}`)}</Table.Td>
                    <Table.Td>{h.groups.map((g) => t(`da.groups.${g}`)).join(', ') || '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>

          <Title order={2}>{t('da.assistance.title')}</Title>
          {lea.assistance.length === 0 ? (
            <Text>{t('da.assistance.none')}</Text>
          ) : (
            <Stack gap="xs">
              {lea.assistance.map((record) => (
                <AssistanceCard key={record.id} record={record} />
              ))}
            </Stack>
          )}
          {session.can('da.assist') && (
            <>
              <Title order={3}>{t('da.assistance.formTitle')}</Title>
              <AssistanceForm leaId={lea.leaId} />
            </>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

function describeRow(row: CitedRow, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (row.kind === 'local')
    return t('da.lea.localRating', { priority: row.priority, rating: t(`da.ratings.${row.rating}`) });
  const indicator = t(`da.indicators.${row.indicator}`);
  const level = row.color
    ? t(`da.colors.${row.color}`)
    : row.statusLevel
      ? t('da.lea.status', { level: t(`da.statusLevels.${row.statusLevel}`) })
      : '';
  return `${indicator}: ${level}${row.n !== null && row.n !== undefined ? ` (n = ${row.n})` : ''}`;
}
