import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlaceDraft } from './interview-draft';
import { useEligibilitySettings } from './use-eligibility-settings';

/** Where a move started or ended: residence, school district, city, state or province, country. */
export function PlaceFields({
  legend,
  place,
  onChange,
}: {
  legend: string;
  place: PlaceDraft;
  onChange: (edit: (place: PlaceDraft) => void) => void;
}) {
  const { t } = useTranslation();
  const { singleDistrictStates } = useEligibilitySettings();
  const abroad = (place.country.trim().toUpperCase() || 'US') !== 'US';
  // In a state that is one school district, the island or area takes the district's place (R3.4c).
  const singleDistrict = !abroad && singleDistrictStates.includes(place.state.trim().toUpperCase());
  const field = (
    name: keyof PlaceDraft,
    label: string,
    options: { required?: boolean; description?: string } = {},
  ) => (
    <TextInput
      label={label}
      description={options.description}
      required={options.required}
      value={place[name]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        onChange((p) => {
          p[name] = value;
        });
      }}
    />
  );
  return (
    <Fieldset legend={legend} variant="unstyled">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {field('residence', t('interview.place.residence'), {
          required: true,
          description: t('interview.place.residenceHint'),
        })}
        {field('country', t('interview.place.country'), { description: t('interview.place.countryHint') })}
        {!abroad && field('schoolDistrict', t('interview.place.schoolDistrict'), { required: true })}
        {field('city', t('interview.place.city'))}
        {field('state', abroad ? t('interview.place.province') : t('interview.place.state'))}
        {(singleDistrict || place.administrativeArea !== '') &&
          field('administrativeArea', t('interview.place.administrativeArea'), {
            description: t('interview.place.administrativeAreaHint', {
              states: singleDistrictStates.join(', '),
            }),
          })}
      </SimpleGrid>
    </Fieldset>
  );
}
