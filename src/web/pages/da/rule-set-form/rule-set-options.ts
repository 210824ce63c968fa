/**
 * What the rule-set form's fields share: the options of its selects in the page's language,
 * the server's problem for a field, and California's value said in words.
 */
import type { TFunction } from 'i18next';
import {
  CHARTER_RULES,
  COLORS,
  INDICATORS,
  LOCAL_PRIORITIES,
  STATUS_LEVELS,
  STUDENT_GROUPS,
} from '../../../../core/accountability/da-codes';
import type { Condition, CriterionAlternative, PriorityArea } from '../../../../core/accountability/rule-set';
import { ApiError } from '../../../app/api';
import { definitionField } from './rule-set-draft';

export function groupOptions(t: TFunction) {
  return STUDENT_GROUPS.map((value) => ({ value, label: `${t(`da.groups.${value}`)} (${value})` }));
}

export function indicatorOptions(t: TFunction) {
  return INDICATORS.map((value) => ({ value, label: t(`da.indicators.${value}`) }));
}

export function colorOptions(t: TFunction) {
  return COLORS.map((value) => ({ value, label: t(`da.colors.${value}`) }));
}

export function statusLevelOptions(t: TFunction) {
  return STATUS_LEVELS.map((value) => ({ value, label: t(`da.statusLevels.${value}`) }));
}

export function charterRuleOptions(t: TFunction) {
  return CHARTER_RULES.map((value) => ({ value, label: t(`da.ruleSets.form.charterRules.${value}`) }));
}

export function localPriorityOptions(t: TFunction) {
  return [
    { value: '', label: t('da.ruleSets.form.noLocal') },
    ...LOCAL_PRIORITIES.map((value) => ({
      value: String(value),
      label: t('da.ruleSets.form.localOption', { priority: value }),
    })),
  ];
}

/** The server's problems for the field at `path` of the definition (and its items), as one text. */
export type ProblemAt = (path: string) => string | undefined;

export function problemsOf(error: unknown): ProblemAt {
  if (!(error instanceof ApiError)) return () => undefined;
  return (path) => {
    const messages = error.problems
      .filter((p) => {
        const field = definitionField(p.field);
        return field === path || (field.startsWith(`${path}[`) && !field.slice(path.length).includes('.'));
      })
      .map((p) => p.message);
    return messages.length > 0 ? messages.join('; ') : undefined;
  };
}

/** "California (CA-2025): …", the value of the set compared with, or nothing when there is none. */
export type Reference = (value: string) => string | undefined;

export function groupsInWords(groups: readonly string[] | undefined, t: TFunction): string {
  return groups && groups.length > 0 ? groups.join(', ') : t('da.ruleSets.form.none');
}

function conditionInWords(condition: Condition, t: TFunction): string {
  const values =
    'statusLevels' in condition
      ? t('da.ruleSets.form.statusIs', {
          levels: condition.statusLevels.map((level) => t(`da.statusLevels.${level}`)).join(', '),
        })
      : condition.colors.map((color) => t(`da.colors.${color}`)).join(', ');
  return `${t(`da.indicators.${condition.indicator}`)}: ${values}`;
}

/** One alternative in words: "English language arts: Red + Mathematics: Red, Orange (only EL)". */
export function alternativeInWords(alternative: CriterionAlternative, t: TFunction): string {
  const text = alternative.all.map((condition) => conditionInWords(condition, t)).join(' + ');
  const only = alternative.onlyGroups?.length
    ? ` ${t('da.ruleSets.form.onlyFor', { groups: alternative.onlyGroups.join(', ') })}`
    : '';
  const except = alternative.excludeGroups?.length
    ? ` ${t('da.ruleSets.form.notFor', { groups: alternative.excludeGroups.join(', ') })}`
    : '';
  return `${text}${only}${except}`;
}

/** An area in words: its local indicator, whether for county offices only, and each alternative. */
export function areaInWords(area: PriorityArea | undefined, t: TFunction): string {
  if (!area) return t('da.ruleSets.form.areaAbsent');
  const parts = [
    ...(area.local !== undefined ? [t('da.ruleSets.form.localPriority', { priority: area.local })] : []),
    ...(area.coeOnly ? [t('da.ruleSets.form.coeOnly')] : []),
    ...(area.any ?? []).map((alternative) => alternativeInWords(alternative, t)),
  ];
  return parts.join(' | ');
}
