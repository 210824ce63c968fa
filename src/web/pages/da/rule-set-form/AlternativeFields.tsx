import { Button, Group, MultiSelect, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StudentGroup } from '../../../../core/accountability/da-codes';
import { ConditionFields } from './ConditionFields';
import { emptyCondition, type AlternativeDraft } from './rule-set-draft';
import { groupOptions, type ProblemAt } from './rule-set-options';

/** One way to meet an area: its conditions, all holding for the same group, and the groups it is for. */
export function AlternativeFields({
  alternative,
  onChange,
  onRemove,
  number,
  areaName,
  path,
  problemAt,
}: {
  alternative: AlternativeDraft;
  onChange: (next: AlternativeDraft) => void;
  onRemove: () => void;
  number: number;
  areaName: string;
  path: string;
  problemAt: ProblemAt;
}) {
  const { t } = useTranslation();
  const context = t('da.ruleSets.form.alternativeOf', { n: number, area: areaName });
  const conditions = alternative.conditions;
  return (
    <Paper withBorder p="sm" component="section" aria-label={context}>
      <Stack gap="xs">
        <Text fw={600}>{t('da.ruleSets.form.alternative', { n: number })}</Text>
        <Text size="sm" c="dimmed">
          {t('da.ruleSets.form.allHold')}
        </Text>
        {problemAt(`${path}.all`) && (
          <Text size="sm" c="red.8" role="alert">
            {problemAt(`${path}.all`)}
          </Text>
        )}
        {conditions.map((condition, c) => (
          <ConditionFields
            key={condition.key}
            condition={condition}
            number={c + 1}
            context={context}
            path={`${path}.all[${c}]`}
            problemAt={problemAt}
            onChange={(next) =>
              onChange({ ...alternative, conditions: conditions.map((x, i) => (i === c ? next : x)) })
            }
            onRemove={() => onChange({ ...alternative, conditions: conditions.filter((_, i) => i !== c) })}
          />
        ))}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect
            label={t('da.ruleSets.form.onlyGroups')}
            description={t('da.ruleSets.form.onlyGroupsHint')}
            data={groupOptions(t)}
            value={alternative.onlyGroups}
            onChange={(value) => onChange({ ...alternative, onlyGroups: value as StudentGroup[] })}
            error={problemAt(`${path}.onlyGroups`)}
            clearable
          />
          <MultiSelect
            label={t('da.ruleSets.form.excludeGroups')}
            description={t('da.ruleSets.form.excludeGroupsHint')}
            data={groupOptions(t)}
            value={alternative.excludeGroups}
            onChange={(value) => onChange({ ...alternative, excludeGroups: value as StudentGroup[] })}
            error={problemAt(`${path}.excludeGroups`)}
            clearable
          />
        </SimpleGrid>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            onClick={() => onChange({ ...alternative, conditions: [...conditions, emptyCondition()] })}
            aria-label={t('da.ruleSets.form.addConditionTo', { context })}
          >
            {t('da.ruleSets.form.addCondition')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={onRemove}
            aria-label={t('da.ruleSets.form.removeAlternativeOf', { n: number, area: areaName })}
          >
            {t('da.ruleSets.form.removeAlternative')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
