import { Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { ScrollTable } from '../../components/ScrollTable';
import type { ReferralQuarterRow } from './data-packet-types';

/**
 * Referrals per quarter by source of the last period shown (Region 23's aim, DP3): each beside
 * the same quarter of the period before, the change as a percent of that earlier count.
 */
export function ReferralQuartersCard({ rows, period }: { rows: ReferralQuarterRow[]; period: string }) {
  const { t, i18n } = useTranslation();
  const shown = rows.filter((row) => row.period === period);
  const title = t('packet.referrals.title', { period });
  const previous = `${Number(period.slice(0, 4)) - 1}-${period.slice(2, 4)}`;
  const change = (row: ReferralQuarterRow) =>
    row.change.value === null
      ? t('packet.referrals.noChange')
      : `${row.change.value > 0 ? '+' : ''}${formatNumber(row.change.value, i18n.language)}%`;
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={2} size="h4">
        {title}
      </Title>
      <Text mt={4} size="sm" c="dimmed">
        {t('packet.referrals.definition')}
      </Text>
      <ScrollTable minWidth={420} label={t('packet.tableOf', { title })}>
        <Table mt="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('packet.referrals.quarter')}</Table.Th>
              <Table.Th scope="col">{t('packet.referrals.source')}</Table.Th>
              <Table.Th scope="col">{t('packet.referrals.count')}</Table.Th>
              <Table.Th scope="col">{t('packet.referrals.previous', { previous })}</Table.Th>
              <Table.Th scope="col">{t('packet.referrals.change')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={`${row.quarter}-${row.source}`}>
                <Table.Th scope="row">{t('packet.referrals.quarterN', { quarter: row.quarter })}</Table.Th>
                <Table.Td>
                  {t(`packet.referrals.sources.${row.source}`, { defaultValue: row.source })}
                </Table.Td>
                <Table.Td>{formatNumber(row.referrals, i18n.language)}</Table.Td>
                <Table.Td>{formatNumber(row.previousReferrals, i18n.language)}</Table.Td>
                <Table.Td>{change(row)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Card>
  );
}
