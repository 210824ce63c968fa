import { Checkbox, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COMPLETIONS, type ChildDraft } from './interview-draft';
import { onValue } from './on-value';

/** A child's high school diploma or equivalency: when, where, and whether one from abroad still counts. */
export function CompletionFields({
  child,
  onChange,
}: {
  child: ChildDraft;
  onChange: (edit: (child: ChildDraft) => void) => void;
}) {
  const { t } = useTranslation();
  const country = child.completionCountry.trim().toUpperCase() || 'US';
  return (
    <>
      <NativeSelect
        label={t('interview.children.completion')}
        value={child.completion}
        onChange={onValue<ChildDraft['completion']>((value) =>
          onChange((c) => {
            c.completion = value;
          }),
        )}
        data={COMPLETIONS.map((value) => ({
          value,
          label: t(`interview.children.completions.${value || 'none'}`),
        }))}
      />
      {child.completion && (
        <>
          <TextInput
            type="date"
            label={t('interview.children.completionDate')}
            value={child.completionDate}
            onChange={onValue((value) =>
              onChange((c) => {
                c.completionDate = value;
              }),
            )}
          />
          <TextInput
            label={t('interview.children.completionCountry')}
            description={t('interview.place.countryHint')}
            placeholder="US"
            value={child.completionCountry}
            onChange={onValue((value) =>
              onChange((c) => {
                c.completionCountry = value;
              }),
            )}
          />
          {country !== 'US' && (
            <Checkbox
              label={t('interview.children.stillEntitled')}
              description={t('interview.children.stillEntitledHint')}
              checked={child.stillEntitledUnderStateLaw}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                onChange((c) => {
                  c.stillEntitledUnderStateLaw = checked;
                });
              }}
            />
          )}
        </>
      )}
    </>
  );
}
