import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { sortedItems } from './qc-format';
import type { Sample } from './qc-types';
import { ReinterviewResultForm } from './ReinterviewResultForm';
import { ReinterviewSummary } from './ReinterviewSummary';

/** The re-interviews of a sample assigned to the signed-in user, each with its result form (nothing for a manager with none). */
export function MyReinterviews({
  sample,
  hideWhenEmpty = false,
}: {
  sample: Sample;
  hideWhenEmpty?: boolean;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const mine = sortedItems(sample.items).filter((item) => item.reinterviewerId === me.id);
  if (hideWhenEmpty && mine.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="qc-mine-title">
      <Title order={2} size="h4" id="qc-mine-title">
        {t('qualityControl.mine.title')}
      </Title>
      {mine.length === 0 ? (
        <Text size="sm">{t('qualityControl.mine.none')}</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {mine.map((item) => (
            <Card key={item.id} withBorder padding="sm" component="li">
              <Stack gap="xs">
                <Text size="sm" c="dimmed">
                  {t('qualityControl.region', { number: item.regionNumber })}
                </Text>
                <ReinterviewSummary item={item} />
                {item.abilities.canRecordResult && <ReinterviewResultForm item={item} sampleId={sample.id} />}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
