import { Anchor, Badge, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { formatDate, formatNumber } from '../../app/format';
import { QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import type { AssistanceList } from './da-types';

/** The feedback loop across counties: the assistance county offices gave DA-eligible LEAs, and its themes. */
export function DaAssistancePage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const county = params.get('county');
  const all = useQuery({
    queryKey: ['da-assistance', null],
    queryFn: () => api<AssistanceList>('GET', '/api/da/assistance'),
  });
  const list = useQuery({
    queryKey: ['da-assistance', county],
    queryFn: () => api<AssistanceList>('GET', `/api/da/assistance${queryString({ county })}`),
    enabled: county !== null,
  });
  const shown = county ? list : all;
  const n = (value: number) => formatNumber(value, i18n.language);

  return (
    <Stack>
      <Anchor component={Link} to="/da" size="sm">
        {t('da.backToResults')}
      </Anchor>
      <Title order={1}>{t('da.acrossCounties.title')}</Title>
      <Text>{t('da.acrossCounties.intro')}</Text>
      <QueryState isPending={all.isPending} error={all.error}>
        {all.data && all.data.byCounty.length === 0 && <Text>{t('da.assistance.none')}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {all.data?.byCounty.map((summary) => (
            <Card key={summary.county} withBorder component="section" aria-label={summary.county}>
              <Group justify="space-between" wrap="nowrap">
                <Title order={2} size="h5">
                  {summary.county}
                </Title>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => setParams(summary.county === '—' ? {} : { county: summary.county })}
                >
                  {t('da.acrossCounties.show')}
                </Anchor>
              </Group>
              <Text size="sm">
                {t('da.acrossCounties.counts', {
                  records: n(summary.records),
                  leas: n(summary.leasAssisted),
                  date: formatDate(summary.lastProvidedOn, i18n.language),
                })}
              </Text>
              <Group gap={4} mt="xs">
                {summary.themes.slice(0, 3).map((theme) => (
                  <Badge key={theme.theme} variant="outline" color="gray" style={{ textTransform: 'none' }}>
                    {t(`da.themes.${theme.theme}`)} · {theme.count}
                  </Badge>
                ))}
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      </QueryState>
      <Select
        label={t('da.acrossCounties.county')}
        placeholder={t('da.acrossCounties.allCounties')}
        clearable
        w={260}
        value={county}
        onChange={(value) => setParams(value ? { county: value } : {})}
        data={(all.data?.byCounty ?? []).map((c) => c.county).filter((c) => c !== '—')}
      />
      <QueryState isPending={shown.isPending} error={shown.error}>
        {shown.data && shown.data.total > shown.data.items.length && (
          <Text size="sm">
            {t('da.acrossCounties.newest', {
              shown: formatNumber(shown.data.items.length, i18n.language),
              total: formatNumber(shown.data.total, i18n.language),
            })}
          </Text>
        )}
        <ScrollTable minWidth={640} label={t('da.assistance.title')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('da.assistance.providedOn')}</Table.Th>
                <Table.Th scope="col">{t('da.lea.name')}</Table.Th>
                <Table.Th scope="col">{t('da.assistance.kind')}</Table.Th>
                <Table.Th scope="col">{t('da.assistance.themes')}</Table.Th>
                <Table.Th scope="col">{t('da.assistance.providedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.data?.items.map((record) => (
                <Table.Tr key={record.id}>
                  <Table.Td>{formatDate(record.providedOn, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/da/leas/${encodeURIComponent(record.leaId)}`}>
                      {record.leaName ?? record.leaId}
                    </Anchor>
                    {record.county && <Text size="xs">{record.county}</Text>}
                  </Table.Td>
                  <Table.Td>{t(`da.assistance.kinds.${record.kind}`)}</Table.Td>
                  <Table.Td>
                    {record.themes.map((theme) => t(`da.themes.${theme}`)).join('; ') || '—'}
                  </Table.Td>
                  <Table.Td>{record.providedBy}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </QueryState>
    </Stack>
  );
}
