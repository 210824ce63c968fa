import { Button, Card, Group, Select, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalPriority } from '../../../../core/accountability/da-codes';
import type { PriorityArea } from '../../../../core/accountability/rule-set';
import { AlternativeFields } from './AlternativeFields';
import { emptyAlternative, type AreaDraft } from './rule-set-draft';
import { areaInWords, localPriorityOptions, type ProblemAt } from './rule-set-options';

/** One priority area as a card: its local indicator, whether for county offices only, and its alternatives. */
export function PriorityAreaFields({
  area,
  onChange,
  onRemove,
  path,
  problemAt,
  reference,
}: {
  area: AreaDraft;
  onChange: (next: AreaDraft) => void;
  onRemove: () => void;
  path: string;
  problemAt: ProblemAt;
  /** The same area in the set compared with: its id and the area (absent when it has none). */
  reference?: { id: string; area: PriorityArea | undefined };
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const areaName = t(`da.areas.${area.id}`);
  const alternatives = area.alternatives;
  const areaProblem = problemAt(path) ?? problemAt(`${path}.id`) ?? problemAt(`${path}.any`);
  return (
    <Card withBorder component="section" aria-labelledby={titleId} p="sm">
      <Stack gap="sm">
        <Title order={4} id={titleId}>
          {areaName}
        </Title>
        {reference && (
          <Text size="sm" c="dimmed">
            {t('da.ruleSets.form.california', {
              id: reference.id,
              value: areaInWords(reference.area, t),
            })}
          </Text>
        )}
        {areaProblem && (
          <Text size="sm" c="red.8" role="alert">
            {areaProblem}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('da.ruleSets.form.local')}
            description={t('da.ruleSets.form.localHint')}
            data={localPriorityOptions(t)}
            value={area.local === null ? '' : String(area.local)}
            allowDeselect={false}
            onChange={(value) =>
              onChange({ ...area, local: value ? (Number(value) as LocalPriority) : null })
            }
            error={problemAt(`${path}.local`)}
          />
          <Switch
            mt={{ base: 0, sm: 'xl' }}
            label={t('da.ruleSets.form.coeOnly')}
            checked={area.coeOnly}
            onChange={(e) => onChange({ ...area, coeOnly: e.currentTarget.checked })}
            error={problemAt(`${path}.coeOnly`)}
          />
        </SimpleGrid>
        {alternatives.length === 0 && <Text size="sm">{t('da.ruleSets.form.noAlternatives')}</Text>}
        {alternatives.map((alternative, i) => (
          <AlternativeFields
            key={alternative.key}
            alternative={alternative}
            number={i + 1}
            areaName={areaName}
            path={`${path}.any[${i}]`}
            problemAt={problemAt}
            onChange={(next) =>
              onChange({ ...area, alternatives: alternatives.map((x, j) => (j === i ? next : x)) })
            }
            onRemove={() => onChange({ ...area, alternatives: alternatives.filter((_, j) => j !== i) })}
          />
        ))}
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            onClick={() => onChange({ ...area, alternatives: [...alternatives, emptyAlternative()] })}
            aria-label={t('da.ruleSets.form.addAlternativeTo', { area: areaName })}
          >
            {t('da.ruleSets.form.addAlternative')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={onRemove}
            aria-label={t('da.ruleSets.form.removeAreaNamed', { area: areaName })}
          >
            {t('da.ruleSets.form.removeArea')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
