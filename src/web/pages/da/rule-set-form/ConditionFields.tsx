import { Button, Fieldset, Group, MultiSelect, Radio, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Color, Indicator, StatusLevel } from '../../../../core/accountability/da-codes';
import type { ConditionDraft } from './rule-set-draft';
import { colorOptions, indicatorOptions, statusLevelOptions, type ProblemAt } from './rule-set-options';

/** One condition of an alternative: an indicator, read by its color or by its Status level. */
export function ConditionFields({
  condition,
  onChange,
  onRemove,
  number,
  context,
  path,
  problemAt,
}: {
  condition: ConditionDraft;
  onChange: (next: ConditionDraft) => void;
  onRemove: () => void;
  /** 1-based, as the person reads it. */
  number: number;
  /** The alternative and area, for the names of the buttons: "Priority 4, alternative 1". */
  context: string;
  /** The condition's path in the definition, for the server's problems. */
  path: string;
  problemAt: ProblemAt;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset
      legend={t('da.ruleSets.form.condition', { n: number })}
      aria-label={t('da.ruleSets.form.conditionOf', { n: number, context })}
      p="xs"
      style={{ minWidth: 0 }}
    >
      <Stack gap="xs">
        <Select
          label={t('da.ruleSets.form.indicator')}
          data={indicatorOptions(t)}
          value={condition.indicator}
          allowDeselect={false}
          onChange={(value) => value && onChange({ ...condition, indicator: value as Indicator })}
          error={problemAt(`${path}.indicator`)}
        />
        <Radio.Group
          label={t('da.ruleSets.form.by')}
          value={condition.by}
          onChange={(value) => onChange({ ...condition, by: value as ConditionDraft['by'] })}
          error={problemAt(path)}
        >
          <Group gap="md" mt={4}>
            <Radio value="color" label={t('da.ruleSets.form.byColor')} />
            <Radio value="status" label={t('da.ruleSets.form.byStatus')} />
          </Group>
        </Radio.Group>
        {condition.by === 'color' ? (
          <MultiSelect
            label={t('da.ruleSets.form.colors')}
            data={colorOptions(t)}
            value={condition.colors}
            onChange={(value) => onChange({ ...condition, colors: value as Color[] })}
            error={problemAt(`${path}.colors`)}
          />
        ) : (
          <MultiSelect
            label={t('da.ruleSets.form.statusLevels')}
            data={statusLevelOptions(t)}
            value={condition.statusLevels}
            onChange={(value) => onChange({ ...condition, statusLevels: value as StatusLevel[] })}
            error={problemAt(`${path}.statusLevels`)}
          />
        )}
        <Group>
          <Button
            size="xs"
            variant="default"
            color="red"
            onClick={onRemove}
            aria-label={t('da.ruleSets.form.removeConditionOf', { n: number, context })}
          >
            {t('da.ruleSets.form.removeCondition')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
