import { Checkbox, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emptyLargeDistrictFishing, type LargeDistrictFishingDraft } from './interview-facts';
import { onValue } from './on-value';

/** A move inside one very large school district, to a temporary residence, to fish (R3.4d). */
export function LargeDistrictFields({
  facts,
  onChange,
}: {
  facts: LargeDistrictFishingDraft | null;
  onChange: (facts: LargeDistrictFishingDraft | null) => void;
}) {
  const { t } = useTranslation();
  const set = (edit: (facts: LargeDistrictFishingDraft) => void) => {
    if (!facts) return;
    const next = { ...facts };
    edit(next);
    onChange(next);
  };
  return (
    <Stack gap="xs">
      <Checkbox
        label={t('interview.largeDistrict.within')}
        checked={facts !== null}
        onChange={(e) => onChange(e.currentTarget.checked ? emptyLargeDistrictFishing() : null)}
      />
      {facts && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput
            inputMode="decimal"
            label={t('interview.largeDistrict.area')}
            value={facts.districtAreaSqMi}
            onChange={onValue((value) =>
              set((f) => {
                f.districtAreaSqMi = value;
              }),
            )}
          />
          <TextInput
            inputMode="decimal"
            label={t('interview.largeDistrict.distance')}
            value={facts.distanceMiles}
            onChange={onValue((value) =>
              set((f) => {
                f.distanceMiles = value;
              }),
            )}
          />
          <Checkbox
            label={t('interview.largeDistrict.temporary')}
            checked={facts.toTemporaryResidence}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              set((f) => {
                f.toTemporaryResidence = checked;
              });
            }}
          />
          <Checkbox
            label={t('interview.largeDistrict.fishing')}
            checked={facts.toEngageInFishing}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              set((f) => {
                f.toEngageInFishing = checked;
              });
            }}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
