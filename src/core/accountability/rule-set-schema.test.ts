import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import { californiaRuleSets } from './california-rule-sets';
import { checkJsonSchema } from './json-schema-check';
import { mergeRuleSets, parseRuleSet, parseRuleSets, RULE_SET_SCHEMA } from './rule-set-schema';
import type { RuleSet } from './rule-set';

const ca2025 = (): Record<string, unknown> =>
  structuredClone(californiaRuleSets().find((s) => s.id === 'CA-2025')) as unknown as Record<string, unknown>;

/** The problems parseRuleSet reports, as `field: message` lines. */
function refusal(json: unknown, parse: (j: unknown) => unknown = parseRuleSet): string[] {
  try {
    parse(json);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const domain = error as DomainError;
    expect(domain.code).toBe('invalid_input');
    return domain.problems.map((p) => `${p.field}: ${p.message}`);
  }
  throw new Error('expected a refusal');
}

describe('RULES.md §8 rule sets as data: the JSON schema', () => {
  it('accepts every California rule set, and a JSON round trip of one', () => {
    for (const set of californiaRuleSets()) expect(checkJsonSchema(RULE_SET_SCHEMA, set)).toEqual([]);
    const parsed = parseRuleSet(JSON.parse(JSON.stringify(ca2025())));
    expect(parsed).toEqual(ca2025());
  });

  it.each([
    [
      'a missing required field',
      (j: Record<string, unknown>) => delete j.charterRule,
      'charterRule: is required',
    ],
    ['an unknown field', (j: Record<string, unknown>) => (j.colour = 'red'), 'colour: is not a known field'],
    ['a bad id', (j: Record<string, unknown>) => (j.id = '2025'), 'id: "2025" does not match'],
    [
      'a year that is not the id year',
      (j: Record<string, unknown>) => (j.dashboardYear = 2024),
      'dashboardYear: must be 2025, the year in id CA-2025',
    ],
    [
      'a non-integer year',
      (j: Record<string, unknown>) => (j.dashboardYear = 2025.5),
      'dashboardYear: must be an integer',
    ],
    [
      'an unknown group',
      (j: Record<string, unknown>) => ((j.daStudentGroups as string[])[1] = 'XX'),
      'daStudentGroups[1]: "XX" is not one of',
    ],
    [
      'a negative minimum size',
      (j: Record<string, unknown>) => ((j.minGroupSize as Record<string, number>).FOS = -1),
      'minGroupSize.FOS: must be at least 0',
    ],
    [
      'an unknown charter rule',
      (j: Record<string, unknown>) => (j.charterRule = 'ONE_YEAR'),
      'charterRule: "ONE_YEAR" is not one of THREE_OF_FOUR_YEARS, TWO_CONSECUTIVE_YEARS',
    ],
    [
      'an unknown area id',
      (j: Record<string, unknown>) => ((j.priorityAreas as Array<Record<string, unknown>>)[0]!.id = 'P11'),
      'priorityAreas[0].id: "P11" is not one of',
    ],
    [
      'a local priority without a local indicator',
      (j: Record<string, unknown>) => ((j.priorityAreas as Array<Record<string, unknown>>)[0]!.local = 4),
      'priorityAreas[0].local: 4 is not one of 1, 2, 3, 6, 7, 9, 10',
    ],
    [
      'an unknown color deep inside',
      (j: Record<string, unknown>) => ((j.priorityAreas as any)[3].any[0].all[1].colors[0] = 'PINK'),
      'priorityAreas[3].any[0].all[1].colors[0]: "PINK" is not one of RED',
    ],
    [
      'a condition with both colors and Status',
      (j: Record<string, unknown>) => ((j.priorityAreas as any)[3].any[0].all[0].statusLevels = ['VERY_LOW']),
      'priorityAreas[3].any[0].all[0]: give exactly one of colors and statusLevels',
    ],
    [
      'a condition with neither',
      (j: Record<string, unknown>) => delete (j.priorityAreas as any)[3].any[0].all[0].colors,
      'priorityAreas[3].any[0].all[0]: give exactly one of colors and statusLevels',
    ],
    [
      'an area twice',
      (j: Record<string, unknown>) => (j.priorityAreas as unknown[]).push({ id: 'P1', local: 1 }),
      'priorityAreas[10].id: P1 appears twice',
    ],
    [
      'an area with no criterion',
      (j: Record<string, unknown>) => (j.priorityAreas as unknown[]).splice(0, 1, { id: 'P1' }),
      'priorityAreas[0]: needs `local` or at least one alternative in `any`',
    ],
    [
      'a grid with a missing cell',
      (j: Record<string, unknown>) => delete (j.grids as any).CHRONIC.HIGH.DECLINED,
      'grids.CHRONIC.HIGH.DECLINED: is required',
    ],
    [
      'more years needed than the window',
      (j: Record<string, unknown>) => ((j.intensive as Record<string, number>).yearsMet = 5),
      'intensive.yearsMet: must not exceed intensive.window',
    ],
  ] as Array<[string, (j: Record<string, unknown>) => unknown, string]>)(
    'refuses %s, naming the field',
    (_name, spoil, expected) => {
      const json = ca2025();
      spoil(json);
      expect(refusal(json).some((line) => line.startsWith(expected))).toBe(true);
    },
  );

  it('lists every problem, and the error message names the first field', () => {
    const json = ca2025();
    json.charterRule = 'X';
    json.calpadsRoute = 'yes';
    expect(refusal(json)).toEqual([
      'calpadsRoute: must be true or false',
      'charterRule: "X" is not one of THREE_OF_FOUR_YEARS, TWO_CONSECUTIVE_YEARS',
    ]);
    expect(() => parseRuleSet(json)).toThrow(/^calpadsRoute: must be true or false \(and 1 more problem\)$/);
  });

  it('reads an array of rule sets, naming the item, and refuses an id twice', () => {
    const good = ca2025();
    const bad = { ...ca2025(), id: 'CA-2026', dashboardYear: 2026, calpadsRoute: 1 };
    expect(refusal([good, bad], parseRuleSets)).toEqual(['[1].calpadsRoute: must be true or false']);
    expect(refusal([good, good], parseRuleSets)).toEqual(['[1].id: CA-2025 appears twice in the file']);
    expect(parseRuleSets([good, { ...good, id: 'CA-2026', dashboardYear: 2026 }]).map((s) => s.id)).toEqual([
      'CA-2025',
      'CA-2026',
    ]);
    expect(parseRuleSets(good).map((s) => s.id)).toEqual(['CA-2025']);
  });

  it('merges: a set with the same id replaces the built-in one, a new id is added', () => {
    const base = californiaRuleSets();
    const override: RuleSet = { ...(base.find((s) => s.id === 'CA-2024') as RuleSet), calpadsRoute: false };
    const added: RuleSet = {
      ...(base.find((s) => s.id === 'CA-2025') as RuleSet),
      id: 'CA-2026',
      dashboardYear: 2026,
    };
    const merged = mergeRuleSets(base, [override, added]);
    expect(merged).toHaveLength(base.length + 1);
    expect(merged.find((s) => s.id === 'CA-2024')?.calpadsRoute).toBe(false);
    expect(merged.find((s) => s.id === 'CA-2026')).toBe(added);
  });
});
