import { describe, expect, it } from 'vitest';
import {
  REGION_3_RULE_SET,
  compareQueue,
  prioritize,
  ruleSetProblems,
  type PrioritizedFacts,
  type RuleSet,
} from './prioritization';

const TODAY = '2021-03-01';
const facts = (overrides: Partial<PrioritizedFacts>): PrioritizedFacts => ({
  districtEnterDate: '2021-02-22',
  schoolEnterDate: '2021-01-10',
  hispanic: false,
  priorMigrant: false,
  grade: null,
  homeLanguage: null,
  ...overrides,
});

describe("Region 3's rule set (the source's table)", () => {
  it('gives priority 4 with no box checked, and each checked box raises it by one', () => {
    expect(prioritize(facts({}), REGION_3_RULE_SET, TODAY)).toEqual({ priority: 4, reasons: [] });
    expect(prioritize(facts({ schoolEnterDate: '2021-02-22' }), REGION_3_RULE_SET, TODAY).priority).toBe(3);
    expect(
      prioritize(facts({ schoolEnterDate: '2021-02-22', priorMigrant: true }), REGION_3_RULE_SET, TODAY)
        .priority,
    ).toBe(2);
    const all = prioritize(
      facts({ schoolEnterDate: '2021-02-22', priorMigrant: true, hispanic: true }),
      REGION_3_RULE_SET,
      TODAY,
    );
    expect(all.priority).toBe(1);
    expect(all.reasons.map((r) => r.ruleId)).toEqual(['dates-same', 'prior-migrant', 'hispanic']);
  });

  it('does not count a missing date as the same date', () => {
    expect(
      prioritize(facts({ districtEnterDate: null, schoolEnterDate: null }), REGION_3_RULE_SET, TODAY)
        .priority,
    ).toBe(4);
  });
});

describe('rules as data', () => {
  const ruleSet: RuleSet = {
    lowestPriority: 3,
    rules: [
      {
        id: 'recent',
        label: 'Entered in the last 30 days',
        field: 'districtEnterDate',
        condition: 'entered-within-days',
        value: '30',
        weight: 2,
        active: true,
      },
      {
        id: 'spanish',
        label: 'Spanish at home',
        field: 'homeLanguage',
        condition: 'equals',
        value: 'Spanish',
        weight: 1,
        active: true,
      },
      {
        id: 'off',
        label: 'Hispanic',
        field: 'hispanic',
        condition: 'is-true',
        value: null,
        weight: 1,
        active: false,
      },
    ],
  };

  it('weigh, compare text without case, count days back from today, skip inactive rules, and never go above priority 1', () => {
    expect(
      prioritize(
        facts({ districtEnterDate: '2021-01-30', homeLanguage: 'spanish', hispanic: true }),
        ruleSet,
        TODAY,
      ),
    ).toEqual({
      priority: 1,
      reasons: [
        { ruleId: 'recent', label: 'Entered in the last 30 days' },
        { ruleId: 'spanish', label: 'Spanish at home' },
      ],
    });
    expect(prioritize(facts({ districtEnterDate: '2021-01-29' }), ruleSet, TODAY).priority).toBe(3);
    expect(prioritize(facts({ districtEnterDate: '2021-03-02' }), ruleSet, TODAY).priority).toBe(3);
  });

  it('name what is wrong with a rule set', () => {
    const bad: RuleSet = {
      lowestPriority: 0,
      rules: [
        { ...ruleSet.rules[0]!, value: 'soon' },
        { ...ruleSet.rules[0]!, weight: -1 },
        {
          id: 'x',
          label: ' ',
          field: 'districtEnterDate',
          condition: 'dates-equal',
          value: 'grade',
          weight: 1,
          active: true,
        },
      ],
    };
    expect(ruleSetProblems(bad).map((p) => p.field)).toEqual([
      'lowestPriority',
      'rules[0].value',
      'rules[1].id',
      'rules[1].weight',
      'rules[2].value',
      'rules[2].label',
    ]);
    expect(ruleSetProblems(REGION_3_RULE_SET)).toEqual([]);
  });
});

describe('the queue order', () => {
  it('puts the most urgent priority first, then the oldest referral', () => {
    const queue = [
      { id: 'a', priority: 2, receivedOn: '2021-02-01' },
      { id: 'b', priority: 1, receivedOn: '2021-02-10' },
      { id: 'c', priority: 2, receivedOn: '2021-01-15' },
      { id: 'd', priority: 1, receivedOn: '2021-02-03' },
    ].sort(compareQueue);
    expect(queue.map((r) => r.id)).toEqual(['d', 'b', 'c', 'a']);
  });
});
