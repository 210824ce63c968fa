import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NeedAreaSelect } from './NeedAreaFields';
import { MAX_CODE_LENGTH, STRATEGY_IMPLEMENTERS, type PlanNeedArea, type PlanStrategy } from './plan-types';

/** One strategy of a draft as a form: number, need area, text in both languages, implementer, EPC verification. */
export function StrategyFields({
  index,
  strategy,
  needAreas,
  errorOf,
  onChange,
  onRemove,
}: {
  index: number;
  strategy: PlanStrategy;
  needAreas: PlanNeedArea[];
  errorOf: (field: string) => string | undefined;
  onChange: (strategy: PlanStrategy) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof PlanStrategy>(key: K, value: PlanStrategy[K]) =>
    onChange({ ...strategy, [key]: value });
  return (
    <Fieldset legend={t('plan.editor.strategyLegend', { n: index + 1, number: strategy.number || '…' })}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('plan.editor.strategyNumber')}
            required
            value={strategy.number}
            onChange={(e) => set('number', e.currentTarget.value)}
            error={errorOf('number')}
            maxLength={MAX_CODE_LENGTH}
          />
          <NeedAreaSelect
            needAreas={needAreas}
            value={strategy.needArea}
            error={errorOf('needArea')}
            onChange={(code) => set('needArea', code)}
          />
          <Select
            label={t('plan.editor.implementer')}
            data={STRATEGY_IMPLEMENTERS.map((value) => ({ value, label: t(`plan.implementers.${value}`) }))}
            value={strategy.implementer}
            onChange={(value) => value && set('implementer', value as PlanStrategy['implementer'])}
            error={errorOf('implementer')}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Textarea
          label={t('plan.editor.textEn')}
          required
          autosize
          minRows={2}
          value={strategy.textEn}
          onChange={(e) => set('textEn', e.currentTarget.value)}
          error={errorOf('textEn')}
        />
        <Textarea
          label={t('plan.editor.textEs')}
          required
          autosize
          minRows={2}
          lang="es"
          value={strategy.textEs}
          onChange={(e) => set('textEs', e.currentTarget.value)}
          error={errorOf('textEs')}
        />
        <Group justify="space-between" wrap="wrap">
          <Checkbox
            label={t('plan.epcVerified')}
            checked={strategy.epcVerified}
            onChange={(e) => set('epcVerified', e.currentTarget.checked)}
          />
          <Button variant="default" onClick={onRemove}>
            {t('plan.editor.removeStrategy', { number: strategy.number || index + 1 })}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
