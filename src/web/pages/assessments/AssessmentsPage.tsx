import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BelowProficientCard } from './BelowProficientCard';
import { EnterResultCard } from './EnterResultCard';
import { ImportResultsCard } from './ImportResultsCard';
import { ResultListCard } from './ResultListCard';

/**
 * Children's state assessment results (CAASPP ELA and mathematics, ELPAC): imported from a
 * file with a column mapping, typed by hand, listed and corrected; and which levels count as
 * below proficient, the population of the plan's MPOs 1.0 and 2.0.
 */
export function AssessmentsPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={1000}>
      <Title order={1}>{t('assessments.title')}</Title>
      <Text>{t('assessments.intro')}</Text>
      <ImportResultsCard />
      <EnterResultCard />
      <ResultListCard />
      <BelowProficientCard />
    </Stack>
  );
}
