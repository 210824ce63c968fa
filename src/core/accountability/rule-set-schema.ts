/**
 * The JSON shape of a rule set (RULES.md §8), and `parseRuleSet`, which turns a state's JSON
 * into a RuleSet or refuses it naming every field at fault — so a state adds or overrides a
 * Dashboard year without a code change.
 */
import { DomainError, type FieldProblem } from '../common/domain-error';
import {
  CHANGE_LEVELS,
  CHARTER_RULES,
  COLORS,
  INDICATORS,
  LOCAL_PRIORITIES,
  PRIORITY_AREAS,
  STATUS_LEVELS,
  STUDENT_GROUPS,
} from './da-codes';
import { checkJsonSchema, type JsonSchema } from './json-schema-check';
import type { RuleSet } from './rule-set';

const groupList: JsonSchema = {
  type: 'array',
  items: { type: 'string', enum: STUDENT_GROUPS },
  uniqueItems: true,
};

const conditionSchema: JsonSchema = {
  type: 'object',
  description: 'A condition on one indicator: give exactly one of `colors` and `statusLevels`.',
  properties: {
    indicator: { type: 'string', enum: INDICATORS },
    colors: { type: 'array', items: { type: 'string', enum: COLORS }, minItems: 1, uniqueItems: true },
    statusLevels: {
      type: 'array',
      items: { type: 'string', enum: STATUS_LEVELS },
      minItems: 1,
      uniqueItems: true,
    },
  },
  required: ['indicator'],
  additionalProperties: false,
};

const gridSchema: JsonSchema = {
  type: 'object',
  description: 'A 5×5 grid: Status level → Change level → color (R1.6).',
  properties: Object.fromEntries(
    STATUS_LEVELS.map((status) => [
      status,
      {
        type: 'object',
        properties: Object.fromEntries(
          CHANGE_LEVELS.map((change) => [change, { type: 'string', enum: COLORS }]),
        ),
        required: CHANGE_LEVELS,
        additionalProperties: false,
      },
    ]),
  ),
  required: STATUS_LEVELS,
  additionalProperties: false,
};

/** The rule-set JSON Schema (a subset that json-schema-check.ts interprets). */
export const RULE_SET_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'A DA rule set for one Dashboard year (RULES.md §8).',
  properties: {
    id: {
      type: 'string',
      pattern: '^[A-Za-z][A-Za-z0-9_]*-[0-9]{4}$',
      description: '`<FAMILY>-<year>`, e.g. `CA-2026`.',
    },
    dashboardYear: {
      type: 'integer',
      minimum: 1900,
      description: 'The Dashboard year; must be the year in `id`.',
    },
    sources: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Where the criteria come from.',
    },
    daStudentGroups: { ...groupList, minItems: 1, description: 'R1.8.' },
    minGroupSize: {
      type: 'object',
      description: 'R1.9: `default` and optional per-group minimum denominators.',
      properties: {
        default: { type: 'integer', minimum: 0 },
        ...Object.fromEntries(STUDENT_GROUPS.map((g) => [g, { type: 'integer', minimum: 0 }])),
      },
      required: ['default'],
      additionalProperties: false,
    },
    localIndicators: {
      type: 'object',
      description: 'R2.2–R2.4.',
      properties: { used: { type: 'boolean' }, leaLevelRoute: { type: 'boolean' } },
      required: ['used', 'leaLevelRoute'],
      additionalProperties: false,
    },
    calpadsRoute: {
      type: 'boolean',
      description: 'CA-2024: late CALPADS data makes a district or COE eligible.',
    },
    charterRule: { type: 'string', enum: CHARTER_RULES, description: 'R6.1 or R6.2.' },
    charterMinAreas: { type: 'integer', minimum: 1, description: 'Areas a charter group needs (R4.3).' },
    intensive: {
      type: 'object',
      description: 'R5.1: groups per year, years met, window of Dashboard years.',
      properties: {
        minGroups: { type: 'integer', minimum: 1 },
        yearsMet: { type: 'integer', minimum: 1 },
        window: { type: 'integer', minimum: 1 },
      },
      required: ['minGroups', 'yearsMet', 'window'],
      additionalProperties: false,
    },
    priorityAreas: {
      type: 'array',
      minItems: 1,
      description: 'RULES.md §3.',
      items: {
        type: 'object',
        description: 'An area: met through `local` or when any alternative of `any` holds.',
        properties: {
          id: { type: 'string', enum: PRIORITY_AREAS },
          local: { type: 'integer', enum: LOCAL_PRIORITIES },
          coeOnly: { type: 'boolean' },
          any: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                all: { type: 'array', items: conditionSchema, minItems: 1 },
                onlyGroups: groupList,
                excludeGroups: groupList,
              },
              required: ['all'],
              additionalProperties: false,
            },
          },
        },
        required: ['id'],
        additionalProperties: false,
      },
    },
    grids: {
      type: 'object',
      description: 'R1.6: optional grids by indicator.',
      properties: Object.fromEntries(INDICATORS.map((indicator) => [indicator, gridSchema])),
      additionalProperties: false,
    },
  },
  required: [
    'id',
    'dashboardYear',
    'sources',
    'daStudentGroups',
    'minGroupSize',
    'localIndicators',
    'calpadsRoute',
    'charterRule',
    'intensive',
    'priorityAreas',
  ],
  additionalProperties: false,
};

/** Checks the schema cannot say: exactly one of colors/statusLevels, unique areas, id year. */
function checkRuleSetMeaning(set: RuleSet, prefix: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const idYear = Number(set.id.slice(-4));
  if (idYear !== set.dashboardYear)
    problems.push({
      field: `${prefix}dashboardYear`,
      message: `must be ${idYear}, the year in id ${set.id}`,
    });
  if (set.intensive.yearsMet > set.intensive.window)
    problems.push({ field: `${prefix}intensive.yearsMet`, message: 'must not exceed intensive.window' });
  const seen = new Set<string>();
  set.priorityAreas.forEach((area, a) => {
    const at = `${prefix}priorityAreas[${a}]`;
    if (seen.has(area.id)) problems.push({ field: `${at}.id`, message: `${area.id} appears twice` });
    seen.add(area.id);
    if (area.local === undefined && !(area.any && area.any.length > 0))
      problems.push({ field: at, message: 'needs `local` or at least one alternative in `any`' });
    area.any?.forEach((alternative, i) =>
      alternative.all.forEach((condition, c) => {
        const hasColors = 'colors' in condition;
        const hasStatus = 'statusLevels' in condition;
        if (hasColors === hasStatus)
          problems.push({
            field: `${at}.any[${i}].all[${c}]`,
            message: 'give exactly one of colors and statusLevels',
          });
      }),
    );
  });
  return problems;
}

function refuse(problems: FieldProblem[]): never {
  const [first] = problems;
  const more =
    problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  throw new DomainError('invalid_input', `${first?.field}: ${first?.message}${more}`, problems);
}

function collectRuleSet(json: unknown, prefix: string): { set?: RuleSet; problems: FieldProblem[] } {
  const shape = checkJsonSchema(RULE_SET_SCHEMA, json, prefix.replace(/\.$/, ''));
  if (shape.length > 0) return { problems: shape };
  const set = json as RuleSet;
  return { set, problems: checkRuleSetMeaning(set, prefix) };
}

/**
 * A rule set from parsed JSON, checked against RULE_SET_SCHEMA and the rules of meaning.
 * @throws DomainError `invalid_input` naming every field at fault (`priorityAreas[1].id: …`).
 */
export function parseRuleSet(json: unknown): RuleSet {
  const { set, problems } = collectRuleSet(json, '');
  if (problems.length > 0 || !set) refuse(problems);
  return structuredClone(set);
}

/**
 * The rule sets of a JSON file: one rule set object, or an array of them (fields are then
 * named `[1].priorityAreas…`). Refuses two sets with the same id.
 */
export function parseRuleSets(json: unknown): RuleSet[] {
  if (!Array.isArray(json)) return [parseRuleSet(json)];
  const problems: FieldProblem[] = [];
  const sets: RuleSet[] = [];
  const ids = new Set<string>();
  json.forEach((item, index) => {
    const result = collectRuleSet(item, `[${index}].`);
    problems.push(...result.problems);
    if (result.set && result.problems.length === 0) {
      if (ids.has(result.set.id))
        problems.push({ field: `[${index}].id`, message: `${result.set.id} appears twice in the file` });
      ids.add(result.set.id);
      sets.push(structuredClone(result.set));
    }
  });
  if (problems.length > 0) refuse(problems);
  return sets;
}

/** `base` with `extra` added; a set of `extra` replaces the set of `base` with the same id. */
export function mergeRuleSets(base: readonly RuleSet[], extra: readonly RuleSet[]): RuleSet[] {
  const byId = new Map(base.map((set) => [set.id, set]));
  for (const set of extra) byId.set(set.id, set);
  return [...byId.values()];
}
