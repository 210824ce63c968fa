import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { ScrollTable } from '../../components/ScrollTable';
import { formatRate } from './qc-format';
import type { DiscrepancyRate, Sample } from './qc-types';

/** The discrepancy rate with its 95% Wilson interval, per region and overall. */
export function SampleRates({ sample }: { sample: Sample }) {
  const { t, i18n } = useTranslation();
  const overall = formatRate(sample.overall, i18n.language);
  const counts = {
    completed: formatNumber(sample.overall.completed, i18n.language),
    sampled: formatNumber(sample.overall.sampled, i18n.language),
  };
  return (
    <Stack gap="xs">
      <Text fw={600} aria-live="polite">
        {overall
          ? t('qualityControl.rates.summary', { ...overall, ...counts })
          : t('qualityControl.rates.summaryNone', counts)}
      </Text>
      <Text size="sm">{t('qualityControl.rates.caption')}</Text>
      <ScrollTable minWidth={560} label={t('qualityControl.rates.title')}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('qualityControl.rates.region')}</Table.Th>
              <Table.Th scope="col">{t('qualityControl.rates.sampled')}</Table.Th>
              <Table.Th scope="col">{t('qualityControl.rates.completed')}</Table.Th>
              <Table.Th scope="col">{t('qualityControl.rates.discrepancies')}</Table.Th>
              <Table.Th scope="col">{t('qualityControl.rates.rate')}</Table.Th>
              <Table.Th scope="col">{t('qualityControl.rates.interval')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sample.regions.map((region) => (
              <RateRow
                key={region.regionNumber}
                label={t('qualityControl.region', { number: region.regionNumber })}
                rate={region}
              />
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <RateRow label={t('qualityControl.rates.overall')} rate={sample.overall} strong />
          </Table.Tfoot>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

function RateRow({
  label,
  rate,
  strong = false,
}: {
  label: string;
  rate: DiscrepancyRate;
  strong?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const text = formatRate(rate, i18n.language);
  const fw = strong ? 700 : undefined;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={fw}>
        {label}
      </Table.Th>
      <Table.Td fw={fw}>{formatNumber(rate.sampled, i18n.language)}</Table.Td>
      <Table.Td fw={fw}>{formatNumber(rate.completed, i18n.language)}</Table.Td>
      <Table.Td fw={fw}>{formatNumber(rate.discrepancies, i18n.language)}</Table.Td>
      <Table.Td fw={fw}>
        {text?.rate ?? (
          <Text span size="sm">
            {t('qualityControl.rates.none')}
          </Text>
        )}
      </Table.Td>
      <Table.Td fw={fw}>{text?.interval ?? '—'}</Table.Td>
    </Table.Tr>
  );
}
