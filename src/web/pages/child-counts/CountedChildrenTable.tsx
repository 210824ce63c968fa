import { SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { formatDate, formatNumber } from '../../app/format';
import { PageNavigation } from '../../components/PageNavigation';
import { QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import type { CountedChildrenPage, CountsScope } from './child-count-types';

const PAGE_SIZE = 50;

/** S5.6: a count's children page by page, each with the day and span that count them and their summer day. */
export function CountedChildrenTable({ scope }: { scope: CountsScope }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const category = params.get('category') === '2' ? 2 : 1;
  const page = Number(params.get('page') ?? '1');
  const query = { ...scope, category, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const list = useQuery({
    queryKey: ['child-counts', 'children', query],
    queryFn: () => api<CountedChildrenPage>('GET', `/api/child-counts/children${queryString(query)}`),
    placeholderData: keepPreviousData,
  });
  const date = (day: string) => formatDate(day, i18n.language);
  const yesNo = (value: boolean) => (value ? t('childCounts.list.yes') : t('childCounts.list.no'));
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('childCounts.list.title')}
      </Title>
      <SegmentedControl
        aria-label={t('childCounts.list.category')}
        value={String(category)}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          next.set('category', value);
          next.delete('page');
          setParams(next, { replace: true });
        }}
        data={[
          { value: '1', label: t('childCounts.category1') },
          { value: '2', label: t('childCounts.category2') },
        ]}
        w={{ base: '100%', sm: 320 }}
      />
      <QueryState isPending={list.isPending} error={list.error}>
        {list.data && (
          <>
            <Text aria-live="polite">
              {t('childCounts.list.total', {
                count: list.data.total,
                formatted: formatNumber(list.data.total, i18n.language),
              })}
            </Text>
            {list.data.items.length === 0 ? (
              <Text c="dimmed">{t('childCounts.list.empty')}</Text>
            ) : (
              <ScrollTable minWidth={900} label={t('childCounts.list.label')}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      {(
                        [
                          'student',
                          'countsFrom',
                          'span',
                          'group',
                          'englishLearner',
                          'disability',
                          'summerDay',
                        ] as const
                      ).map((column) => (
                        <Table.Th scope="col" key={column}>
                          {t(`childCounts.list.${column}`)}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.data.items.map((child) => (
                      <Table.Tr key={child.studentId}>
                        <Table.Th scope="row">{child.studentId}</Table.Th>
                        <Table.Td>{date(child.day)}</Table.Td>
                        <Table.Td>
                          {date(child.span.from)} – {date(child.span.to)}
                        </Table.Td>
                        <Table.Td>{t(`childCounts.groups.${child.group}`)}</Table.Td>
                        <Table.Td>{yesNo(child.englishLearner)}</Table.Td>
                        <Table.Td>{yesNo(child.disability)}</Table.Td>
                        <Table.Td>
                          {child.category2
                            ? `${date(child.category2.day)} · ${child.category2.serviceId}`
                            : '—'}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )}
            <PageNavigation total={list.data.total} pageSize={PAGE_SIZE} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
