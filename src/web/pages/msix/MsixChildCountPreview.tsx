import { Anchor, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { Static } from '@sinclair/typebox';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { formatDateTime, formatNumber } from '../../app/format';
import { currentPeriod, recentPeriods } from '../../app/periods';
import { PageNavigation } from '../../components/PageNavigation';
import { QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import type { MsixChildCountPreviewReply } from '../../../server/routes/exchange/msix-child-count.schemas';

type Preview = Static<typeof MsixChildCountPreviewReply>;

const PAGE_SIZE = 25;
const PERIODS_SHOWN = 4;
/** The address keeps this section's period and page apart from the validation report's page. */
const PERIOD_PARAM = 'countPeriod';
const PAGE_PARAM = 'countPage';

/**
 * "As MSIX will count" (docs/rules/msix.md X9): a period's Category 1 and 2 as MSIX will count
 * them from the records the last export sent, beside Ciclo's own counts of the same children,
 * and the children counted by one side only, each with the reason and a link to the child.
 */
export function MsixChildCountPreview({ regionId }: { regionId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const period = params.get(PERIOD_PARAM) ?? currentPeriod();
  const page = Number(params.get(PAGE_PARAM) ?? '1');
  const query = { period, regionId, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
  const preview = useQuery({
    queryKey: ['msix', 'child-count-preview', query],
    queryFn: () => api<Preview>('GET', `/api/msix/child-count-preview${queryString(query)}`),
    placeholderData: keepPreviousData,
  });
  const choosePeriod = (value: string | null) => {
    if (!value) return;
    const next = new URLSearchParams(params);
    next.set(PERIOD_PARAM, value);
    next.delete(PAGE_PARAM);
    setParams(next, { replace: true });
  };
  const n = (value: number) => formatNumber(value, i18n.language);
  const data = preview.data;
  return (
    <Stack component="section" aria-labelledby="msix-count-title" id="as-msix-will-count">
      <Title order={2} size="h3" id="msix-count-title">
        {t('msix.countPreview.title')}
      </Title>
      <Text>{t('msix.countPreview.intro')}</Text>
      <Group align="end" wrap="wrap">
        <Select
          label={t('msix.countPreview.period')}
          value={period}
          allowDeselect={false}
          onChange={choosePeriod}
          data={recentPeriods(PERIODS_SHOWN)}
          w={160}
        />
        <Anchor component={Link} to={`/child-counts${queryString({ period })}`}>
          {t('msix.countPreview.cicloCountsLink')}
        </Anchor>
      </Group>
      <QueryState isPending={preview.isPending} error={preview.error}>
        {data && (
          <Stack>
            <Text c="dimmed" size="sm">
              {data.lastExportAt
                ? t('msix.countPreview.sentAt', { when: formatDateTime(data.lastExportAt, i18n.language) })
                : t('msix.countPreview.neverSent')}
            </Text>
            <ScrollTable minWidth={320} label={t('msix.countPreview.totalsLabel')}>
              <Table striped aria-live="polite">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('msix.countPreview.columns.count')}</Table.Th>
                    <Table.Th scope="col">{t('msix.countPreview.columns.ciclo')}</Table.Th>
                    <Table.Th scope="col">{t('msix.countPreview.columns.msix')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(['category1', 'category2'] as const).map((category) => (
                    <Table.Tr key={category}>
                      <Table.Th scope="row">{t(`msix.countPreview.${category}`)}</Table.Th>
                      <Table.Td>{n(data.ciclo[category])}</Table.Td>
                      <Table.Td>{n(data.msix[category])}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            <Title order={3} size="h4">
              {t('msix.countPreview.differencesTitle', { count: data.differences })}
            </Title>
            {data.rows.length === 0 ? (
              <Text>{t('msix.countPreview.noDifference')}</Text>
            ) : (
              <ScrollTable minWidth={600} label={t('msix.countPreview.differencesLabel')}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('msix.countPreview.columns.child')}</Table.Th>
                      <Table.Th scope="col">{t('msix.countPreview.columns.category')}</Table.Th>
                      <Table.Th scope="col">{t('msix.countPreview.columns.countedBy')}</Table.Th>
                      <Table.Th scope="col">{t('msix.countPreview.columns.why')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.rows.map((row) => (
                      <Table.Tr key={`${row.studentNumber}-${row.category}`}>
                        <Table.Td>
                          {row.childId ? (
                            <Anchor component={Link} to={`/children/${row.childId}`}>
                              {row.name}
                            </Anchor>
                          ) : (
                            <Text span>{row.name ?? t('msix.countPreview.noChildRecord')}</Text>
                          )}
                          <Text size="xs" c="dimmed">
                            {row.studentNumber}
                          </Text>
                        </Table.Td>
                        <Table.Td>{t(`msix.countPreview.category${row.category}`)}</Table.Td>
                        <Table.Td>{t(`msix.countPreview.countedBy.${row.countedBy}`)}</Table.Td>
                        <Table.Td>
                          <Text size="sm">
                            {t(`msix.countPreview.reasons.${row.reason}`, { count: row.problems })}
                          </Text>
                          {row.elements.length > 0 && (
                            <Text size="sm" c="dimmed">
                              {t('msix.countPreview.differs', {
                                elements: row.elements
                                  .map((element) => t(`msix.countPreview.elements.${element}`))
                                  .join(', '),
                              })}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )}
            <PageNavigation total={data.differences} pageSize={PAGE_SIZE} param={PAGE_PARAM} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
