import { Anchor, Badge, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { formatDate, formatNumber } from '../../app/format';
import { useSession } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import { STATUS_COLORS, type CoeListItem } from './coe-types';

const VIEWS = ['queue', 'mine', 'returned', 'all'] as const;
type View = (typeof VIEWS)[number];

const FILTERS: Record<View, { status?: string; mine?: boolean }> = {
  queue: { status: 'submitted' },
  mine: { mine: true },
  returned: { status: 'returned', mine: true },
  all: {},
};

/** COEs: the review queue for reviewers, "my COEs" for recruiters. */
export function CoesPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const views = VIEWS.filter((view) =>
    view === 'queue'
      ? session.can('coe.review')
      : view === 'mine' || view === 'returned'
        ? session.can('coe.prepare')
        : true,
  );
  const requested = params.get('view') as View | null;
  const view: View = requested && views.includes(requested) ? requested : views[0]!;
  const filter = FILTERS[view];
  const list = useQuery({
    queryKey: ['coes', view],
    queryFn: () =>
      api<{ items: CoeListItem[]; total: number }>(
        'GET',
        `/api/coes${queryString({ status: filter.status, mine: filter.mine ? 'true' : undefined, limit: 100 })}`,
      ),
  });

  return (
    <Stack>
      <Title order={1}>{t('coes.title')}</Title>
      <SegmentedControl
        aria-label={t('coes.views.label')}
        value={view}
        onChange={(value) => setParams({ view: value }, { replace: true })}
        data={views.map((value) => ({ value, label: t(`coes.views.${value}`) }))}
        fullWidth
        orientation={views.length > 2 ? 'vertical' : 'horizontal'}
      />
      <QueryState isPending={list.isPending} error={list.error}>
        {list.data && (
          <>
            <Text size="sm" aria-live="polite">
              {t('coes.count', {
                count: list.data.total,
                formatted: formatNumber(list.data.total, i18n.language),
              })}
            </Text>
            {list.data.items.length > 0 && (
              <ScrollTable minWidth={320} label={t('coes.title')}>
                <Table striped highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('coes.family')}</Table.Th>
                      <Table.Th scope="col">{t('coes.status')}</Table.Th>
                      <Table.Th scope="col" visibleFrom="sm">
                        {t('coes.interviewDate')}
                      </Table.Th>
                      <Table.Th scope="col" visibleFrom="sm">
                        {t('coes.recruiter')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.data.items.map((coe) => (
                      <Table.Tr key={coe.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/coes/${coe.id}`}>
                            {coe.familyName ?? t('coes.noFamily')}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {t('coes.children', { count: coe.childCount, eligible: coe.eligibleCount })}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Badge color={STATUS_COLORS[coe.status]} autoContrast>
                            {t(`coes.statuses.${coe.status}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td visibleFrom="sm">{formatDate(coe.interviewDate, i18n.language)}</Table.Td>
                        <Table.Td visibleFrom="sm">{coe.recruiterName ?? '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
