/**
 * Referral prioritization: rules a region sets and orders, as data (field, condition,
 * weight). Each rule a referral meets raises its priority by its weight, from the region's
 * lowest priority (4 in Region 3's set) toward 1, the most urgent. Region 3's rule set comes
 * from the source: district enter date the same as the enter date, prior migrant, Hispanic.
 */
import type { CalendarDate } from '../common/calendar-date';
import { daysBetween } from '../common/calendar-date';

/** The facts of a referral that rules can test. */
export interface PrioritizedFacts {
  districtEnterDate: CalendarDate | null;
  schoolEnterDate: CalendarDate | null;
  hispanic: boolean | null;
  /** The list's own flag, or Ciclo recognized the child as one it already knows. */
  priorMigrant: boolean | null;
  grade: string | null;
  homeLanguage: string | null;
  /**
   * The list's own "Dates are same?" box, when the list has that column: checked or not, it
   * answers the dates-equal rule instead of the dates (the source's priority-4 row has equal
   * dates and the box unchecked). Null or absent: the dates are compared.
   */
  datesSame?: boolean | null | undefined;
}

export const RULE_CONDITIONS = ['is-true', 'dates-equal', 'equals', 'entered-within-days'] as const;
export type RuleCondition = (typeof RULE_CONDITIONS)[number];
export const RULE_FIELDS = [
  'districtEnterDate',
  'schoolEnterDate',
  'hispanic',
  'priorMigrant',
  'grade',
  'homeLanguage',
] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

export interface PrioritizationRule {
  id: string;
  /** Shown beside each referral the rule raised, e.g. "Dates are the same". */
  label: string;
  field: RuleField;
  condition: RuleCondition;
  /** `dates-equal`: the other date field; `equals`: the text to compare (case-insensitive); `entered-within-days`: the number of days. */
  value: string | null;
  weight: number;
  active: boolean;
}

export interface RuleSet {
  /** The priority of a referral that meets no rule; 1 is the most urgent. */
  lowestPriority: number;
  rules: readonly PrioritizationRule[];
}

export interface Prioritization {
  priority: number;
  /** The rules met, in the region's order: the reasons shown with the referral. */
  reasons: Array<{ ruleId: string; label: string }>;
}

export const REGION_3_RULE_SET: RuleSet = {
  lowestPriority: 4,
  rules: [
    {
      id: 'dates-same',
      label: 'Dates are the same (new to the district)',
      field: 'districtEnterDate',
      condition: 'dates-equal',
      value: 'schoolEnterDate',
      weight: 1,
      active: true,
    },
    {
      id: 'prior-migrant',
      label: 'Prior migrant',
      field: 'priorMigrant',
      condition: 'is-true',
      value: null,
      weight: 1,
      active: true,
    },
    {
      id: 'hispanic',
      label: 'Hispanic',
      field: 'hispanic',
      condition: 'is-true',
      value: null,
      weight: 1,
      active: true,
    },
  ],
};

/** Whether `facts` meet `rule`; `today` anchors `entered-within-days`. */
function meetsRule(rule: PrioritizationRule, facts: PrioritizedFacts, today: CalendarDate): boolean {
  const value = facts[rule.field];
  switch (rule.condition) {
    case 'is-true':
      return value === true;
    case 'dates-equal': {
      if (typeof facts.datesSame === 'boolean') return facts.datesSame;
      const other =
        rule.value && (RULE_FIELDS as readonly string[]).includes(rule.value)
          ? facts[rule.value as RuleField]
          : null;
      return typeof value === 'string' && value === other;
    }
    case 'equals':
      return (
        typeof value === 'string' &&
        rule.value !== null &&
        value.trim().toLowerCase() === rule.value.trim().toLowerCase()
      );
    case 'entered-within-days': {
      const days = Number(rule.value);
      return (
        typeof value === 'string' &&
        Number.isFinite(days) &&
        value <= today &&
        daysBetween(value, today) <= days
      );
    }
  }
}

export function prioritize(facts: PrioritizedFacts, ruleSet: RuleSet, today: CalendarDate): Prioritization {
  const reasons: Prioritization['reasons'] = [];
  let raised = 0;
  for (const rule of ruleSet.rules) {
    if (!rule.active || !meetsRule(rule, facts, today)) continue;
    raised += rule.weight;
    reasons.push({ ruleId: rule.id, label: rule.label });
  }
  return { priority: Math.max(1, ruleSet.lowestPriority - raised), reasons };
}

/** Problems with a rule set a region saves, naming the field. */
export function ruleSetProblems(ruleSet: RuleSet): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  if (!Number.isInteger(ruleSet.lowestPriority) || ruleSet.lowestPriority < 1 || ruleSet.lowestPriority > 10)
    problems.push({ field: 'lowestPriority', message: 'must be a whole number from 1 to 10' });
  const ids = new Set<string>();
  ruleSet.rules.forEach((rule, i) => {
    const field = `rules[${i}]`;
    if (ids.has(rule.id)) problems.push({ field: `${field}.id`, message: `"${rule.id}" is used twice` });
    ids.add(rule.id);
    if (!(RULE_FIELDS as readonly string[]).includes(rule.field))
      problems.push({ field: `${field}.field`, message: `must be one of ${RULE_FIELDS.join(', ')}` });
    if (!Number.isInteger(rule.weight) || rule.weight < 0 || rule.weight > 10)
      problems.push({ field: `${field}.weight`, message: 'must be a whole number from 0 to 10' });
    if (
      rule.condition === 'dates-equal' &&
      !['districtEnterDate', 'schoolEnterDate'].includes(rule.value ?? '')
    )
      problems.push({
        field: `${field}.value`,
        message: 'must name the other date: districtEnterDate or schoolEnterDate',
      });
    if (rule.condition === 'entered-within-days' && !(Number(rule.value) >= 0))
      problems.push({ field: `${field}.value`, message: 'must be a number of days' });
    if (rule.condition === 'equals' && !rule.value)
      problems.push({ field: `${field}.value`, message: 'is required: the text to compare' });
    if (rule.label.trim() === '') problems.push({ field: `${field}.label`, message: 'is required' });
  });
  return problems;
}

export interface QueuedReferral {
  priority: number;
  receivedOn: CalendarDate;
  id: string;
}

/** The contact queue order: the most urgent priority first, then the oldest referral. */
export function compareQueue(a: QueuedReferral, b: QueuedReferral): number {
  return (
    a.priority - b.priority ||
    (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** A manager's override of a referral's priority, with why. */
export interface PriorityOverride {
  priority: number;
  reason: string;
}

export const MAX_OVERRIDE_REASON_LENGTH = 500;

/**
 * The priority the queue uses: a manager's override when there is one, else the rules'. The
 * rules' priority and reasons are kept beside the override, so both are shown.
 */
export function effectivePriority(
  ranking: Prioritization,
  override: PriorityOverride | null,
): Prioritization & { rulesPriority: number; override: PriorityOverride | null } {
  return {
    priority: override ? override.priority : ranking.priority,
    rulesPriority: ranking.priority,
    reasons: ranking.reasons,
    override,
  };
}

/** Problems with an override a manager sets, naming the field: a priority from 1 to 10 and a reason. */
export function priorityOverrideProblems(
  override: PriorityOverride,
): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  if (!Number.isInteger(override.priority) || override.priority < 1 || override.priority > 10)
    problems.push({ field: 'priority', message: 'must be a whole number from 1 to 10' });
  const reason = override.reason.trim();
  if (reason === '')
    problems.push({ field: 'reason', message: 'is required: say why the priority is changed' });
  else if (reason.length > MAX_OVERRIDE_REASON_LENGTH)
    problems.push({ field: 'reason', message: `must be at most ${MAX_OVERRIDE_REASON_LENGTH} characters` });
  return problems;
}
