import {
  Alert,
  Button,
  Card,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PRIORITY_AREAS,
  type CharterRule,
  type PriorityAreaId,
  type StudentGroup,
} from '../../../../core/accountability/da-codes';
import type { RuleSet } from '../../../../core/accountability/rule-set';
import { api, ApiError } from '../../../app/api';
import { ErrorAlert } from '../../../components/QueryState';
import { versionsRead, type RuleSetList } from '../da-types';
import { ruleSetFieldName } from './field-names';
import { GridTables } from './GridTables';
import { MinGroupSizeFields } from './MinGroupSizeFields';
import { PriorityAreaFields } from './PriorityAreaFields';
import {
  definitionField,
  draftOf,
  emptyArea,
  ruleSetOf,
  type NumberDraft,
  type RuleSetDraft,
} from './rule-set-draft';
import { charterRuleOptions, groupOptions, groupsInWords, problemsOf } from './rule-set-options';

type Listing = RuleSetList['items'][number];

/** The latest of California's built-in sets: where a new year most likely starts. */
function latestCalifornia(sets: readonly Listing[]): Listing | undefined {
  return sets
    .filter((set) => set.source === 'california')
    .sort((a, b) => (b.definition as RuleSet).dashboardYear - (a.definition as RuleSet).dashboardYear)[0];
}

/**
 * A rule set written as a form: a copy of a set in force, edited field by field and sent to
 * PUT /api/da/rule-sets, which checks it; each refusal is shown beside the field it names.
 */
export function RuleSetForm({
  sets,
  onSaved,
  onChangedMeanwhile,
}: {
  sets: Listing[];
  onSaved: (reply: RuleSetList) => void;
  /** Someone saved or removed the set since the list was read (409): read it again. */
  onChangedMeanwhile: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const latest = latestCalifornia(sets);
  const [startId, setStartId] = useState<string | null>(null);
  const start = sets.find((set) => set.id === (startId ?? latest?.id));
  const startSet = start?.definition as RuleSet | undefined;
  const copied = useMemo(() => (startSet ? draftOf(startSet) : null), [startSet]);
  const [edited, setEdited] = useState<RuleSetDraft | null>(null);
  const draft = edited ?? copied;
  const [savedId, setSavedId] = useState<string | null>(null);

  // What the fields are compared with: the California set started from, or the one of its year.
  const californiaListing =
    start?.source === 'california'
      ? start
      : (sets.find((set) => set.source === 'california' && set.id === start?.id) ?? latest);
  const california = californiaListing?.definition as RuleSet | undefined;
  const saysCalifornia = (value: string) =>
    california ? t('da.ruleSets.form.california', { id: california.id, value }) : undefined;

  const save = useMutation({
    mutationFn: (definition: RuleSet) =>
      api<RuleSetList>('PUT', '/api/da/rule-sets', { definition, versions: versionsRead(sets, definition) }),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) onChangedMeanwhile();
    },
    onSuccess: (reply, definition) => {
      onSaved(reply);
      setSavedId(definition.id);
      setEdited(null);
      setStartId(null);
    },
  });
  const problemAt = problemsOf(save.error);
  useEffect(() => {
    if (save.error) summaryRef.current?.focus();
  }, [save.error]);

  if (!draft || !start) return null;
  const change = (next: Partial<RuleSetDraft>) => {
    setSavedId(null);
    setEdited({ ...draft, ...next });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSavedId(null);
    save.mutate(ruleSetOf(draft));
  };
  const startAgain = () => {
    save.reset();
    setSavedId(null);
    setEdited(null);
  };

  const id = draft.id.trim();
  const idProblem = problemAt('id');
  const replacesCalifornia = sets.some(
    (set) => set.id === id && (set.source === 'california' || set.overridesCalifornia),
  );
  const replacesState =
    !replacesCalifornia && sets.some((set) => set.id === id && set.source !== 'california');
  const missingAreas = PRIORITY_AREAS.filter((area) => !draft.areas.some((a) => a.id === area));
  const problems = save.error instanceof ApiError ? save.error.problems : [];

  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <Stack gap="md">
        <Title order={2} size="h4" id={titleId}>
          {t('da.ruleSets.form.title')}
        </Title>
        <Text size="sm">{t('da.ruleSets.form.intro')}</Text>
        <Select
          label={t('da.ruleSets.form.startFrom')}
          description={t('da.ruleSets.form.startFromHint')}
          data={sets.map((set) => ({
            value: set.id,
            label: `${set.id} · ${t(`da.ruleSets.sources.${set.source}`)}`,
          }))}
          value={start.id}
          allowDeselect={false}
          onChange={(value) => {
            setStartId(value);
            setEdited(null);
            setSavedId(null);
            save.reset();
          }}
        />

        <Fieldset legend={t('da.ruleSets.form.yearAndSources')} p="sm">
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('da.ruleSets.form.id')}
                description={
                  replacesCalifornia
                    ? t('da.ruleSets.form.replacesCalifornia', { id })
                    : replacesState
                      ? t('da.ruleSets.form.replacesState', { id })
                      : t('da.ruleSets.form.idHint')
                }
                required
                value={draft.id}
                onChange={(e) => change({ id: e.currentTarget.value })}
                error={idProblem && t('da.ruleSets.form.idProblem', { problem: idProblem })}
              />
              <NumberInput
                label={t('da.ruleSets.form.dashboardYear')}
                description={saysCalifornia(String(california?.dashboardYear ?? ''))}
                required
                min={1900}
                allowDecimal={false}
                value={draft.dashboardYear}
                onChange={(value) => change({ dashboardYear: value as NumberDraft })}
                error={problemAt('dashboardYear')}
              />
            </SimpleGrid>
            <Textarea
              label={t('da.ruleSets.form.sources')}
              description={t('da.ruleSets.form.sourcesHint', { count: california?.sources.length ?? 0 })}
              autosize
              minRows={3}
              maxRows={12}
              value={draft.sources}
              onChange={(e) => change({ sources: e.currentTarget.value })}
              error={problemAt('sources')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('da.ruleSets.form.groups')} p="sm">
          <Stack gap="xs">
            <MultiSelect
              label={t('da.ruleSets.form.daStudentGroups')}
              description={saysCalifornia(groupsInWords(california?.daStudentGroups, t))}
              data={groupOptions(t)}
              value={draft.daStudentGroups}
              onChange={(value) => change({ daStudentGroups: value as StudentGroup[] })}
              error={problemAt('daStudentGroups')}
            />
            <MinGroupSizeFields
              draft={draft}
              onChange={change}
              problemAt={problemAt}
              california={saysCalifornia}
              reference={california?.minGroupSize}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('da.ruleSets.form.routes')} p="sm">
          <Stack gap="sm">
            <Switch
              label={t('da.ruleSets.form.localUsed')}
              description={saysCalifornia(yesNo(california?.localIndicators.used))}
              checked={draft.localIndicatorsUsed}
              onChange={(e) => change({ localIndicatorsUsed: e.currentTarget.checked })}
              error={problemAt('localIndicators.used')}
            />
            <Switch
              label={t('da.ruleSets.form.leaLevelRoute')}
              description={saysCalifornia(yesNo(california?.localIndicators.leaLevelRoute))}
              checked={draft.leaLevelRoute}
              onChange={(e) => change({ leaLevelRoute: e.currentTarget.checked })}
              error={problemAt('localIndicators.leaLevelRoute')}
            />
            <Switch
              label={t('da.ruleSets.form.calpadsRoute')}
              description={saysCalifornia(yesNo(california?.calpadsRoute))}
              checked={draft.calpadsRoute}
              onChange={(e) => change({ calpadsRoute: e.currentTarget.checked })}
              error={problemAt('calpadsRoute')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('da.ruleSets.form.charters')} p="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('da.ruleSets.form.charterRule')}
              description={
                california && saysCalifornia(t(`da.ruleSets.form.charterRules.${california.charterRule}`))
              }
              data={charterRuleOptions(t)}
              value={draft.charterRule}
              allowDeselect={false}
              onChange={(value) => value && change({ charterRule: value as CharterRule })}
              error={problemAt('charterRule')}
            />
            <NumberInput
              label={t('da.ruleSets.form.charterMinAreas')}
              description={t('da.ruleSets.form.charterMinAreasHint', {
                california: california?.charterMinAreas ?? t('da.ruleSets.form.blank'),
              })}
              min={1}
              allowDecimal={false}
              value={draft.charterMinAreas}
              onChange={(value) => change({ charterMinAreas: value as NumberDraft })}
              error={problemAt('charterMinAreas')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('da.ruleSets.form.intensive')} p="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {(['minGroups', 'yearsMet', 'window'] as const).map((key) => (
              <NumberInput
                key={key}
                label={t(`da.ruleSets.form.fieldNames.${key}`)}
                description={saysCalifornia(String(california?.intensive[key] ?? ''))}
                min={1}
                allowDecimal={false}
                value={draft.intensive[key]}
                onChange={(value) =>
                  change({ intensive: { ...draft.intensive, [key]: value as NumberDraft } })
                }
                error={problemAt(`intensive.${key}`)}
              />
            ))}
          </SimpleGrid>
        </Fieldset>

        <Title order={3} size="h5">
          {t('da.ruleSets.form.areas')}
        </Title>
        <Text size="sm">{t('da.ruleSets.form.areasIntro')}</Text>
        {problemAt('priorityAreas') && (
          <Text size="sm" c="red.8" role="alert">
            {problemAt('priorityAreas')}
          </Text>
        )}
        {draft.areas.map((area, index) => (
          <PriorityAreaFields
            key={area.key}
            area={area}
            path={`priorityAreas[${index}]`}
            problemAt={problemAt}
            reference={
              california && {
                id: california.id,
                area: california.priorityAreas.find((a) => a.id === area.id),
              }
            }
            onChange={(next) => change({ areas: draft.areas.map((a, i) => (i === index ? next : a)) })}
            onRemove={() => change({ areas: draft.areas.filter((_, i) => i !== index) })}
          />
        ))}
        {missingAreas.length > 0 && (
          <Select
            label={t('da.ruleSets.form.addArea')}
            data={missingAreas.map((value) => ({ value, label: t(`da.areas.${value}`) }))}
            value={null}
            onChange={(value) =>
              value && change({ areas: [...draft.areas, emptyArea(value as PriorityAreaId)] })
            }
          />
        )}

        <Title order={3} size="h5">
          {t('da.ruleSets.form.grids')}
        </Title>
        <GridTables grids={draft.grids} from={start.id} />

        <div ref={summaryRef} tabIndex={-1}>
          {save.error instanceof ApiError && problems.length > 0 ? (
            <Alert color="red" role="alert" title={t('da.ruleSets.form.refused')}>
              <Stack gap={2}>
                {problems.slice(0, 30).map((p) => (
                  <Text key={p.field} size="sm">
                    {t('fields.problem', {
                      label: ruleSetFieldName(definitionField(p.field), save.variables, t),
                      message: p.message,
                    })}
                  </Text>
                ))}
              </Stack>
            </Alert>
          ) : save.error ? (
            <ErrorAlert error={save.error} />
          ) : null}
        </div>
        {savedId && (
          <Alert color="ciclo" role="status">
            {t('da.ruleSets.form.saved', { id: savedId })}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('da.ruleSets.form.save')}
          </Button>
          <Button variant="default" onClick={startAgain}>
            {t('da.ruleSets.form.startAgain')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );

  function yesNo(value: boolean | undefined): string {
    return value === undefined ? '' : value ? t('da.ruleSets.form.yes') : t('da.ruleSets.form.no');
  }
}
