import { Button, Fieldset, Group, NumberInput, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StudentGroup } from '../../../../core/accountability/da-codes';
import type { MinGroupSize } from '../../../../core/accountability/rule-set';
import { nextKey, type NumberDraft, type RuleSetDraft } from './rule-set-draft';
import { groupOptions, type ProblemAt, type Reference } from './rule-set-options';

/** R1.9: the minimum group size by default, and the groups that have their own. */
export function MinGroupSizeFields({
  draft,
  onChange,
  problemAt,
  california,
  reference,
}: {
  draft: Pick<RuleSetDraft, 'minGroupSizeDefault' | 'minGroupSizeOverrides'>;
  onChange: (next: Pick<RuleSetDraft, 'minGroupSizeDefault' | 'minGroupSizeOverrides'>) => void;
  problemAt: ProblemAt;
  california: Reference;
  reference: MinGroupSize | undefined;
}) {
  const { t } = useTranslation();
  const overrides = draft.minGroupSizeOverrides;
  const setOverrides = (next: RuleSetDraft['minGroupSizeOverrides']) =>
    onChange({ ...draft, minGroupSizeOverrides: next });
  const taken = new Set(overrides.map((o) => o.group));
  return (
    <Fieldset legend={t('da.ruleSets.form.minGroupSize')} p="sm">
      <Stack gap="xs">
        <NumberInput
          label={t('da.ruleSets.form.minDefault')}
          description={california(String(reference?.default ?? ''))}
          min={0}
          allowDecimal={false}
          value={draft.minGroupSizeDefault}
          onChange={(value) => onChange({ ...draft, minGroupSizeDefault: value as NumberDraft })}
          error={problemAt('minGroupSize.default') ?? problemAt('minGroupSize')}
        />
        {overrides.map((override, index) => {
          const groupName = override.group ? t(`da.groups.${override.group}`) : String(index + 1);
          const own = override.group ? reference?.[override.group] : undefined;
          return (
            <Group key={override.key} align="flex-end" gap="xs" wrap="wrap">
              <Select
                label={t('da.ruleSets.form.minGroup')}
                data={groupOptions(t).filter((o) => o.value === override.group || !taken.has(o.value))}
                value={override.group}
                allowDeselect={false}
                onChange={(value) =>
                  setOverrides(
                    overrides.map((o, i) => (i === index ? { ...o, group: value as StudentGroup } : o)),
                  )
                }
                style={{ flex: '1 1 12rem' }}
              />
              <NumberInput
                label={t('da.ruleSets.form.minSizeOf', { group: groupName })}
                description={california(own === undefined ? t('da.ruleSets.form.usesDefault') : String(own))}
                min={0}
                allowDecimal={false}
                value={override.size}
                onChange={(value) =>
                  setOverrides(
                    overrides.map((o, i) => (i === index ? { ...o, size: value as NumberDraft } : o)),
                  )
                }
                error={override.group ? problemAt(`minGroupSize.${override.group}`) : undefined}
                style={{ flex: '1 1 8rem' }}
              />
              <Button
                variant="default"
                onClick={() => setOverrides(overrides.filter((_, i) => i !== index))}
                aria-label={t('da.ruleSets.form.removeMinOf', { group: groupName })}
              >
                {t('da.ruleSets.form.remove')}
              </Button>
            </Group>
          );
        })}
        <Group>
          <Button
            size="xs"
            variant="default"
            onClick={() => setOverrides([...overrides, { key: nextKey(), group: null, size: '' }])}
          >
            {t('da.ruleSets.form.addMin')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
