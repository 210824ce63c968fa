import { describe, expect, it } from 'vitest';
import {
  REGION_3_RULE_SET,
  compareQueue,
  effectivePriority,
  prioritize,
  priorityOverrideProblems,
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

describe("the list's own box", () => {
  const sameDates = { districtEnterDate: '2021-02-22', schoolEnterDate: '2021-02-22' } as const;

  it("is respected when the list sets it: the source's priority-4 row has equal dates and the box unchecked", () => {
    expect(prioritize(facts({ ...sameDates, datesSame: false }), REGION_3_RULE_SET, TODAY)).toEqual({
      priority: 4,
      reasons: [],
    });
    expect(prioritize(facts({ ...sameDates, datesSame: true }), REGION_3_RULE_SET, TODAY).priority).toBe(3);
    expect(prioritize(facts({ datesSame: true }), REGION_3_RULE_SET, TODAY).priority).toBe(3);
  });

  it('leaves the dates to decide when the list has no such box', () => {
    expect(prioritize(facts({ ...sameDates, datesSame: null }), REGION_3_RULE_SET, TODAY).priority).toBe(3);
    expect(prioritize(facts({ ...sameDates }), REGION_3_RULE_SET, TODAY).priority).toBe(3);
  });
});

describe('priority recomputed as its facts change', () => {
  const recent: RuleSet = {
    lowestPriority: 3,
    rules: [
      {
        id: 'recent',
        label: 'Entered in the last 30 days',
        field: 'districtEnterDate',
        condition: 'entered-within-days',
        value: '30',
        weight: 1,
        active: true,
      },
      { ...REGION_3_RULE_SET.rules[1]! },
    ],
  };

  it('falls as days since entry pass, and rises when the child is found to be a prior migrant', () => {
    const referral = facts({ districtEnterDate: '2021-02-22' });
    expect(prioritize(referral, recent, '2021-03-01').priority).toBe(2);
    expect(prioritize(referral, recent, '2021-03-24').priority).toBe(2);
    expect(prioritize(referral, recent, '2021-03-25').priority).toBe(3);
    expect(prioritize({ ...referral, priorMigrant: true }, recent, '2021-03-25').priority).toBe(2);
  });
});

describe("a manager's override", () => {
  const ranking = prioritize(facts({ hispanic: true }), REGION_3_RULE_SET, TODAY);

  it("replaces the rules' priority and keeps their reasons beside it", () => {
    const override = { priority: 1, reason: 'Family leaving after the harvest' };
    expect(effectivePriority(ranking, override)).toEqual({
      priority: 1,
      rulesPriority: 3,
      reasons: [{ ruleId: 'hispanic', label: 'Hispanic' }],
      override,
    });
    expect(effectivePriority(ranking, null)).toMatchObject({ priority: 3, rulesPriority: 3, override: null });
  });

  it('needs a priority from 1 to 10 and a reason', () => {
    expect(priorityOverrideProblems({ priority: 2, reason: 'Urgent' })).toEqual([]);
    expect(priorityOverrideProblems({ priority: 0, reason: 'Urgent' })[0]?.field).toBe('priority');
    expect(priorityOverrideProblems({ priority: 1.5, reason: 'Urgent' })[0]?.field).toBe('priority');
    expect(priorityOverrideProblems({ priority: 2, reason: '  ' })[0]?.field).toBe('reason');
    expect(priorityOverrideProblems({ priority: 2, reason: 'x'.repeat(501) })[0]?.field).toBe('reason');
  });
});
