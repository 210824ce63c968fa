import { Button, Fieldset, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_CODE_LENGTH, MAX_NEED_AREA_NAME_LENGTH, type PlanNeedArea } from './plan-types';

/** The need area an MPO or a strategy belongs to, chosen among the draft's, named in the reader's language. */
export function NeedAreaSelect({
  needAreas,
  value,
  error,
  onChange,
}: {
  needAreas: PlanNeedArea[];
  value: string;
  error: string | undefined;
  onChange: (code: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const spanish = i18n.language.startsWith('es');
  return (
    <Select
      label={t('plan.editor.needArea')}
      required
      data={needAreas.map((a) => ({ value: a.code, label: `${a.code} · ${spanish ? a.nameEs : a.nameEn}` }))}
      value={value || null}
      onChange={(code) => onChange(code ?? '')}
      error={error}
      allowDeselect={false}
    />
  );
}

/** One need area of a draft: its code and its name in both languages. */
export function NeedAreaFields({
  index,
  area,
  errorOf,
  onChange,
  onRemove,
}: {
  index: number;
  area: PlanNeedArea;
  errorOf: (field: string) => string | undefined;
  onChange: (area: PlanNeedArea) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const set = (key: keyof PlanNeedArea, value: string) => onChange({ ...area, [key]: value });
  return (
    <Fieldset legend={t('plan.editor.needAreaLegend', { n: index + 1, code: area.code || '…' })}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('plan.editor.code')}
          required
          value={area.code}
          onChange={(e) => set('code', e.currentTarget.value)}
          error={errorOf('code')}
          maxLength={MAX_CODE_LENGTH}
        />
        <TextInput
          label={t('plan.editor.nameEn')}
          required
          value={area.nameEn}
          onChange={(e) => set('nameEn', e.currentTarget.value)}
          error={errorOf('nameEn')}
          maxLength={MAX_NEED_AREA_NAME_LENGTH}
        />
        <TextInput
          label={t('plan.editor.nameEs')}
          required
          lang="es"
          value={area.nameEs}
          onChange={(e) => set('nameEs', e.currentTarget.value)}
          error={errorOf('nameEs')}
          maxLength={MAX_NEED_AREA_NAME_LENGTH}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={onRemove}>
          {t('plan.editor.removeNeedArea', { code: area.code || index + 1 })}
        </Button>
      </Group>
    </Fieldset>
  );
}
