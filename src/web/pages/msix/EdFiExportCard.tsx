import { Anchor, Card, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentPeriod, recentPeriods } from '../../app/periods';

const PERIODS_SHOWN = 4;

/**
 * The download of a period's children, their migrant education program associations and
 * services in the shape of the Ed-Fi API's resources (docs/rules/ed-fi.md), for the region
 * chosen on the page or the whole state.
 */
export function EdFiExportCard({ regionId }: { regionId: string | undefined }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(currentPeriod());
  const query = new URLSearchParams({ period, ...(regionId === undefined ? {} : { regionId }) });
  return (
    <Card withBorder component="section" aria-labelledby="ed-fi-title">
      <Stack>
        <Title order={2} size="h3" id="ed-fi-title">
          {t('msix.edFi.title')}
        </Title>
        <Text>{t('msix.edFi.intro')}</Text>
        <Select
          label={t('msix.edFi.period')}
          value={period}
          allowDeselect={false}
          onChange={(value) => value && setPeriod(value)}
          data={recentPeriods(PERIODS_SHOWN)}
          maw={240}
        />
        <Anchor href={`/api/ed-fi/export?${query.toString()}`}>
          {t(regionId === undefined ? 'msix.edFi.downloadState' : 'msix.edFi.downloadRegion', { period })}
        </Anchor>
      </Stack>
    </Card>
  );
}
