import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NeedAreaSelect } from './NeedAreaFields';
import {
  ASSESSED_SUBJECTS,
  GROWTH_KINDS,
  MAX_CODE_LENGTH,
  POPULATION_KINDS,
  SERVICE_TERMS,
  type MpoDraft,
  type NumberField,
  type PlanNeedArea,
} from './plan-types';

const numberOf = (value: string | number): NumberField => (typeof value === 'number' ? value : '');

/** One MPO of a draft as a form: its number and need area, its rule as data, its statements, its terms. */
export function MpoFields({
  index,
  mpo,
  needAreas,
  errorOf,
  onChange,
  onRemove,
}: {
  index: number;
  mpo: MpoDraft;
  needAreas: PlanNeedArea[];
  /** The server's message for a field of this MPO (`growth.points`), if it named one. */
  errorOf: (field: string) => string | undefined;
  onChange: (mpo: MpoDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof MpoDraft>(key: K, value: MpoDraft[K]) => onChange({ ...mpo, [key]: value });
  const growthField = {
    points: 'growth.points',
    percentOfRange: 'growth.percent',
    reach: 'growth.score',
  } as const;
  const legend = t('plan.editor.mpoLegend', { n: index + 1, number: mpo.number || '…' });
  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('plan.editor.mpoNumber')}
            required
            value={mpo.number}
            onChange={(e) => set('number', e.currentTarget.value)}
            error={errorOf('number')}
            maxLength={MAX_CODE_LENGTH}
          />
          <NeedAreaSelect
            needAreas={needAreas}
            value={mpo.area}
            error={errorOf('area')}
            onChange={(code) => set('area', code)}
          />
          <Select
            label={t('plan.rule.population')}
            data={POPULATION_KINDS.map((kind) => ({
              value: kind,
              label: t(`plan.editor.populationKinds.${kind}`),
            }))}
            value={mpo.populationKind}
            onChange={(value) => value && set('populationKind', value as MpoDraft['populationKind'])}
            allowDeselect={false}
          />
          {mpo.populationKind === 'belowProficient' ? (
            <Group grow align="start">
              <Select
                label={t('plan.editor.subject')}
                data={ASSESSED_SUBJECTS.map((s) => ({ value: s, label: t(`plan.subjects.${s}`) }))}
                value={mpo.subject}
                onChange={(value) => value && set('subject', value as MpoDraft['subject'])}
                allowDeselect={false}
              />
              <NumberInput
                label={t('plan.editor.maxLevel')}
                min={1}
                max={4}
                allowDecimal={false}
                value={mpo.maxLevel}
                onChange={(value) => set('maxLevel', numberOf(value))}
                error={errorOf('population.maxLevel')}
              />
            </Group>
          ) : (
            <Group grow align="start">
              <NumberInput
                label={t('plan.editor.minAge')}
                min={0}
                max={30}
                allowDecimal={false}
                value={mpo.minAge}
                onChange={(value) => set('minAge', numberOf(value))}
                error={errorOf('population.minAge')}
              />
              <NumberInput
                label={t('plan.editor.maxAge')}
                min={0}
                max={30}
                allowDecimal={false}
                value={mpo.maxAge}
                onChange={(value) => set('maxAge', numberOf(value))}
                error={errorOf('population.maxAge')}
              />
            </Group>
          )}
          <NumberInput
            label={t('plan.editor.minHours')}
            description={t('plan.editor.minHoursHint')}
            min={0}
            value={mpo.minHours}
            onChange={(value) => set('minHours', numberOf(value))}
            error={errorOf('minHours')}
          />
          <Select
            label={t('plan.rule.growth')}
            data={GROWTH_KINDS.map((kind) => ({ value: kind, label: t(`plan.editor.growthKinds.${kind}`) }))}
            value={mpo.growthKind}
            onChange={(value) => value && set('growthKind', value as MpoDraft['growthKind'])}
            allowDeselect={false}
          />
          {mpo.growthKind !== 'anyGain' && (
            <NumberInput
              label={t(`plan.editor.growthValues.${mpo.growthKind}`)}
              required
              value={mpo.growthValue}
              onChange={(value) => set('growthValue', numberOf(value))}
              error={errorOf(growthField[mpo.growthKind])}
            />
          )}
          <NumberInput
            label={t('plan.editor.target')}
            required
            min={0}
            max={100}
            value={mpo.target}
            onChange={(value) => set('target', numberOf(value))}
            error={errorOf('target')}
          />
          <NumberInput
            label={t('plan.rule.minN')}
            required
            min={0}
            allowDecimal={false}
            value={mpo.minN}
            onChange={(value) => set('minN', numberOf(value))}
            error={errorOf('minN')}
          />
        </SimpleGrid>
        <Textarea
          label={t('plan.editor.statementEn')}
          required
          autosize
          minRows={2}
          value={mpo.statementEn}
          onChange={(e) => set('statementEn', e.currentTarget.value)}
          error={errorOf('statementEn')}
        />
        <Textarea
          label={t('plan.editor.statementEs')}
          required
          autosize
          minRows={2}
          lang="es"
          value={mpo.statementEs}
          onChange={(e) => set('statementEs', e.currentTarget.value)}
          error={errorOf('statementEs')}
        />
        <Checkbox.Group
          label={t('plan.rule.terms')}
          value={mpo.terms}
          onChange={(terms) =>
            set(
              'terms',
              SERVICE_TERMS.filter((term) => terms.includes(term)),
            )
          }
          error={errorOf('terms')}
        >
          <Group mt="xs">
            {SERVICE_TERMS.map((term) => (
              <Checkbox key={term} value={term} label={t(`services.terms.${term}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button variant="default" color="red" onClick={onRemove}>
            {t('plan.editor.removeMpo', { number: mpo.number || index + 1 })}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
