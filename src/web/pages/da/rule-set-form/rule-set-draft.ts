/**
 * The rule-set form's draft: a RuleSet as the form edits it (numbers that may be blank,
 * sources as lines, each condition "by color" or "by status level" with both lists kept while
 * the person switches), and the conversions both ways. Pure: the unit test checks that every
 * California set comes back unchanged.
 */
import type {
  CharterRule,
  Color,
  Indicator,
  LocalPriority,
  PriorityAreaId,
  StatusLevel,
  StudentGroup,
} from '../../../../core/accountability/da-codes';
import type {
  Condition,
  CriterionAlternative,
  MinGroupSize,
  PriorityArea,
  RuleSet,
} from '../../../../core/accountability/rule-set';

/** A number field the person may leave blank; blank is sent as absent and the server names it. */
export type NumberDraft = number | '';

export interface ConditionDraft {
  key: number;
  indicator: Indicator;
  by: 'color' | 'status';
  colors: Color[];
  statusLevels: StatusLevel[];
}

export interface AlternativeDraft {
  key: number;
  conditions: ConditionDraft[];
  onlyGroups: StudentGroup[];
  excludeGroups: StudentGroup[];
}

export interface AreaDraft {
  key: number;
  id: PriorityAreaId;
  local: LocalPriority | null;
  coeOnly: boolean;
  alternatives: AlternativeDraft[];
}

export interface GroupSizeDraft {
  key: number;
  group: StudentGroup | null;
  size: NumberDraft;
}

export interface RuleSetDraft {
  id: string;
  dashboardYear: NumberDraft;
  /** One source a line. */
  sources: string;
  daStudentGroups: StudentGroup[];
  minGroupSizeDefault: NumberDraft;
  minGroupSizeOverrides: GroupSizeDraft[];
  localIndicatorsUsed: boolean;
  leaLevelRoute: boolean;
  calpadsRoute: boolean;
  charterRule: CharterRule;
  charterMinAreas: NumberDraft;
  intensive: { minGroups: NumberDraft; yearsMet: NumberDraft; window: NumberDraft };
  areas: AreaDraft[];
  /** Copied from the set started from, unchanged: the form shows them but does not edit them. */
  grids: RuleSet['grids'];
}

let lastKey = 0;
/** A key for React lists, unique in the page's life. */
export function nextKey(): number {
  lastKey += 1;
  return lastKey;
}

export function emptyCondition(): ConditionDraft {
  return { key: nextKey(), indicator: 'ELA', by: 'color', colors: ['RED'], statusLevels: [] };
}

export function emptyAlternative(): AlternativeDraft {
  return { key: nextKey(), conditions: [emptyCondition()], onlyGroups: [], excludeGroups: [] };
}

export function emptyArea(id: PriorityAreaId): AreaDraft {
  return { key: nextKey(), id, local: null, coeOnly: false, alternatives: [emptyAlternative()] };
}

function conditionDraft(condition: Condition): ConditionDraft {
  const byStatus = 'statusLevels' in condition;
  return {
    key: nextKey(),
    indicator: condition.indicator,
    by: byStatus ? 'status' : 'color',
    colors: 'colors' in condition ? [...condition.colors] : [],
    statusLevels: byStatus ? [...condition.statusLevels] : [],
  };
}

function areaDraft(area: PriorityArea): AreaDraft {
  return {
    key: nextKey(),
    id: area.id,
    local: area.local ?? null,
    coeOnly: area.coeOnly ?? false,
    alternatives: (area.any ?? []).map((alternative) => ({
      key: nextKey(),
      conditions: alternative.all.map(conditionDraft),
      onlyGroups: [...(alternative.onlyGroups ?? [])],
      excludeGroups: [...(alternative.excludeGroups ?? [])],
    })),
  };
}

/** The form's draft of `set`: a copy, so editing it never touches the set. */
export function draftOf(set: RuleSet): RuleSetDraft {
  const { default: minDefault, ...perGroup } = set.minGroupSize;
  return {
    id: set.id,
    dashboardYear: set.dashboardYear,
    sources: set.sources.join('\n'),
    daStudentGroups: [...set.daStudentGroups],
    minGroupSizeDefault: minDefault,
    minGroupSizeOverrides: Object.entries(perGroup).map(([group, size]) => ({
      key: nextKey(),
      group: group as StudentGroup,
      size: size ?? '',
    })),
    localIndicatorsUsed: set.localIndicators.used,
    leaLevelRoute: set.localIndicators.leaLevelRoute,
    calpadsRoute: set.calpadsRoute,
    charterRule: set.charterRule,
    charterMinAreas: set.charterMinAreas ?? '',
    intensive: { ...set.intensive },
    areas: set.priorityAreas.map(areaDraft),
    grids: set.grids === undefined ? undefined : structuredClone(set.grids),
  };
}

/** A blank number as absent, so the server names the field that needs one. */
function numberOf(value: NumberDraft): number {
  return (value === '' ? undefined : value) as number;
}

function conditionOf(condition: ConditionDraft): Condition {
  return condition.by === 'status'
    ? { indicator: condition.indicator, statusLevels: [...condition.statusLevels] }
    : { indicator: condition.indicator, colors: [...condition.colors] };
}

function alternativeOf(alternative: AlternativeDraft): CriterionAlternative {
  return {
    all: alternative.conditions.map(conditionOf),
    ...(alternative.onlyGroups.length > 0 ? { onlyGroups: [...alternative.onlyGroups] } : {}),
    ...(alternative.excludeGroups.length > 0 ? { excludeGroups: [...alternative.excludeGroups] } : {}),
  };
}

function areaOf(area: AreaDraft): PriorityArea {
  return {
    id: area.id,
    ...(area.local !== null ? { local: area.local } : {}),
    ...(area.coeOnly ? { coeOnly: true } : {}),
    ...(area.alternatives.length > 0 ? { any: area.alternatives.map(alternativeOf) } : {}),
  };
}

/**
 * The rule set the draft writes, to send as it is: the server checks it and names each field
 * at fault with the same paths (a draft's lists are the set's lists, in the same order).
 */
export function ruleSetOf(draft: RuleSetDraft): RuleSet {
  const minGroupSize = { default: numberOf(draft.minGroupSizeDefault) } as MinGroupSize;
  for (const { group, size } of draft.minGroupSizeOverrides)
    if (group !== null) minGroupSize[group] = numberOf(size);
  return {
    id: draft.id.trim(),
    dashboardYear: numberOf(draft.dashboardYear),
    sources: draft.sources
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    daStudentGroups: [...draft.daStudentGroups],
    minGroupSize,
    localIndicators: { used: draft.localIndicatorsUsed, leaLevelRoute: draft.leaLevelRoute },
    calpadsRoute: draft.calpadsRoute,
    charterRule: draft.charterRule,
    ...(draft.charterMinAreas !== '' ? { charterMinAreas: draft.charterMinAreas } : {}),
    intensive: {
      minGroups: numberOf(draft.intensive.minGroups),
      yearsMet: numberOf(draft.intensive.yearsMet),
      window: numberOf(draft.intensive.window),
    },
    priorityAreas: draft.areas.map(areaOf),
    ...(draft.grids !== undefined ? { grids: structuredClone(draft.grids) } : {}),
  };
}

/**
 * A server problem's field inside the definition, as the form names its fields: the route
 * prefixes the set's paths with `definition: ` (save-da-rule-sets.ts).
 */
export function definitionField(field: string): string {
  return field.startsWith('definition: ') ? field.slice('definition: '.length) : field;
}
