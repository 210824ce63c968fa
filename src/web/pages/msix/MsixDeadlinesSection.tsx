import { Anchor, Badge, Card, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { formatDate, formatNumber } from '../../app/format';
import { PageNavigation } from '../../components/PageNavigation';
import { QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import { DEADLINE_STATUS_PARAM, DEADLINES_ANCHOR } from './msix-deadline-links';
import type { MsixDeadlineRow, MsixDeadlines, MsixDeadlineStatus } from './msix-types';

const PAGE_SIZE = 25;
/** The address parameter of the section's page (the validation report's is `page`). */
const PAGE_PARAM = 'deadlinesPage';

const STATUSES: readonly MsixDeadlineStatus[] = ['overdue', 'pending', 'late', 'met'];

/** Light badges whose text keeps a 4.5:1 contrast (Mantine's light orange and green do not). */
export const STATUS_COLORS: Record<MsixDeadlineStatus, string> = {
  overdue: 'red',
  pending: 'blue',
  late: 'pink',
  met: 'cyan',
};

function isStatus(value: string | null): value is MsixDeadlineStatus {
  return STATUSES.includes(value as MsixDeadlineStatus);
}

/** The status as a badge: overdue ones say by how many days. */
export function DeadlineStatusBadge({ row }: { row: Pick<MsixDeadlineRow, 'status' | 'daysOverdue'> }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[row.status]}>
      {row.status === 'overdue'
        ? t('msix.deadlines.daysOverdue', { count: row.daysOverdue })
        : t(`msix.deadlines.status.${row.status}`)}
    </Badge>
  );
}

/**
 * The MSIX deadlines of the region chosen (or the state), docs/rules/msix.md X8: each child's
 * enrollment, withdrawal and approved COE with its due date and whether an export sent it in
 * time, overdue first, filtered by status, each linking to the child.
 */
export function MsixDeadlinesSection({ regionId }: { regionId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  // Five choices do not fit side by side on a phone: they stack there.
  const narrow = useMediaQuery('(max-width: 36em)');
  const chosen = params.get(DEADLINE_STATUS_PARAM);
  const status = isStatus(chosen) ? chosen : undefined;
  const page = Number(params.get(PAGE_PARAM) ?? '1');
  const query = { regionId, status, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
  const deadlines = useQuery({
    queryKey: ['msix', 'deadlines', query],
    queryFn: () => api<MsixDeadlines>('GET', `/api/msix/deadlines${queryString(query)}`),
    placeholderData: keepPreviousData,
  });
  const loaded = deadlines.data !== undefined;
  useEffect(() => {
    if (loaded && location.hash === `#${DEADLINES_ANCHOR}`) heading.current?.scrollIntoView();
  }, [loaded, location.hash]);
  const n = (value: number) => formatNumber(value, i18n.language);
  const date = (value: string | null) => formatDate(value, i18n.language);
  const filter = (value: string) => {
    const next = new URLSearchParams(params);
    if (value === 'all') next.delete(DEADLINE_STATUS_PARAM);
    else next.set(DEADLINE_STATUS_PARAM, value);
    next.delete(PAGE_PARAM);
    setParams(next, { replace: true });
  };
  const data = deadlines.data;
  return (
    <Card withBorder component="section" aria-labelledby="msix-deadlines-title" id={DEADLINES_ANCHOR}>
      <Stack>
        <Title order={2} size="h3" id="msix-deadlines-title" ref={heading}>
          {t('msix.deadlines.title')}
        </Title>
        <Text>{t('msix.deadlines.intro')}</Text>
        <QueryState isPending={deadlines.isPending} error={deadlines.error}>
          {data && (
            <Stack>
              <Text size="lg" fw={700} aria-live="polite">
                {t('msix.deadlines.summary', {
                  overdue: n(data.summary.overdue),
                  dueSoon: n(data.summary.dueSoon),
                  pending: n(data.summary.pending),
                  late: n(data.summary.late),
                  met: n(data.summary.met),
                })}
              </Text>
              <Stack gap={4}>
                <Text size="sm" fw={500} id="msix-deadlines-filter">
                  {t('msix.deadlines.filter')}
                </Text>
                <SegmentedControl
                  aria-labelledby="msix-deadlines-filter"
                  value={status ?? 'all'}
                  onChange={filter}
                  data={['all', ...STATUSES].map((value) => ({
                    value,
                    label: t(`msix.deadlines.filters.${value}`),
                  }))}
                  fullWidth
                  orientation={narrow ? 'vertical' : 'horizontal'}
                  maw={560}
                />
              </Stack>
              {data.rows.length === 0 ? (
                <Text>{t('msix.deadlines.none')}</Text>
              ) : (
                <ScrollTable minWidth={520} label={t('msix.deadlines.tableLabel')}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('msix.deadlines.columns.child')}</Table.Th>
                        <Table.Th scope="col">{t('msix.deadlines.columns.event')}</Table.Th>
                        <Table.Th scope="col">{t('msix.deadlines.columns.due')}</Table.Th>
                        <Table.Th scope="col">{t('msix.deadlines.columns.status')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.rows.map((row) => (
                        <Table.Tr key={`${row.childId}-${row.kind}-${row.eventDate}-${row.about ?? ''}`}>
                          <Table.Td>
                            <Anchor component={Link} to={`/children/${row.childId}`}>
                              {row.name}
                            </Anchor>
                            <Text size="xs" c="dimmed">
                              {row.studentNumber}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">
                              {t(`msix.deadlines.kinds.${row.kind}`, { date: date(row.eventDate) })}
                            </Text>
                            {row.about && (
                              <Text size="xs" c="dimmed">
                                {row.kind === 'coe-approval'
                                  ? t('msix.deadlines.qad', { date: date(row.about) })
                                  : row.about}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>{date(row.dueDate)}</Table.Td>
                          <Table.Td>
                            <DeadlineStatusBadge row={row} />
                            {row.submittedOn && (
                              <Text size="xs" c="dimmed">
                                {t('msix.deadlines.sentOn', { date: date(row.submittedOn) })}
                              </Text>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              )}
              <PageNavigation total={data.total} pageSize={PAGE_SIZE} param={PAGE_PARAM} />
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}
