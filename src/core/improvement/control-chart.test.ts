import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import {
  analyzeControlChart,
  chartTypesFor,
  checkChartType,
  checkPhaseChange,
  chooseChartType,
  controlChartForMeasure,
  type ControlChartInput,
} from './control-chart';
import { movingRanges, phaseLimits, type ControlInputPoint } from './control-limits';
import { applyControlRules } from './control-rules';

const proportions = (xs: number[], ns: number[] | number): ControlInputPoint[] =>
  xs.map((x, i) => {
    const n = Array.isArray(ns) ? ns[i]! : ns;
    return { value: n === 0 ? null : x / n, numerator: x, denominator: n };
  });
const singles = (xs: Array<number | null>): ControlInputPoint[] => xs.map((value) => ({ value }));
const analyze = (input: Partial<ControlChartInput> & Pick<ControlChartInput, 'type' | 'points'>) =>
  analyzeControlChart({ scale: 1, ruleSet: 'anhoj', ...input });
const flagged = (a: ReturnType<typeof analyzeControlChart>, rule: string) =>
  a.points.filter((p) => p.rules.includes(rule as never)).map((p) => p.index);

/**
 * Montgomery, Introduction to Statistical Quality Control, the orange-juice cans of the fraction
 * nonconforming example: 30 samples of n = 50 cans; p̄ = 347/1500 = 0.2313, UCL = 0.4102,
 * LCL = 0.0524, and samples 15 and 23 above the UCL.
 */
const JUICE = [
  12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7, 13, 9, 6,
];

/**
 * Montgomery, the nonconformities in personal computers (u chart): 20 samples of 5 computers;
 * ū = 193/100 = 1.93, UCL = 3.79, LCL = 0.07, no point outside.
 */
const COMPUTERS = [10, 12, 8, 14, 10, 16, 11, 7, 10, 15, 9, 5, 7, 11, 12, 6, 8, 10, 7, 5];

/**
 * Montgomery, the weekly cost of processing mortgage loans (individuals chart): 20 weeks;
 * x̄ = 300.5, MR̄ = 7.79, UCL = 321.22, LCL = 279.78, every point inside.
 */
const LOAN_COSTS = [
  310, 288, 297, 298, 307, 303, 294, 297, 308, 306, 294, 299, 297, 299, 314, 295, 293, 306, 301, 304,
];

describe('P chart (IP5.2): Montgomery’s orange-juice cans', () => {
  const a = analyze({ type: 'p', points: proportions(JUICE, 50) });

  it('centre and limits from the whole series', () => {
    expect(a.phases[0]!.center).toBeCloseTo(0.2313, 4);
    expect(a.points[0]!.upper).toBeCloseTo(0.4102, 4);
    expect(a.points[0]!.lower).toBeCloseTo(0.0524, 4);
  });

  it('flags samples 15 and 23 (positions 14 and 22) as outside', () => {
    expect(flagged(a, 'outside')).toEqual([14, 22]);
    expect(a.signals).toContain('outside');
  });

  it('in percent the same chart reads 23.13 % with limits 5.24 % and 41.02 %', () => {
    const pct = analyze({ type: 'p', points: proportions(JUICE, 50), scale: 100 });
    expect(pct.phases[0]!.center).toBeCloseTo(23.13, 2);
    expect(pct.points[14]!.value).toBeCloseTo(44, 6);
    expect(pct.points[0]!.upper).toBeCloseTo(41.02, 2);
  });

  it('the revised limits of the book, samples 15 and 23 dropped: p̄ = 301/1400 = 0.2150', () => {
    const kept = proportions(JUICE, 50).map((p, i) => (i === 14 || i === 22 ? { ...p, denominator: 0 } : p));
    const limits = phaseLimits('p', kept, undefined, 1);
    expect(limits.center).toBeCloseTo(0.215, 4);
    expect(limits.points[0]!.upper).toBeCloseTo(0.3893, 4);
    expect(limits.points[0]!.lower).toBeCloseTo(0.0407, 4);
  });
});

describe('P chart limits follow each denominator (IP5.2)', () => {
  it('a smaller month has wider limits; computed by hand', () => {
    const a = analyze({ type: 'p', points: proportions([10, 30, 5], [100, 200, 25]) });
    const p = 45 / 325;
    expect(a.phases[0]!.center).toBeCloseTo(p, 10);
    expect(a.points[0]!.upper).toBeCloseTo(p + 3 * Math.sqrt((p * (1 - p)) / 100), 10);
    expect(a.points[2]!.upper).toBeCloseTo(p + 3 * Math.sqrt((p * (1 - p)) / 25), 10);
    // the lower limit would be negative for 25: it stops at 0
    expect(a.points[2]!.lower).toBe(0);
  });

  it('a month with a denominator of 0 has no point, no limits, and breaks no run', () => {
    const a = analyze({ type: 'p', points: proportions([5, 0, 6], [10, 0, 10]) });
    expect(a.points[1]).toMatchObject({ value: null, center: null, lower: null, upper: null, rules: [] });
    expect(a.phases[0]!.center).toBeCloseTo(11 / 20, 10);
    expect(a.phases[0]!.baselineCount).toBe(2);
  });

  it('limits never pass 0 or 1 (100 %)', () => {
    const a = analyze({ type: 'p', points: proportions([1, 1, 2], [2, 2, 2]), scale: 100 });
    for (const p of a.points) {
      expect(p.upper).toBeLessThanOrEqual(100);
      expect(p.lower).toBeGreaterThanOrEqual(0);
    }
  });

  it('every month at 0 %: the limits close on the centre and nothing is outside', () => {
    const a = analyze({ type: 'p', points: proportions([0, 0, 0], [5, 8, 3]) });
    expect(a.points.map((p) => [p.lower, p.upper])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(flagged(a, 'outside')).toEqual([]);
  });
});

describe('Laney P′ (IP5.4)', () => {
  // Large denominators and months that vary far more than binomial sampling: a P chart flags
  // nearly every month, P′ widens the limits by sigma_z.
  const xs = [1200, 1500, 1100, 1450, 1250, 1380, 1150, 1520, 1300, 1200];
  const ns = [5000, 5200, 4900, 5100, 5000, 5050, 4950, 5150, 5000, 4980];

  it('sigma_z is the mean moving range of the z-scores over 1.128, computed by hand', () => {
    const p = xs.reduce((a, b) => a + b) / ns.reduce((a, b) => a + b);
    const z = xs.map((x, i) => (x / ns[i]! - p) / Math.sqrt((p * (1 - p)) / ns[i]!));
    const sigmaZ = movingRanges(z).reduce((a, b) => a + b) / (z.length - 1) / 1.128;
    const a = analyze({ type: 'p-prime', points: proportions(xs, ns) });
    expect(a.phases[0]!.spread).toBeCloseTo(sigmaZ, 10);
    expect(a.points[3]!.upper).toBeCloseTo(p + 3 * sigmaZ * Math.sqrt((p * (1 - p)) / ns[3]!), 10);
    expect(sigmaZ).toBeGreaterThan(1);
  });

  it('the P chart flags most months, P′ none', () => {
    expect(flagged(analyze({ type: 'p', points: proportions(xs, ns) }), 'outside').length).toBeGreaterThan(5);
    expect(flagged(analyze({ type: 'p-prime', points: proportions(xs, ns) }), 'outside')).toEqual([]);
  });

  it('is chosen for a percentage with large, over-dispersed denominators; else the P chart', () => {
    expect(chooseChartType('percent', proportions(xs, ns))).toEqual({
      type: 'p-prime',
      reason: 'overdispersed',
    });
    expect(chooseChartType('percent', proportions(JUICE, 50))).toEqual({ type: 'p', reason: 'proportion' });
    expect(chooseChartType('percent', [])).toEqual({ type: 'p', reason: 'proportion' });
  });
});

describe('U chart (IP5.5): Montgomery’s personal computers', () => {
  const a = analyze({ type: 'u', points: proportions(COMPUTERS, 5) });

  it('ū = 1.93, UCL = 3.79, LCL = 0.07, nothing outside', () => {
    expect(a.phases[0]!.center).toBeCloseTo(1.93, 10);
    expect(a.points[0]!.upper).toBeCloseTo(3.79, 2);
    expect(a.points[0]!.lower).toBeCloseTo(0.07, 2);
    expect(flagged(a, 'outside')).toEqual([]);
  });

  it('a rate is a U chart; a week nobody logged a contact has no point', () => {
    expect(chooseChartType('rate')).toEqual({ type: 'u', reason: 'rate' });
    const weeks = analyze({ type: 'u', points: proportions([12, 0, 9], [3, 0, 2]) });
    expect(weeks.points[1]!.value).toBeNull();
    expect(weeks.phases[0]!.center).toBeCloseTo(21 / 5, 10);
    expect(weeks.points[0]!.upper).toBeCloseTo(4.2 + 3 * Math.sqrt(4.2 / 3), 10);
  });
});

describe('XmR chart (IP5.5): Montgomery’s mortgage loan costs', () => {
  const a = analyze({ type: 'xmr', points: singles(LOAN_COSTS) });

  it('x̄ = 300.5, MR̄ = 7.79, UCL = 321.22, LCL = 279.78', () => {
    expect(a.phases[0]!.center).toBeCloseTo(300.5, 10);
    expect(a.phases[0]!.spread).toBeCloseTo(148 / 19, 10);
    expect(a.points[0]!.upper).toBeCloseTo(321.22, 2);
    expect(a.points[0]!.lower).toBeCloseTo(279.78, 2);
    expect(flagged(a, 'outside')).toEqual([]);
    expect(a.signals).toEqual([]);
  });

  it('a count is an XmR chart', () =>
    expect(chooseChartType('count')).toEqual({ type: 'xmr', reason: 'single-value' }));

  it('a missing month is skipped by the moving ranges', () => {
    const b = analyze({ type: 'xmr', points: singles([10, null, 14, 12]) });
    expect(b.phases[0]!.spread).toBe(3); // |14−10|, |12−14|
    expect(b.points[1]).toMatchObject({ value: null, upper: null });
  });
});

describe('series too short for limits (IP5.3)', () => {
  it('one point: a centre line but no limits, and no rule fires', () => {
    for (const a of [
      analyze({ type: 'xmr', points: singles([7]) }),
      analyze({ type: 'p', points: proportions([3], [10]) }),
      analyze({ type: 'u', points: proportions([3], [10]) }),
    ]) {
      expect(a.phases[0]!.center).not.toBeNull();
      expect(a.points[0]!.upper).toBeNull();
      expect(a.signals).toEqual([]);
      expect(a.phases[0]!.provisional).toBe(true);
    }
  });

  it('no point at all (every denominator 0): no centre, no limits', () => {
    const a = analyze({ type: 'p', points: proportions([0, 0], [0, 0]) });
    expect(a.phases[0]!.center).toBeNull();
    expect(a.points.every((p) => p.upper === null)).toBe(true);
  });

  it('limits are provisional below 20 baseline points', () => {
    expect(analyze({ type: 'xmr', points: singles(LOAN_COSTS) }).phases[0]!.provisional).toBe(false);
    expect(analyze({ type: 'xmr', points: singles(LOAN_COSTS.slice(0, 19)) }).phases[0]!.provisional).toBe(
      true,
    );
  });
});

describe('the baseline and phases (IP5.3, IP5.8)', () => {
  it('a frozen baseline gives the limits; later points are judged against them', () => {
    const a = analyze({ type: 'xmr', points: singles([10, 12, 10, 12, 30]), baseline: 4 });
    expect(a.phases[0]!.center).toBe(11);
    expect(a.points[4]!.upper).toBeCloseTo(11 + (3 * 2) / 1.128, 10);
    expect(a.points[4]!.rules).toEqual(['outside']);
  });

  it('a new phase has its own centre and limits from its own points', () => {
    const a = analyze({
      type: 'xmr',
      points: singles([10, 12, 10, 12, 30, 32, 30, 32]),
      phases: [{ start: 4 }],
    });
    expect(a.phases.map((p) => [p.start, p.end, p.center])).toEqual([
      [0, 4, 11],
      [4, 8, 31],
    ]);
    expect(a.points[4]!.phase).toBe(1);
    expect(flagged(a, 'outside')).toEqual([]);
  });

  it('a phase starts after the first period, inside the chart, once', () => {
    const points = singles([1, 2, 3]);
    expect(() => analyze({ type: 'xmr', points, phases: [{ start: 0 }] })).toThrow(DomainError);
    expect(() => analyze({ type: 'xmr', points, phases: [{ start: 3 }] })).toThrow(/phases/);
    expect(() => analyze({ type: 'xmr', points, phases: [{ start: 1 }, { start: 1 }] })).toThrow(
      /same period/,
    );
  });
});

describe('rule sets (IP5.6, IP5.7)', () => {
  // 11 points above then 3 below a centre of 10: a run of 11 beats Anhøj's limit for 14 useful
  // points (round(log2 14 + 3) = 7) and makes an IHI shift (6 or more).
  const values = [11, 12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 8, 7, 9];
  const limits = values.map(() => ({ center: 10, lower: 0, upper: 100 }));

  it('Anhøj: the points of the too-long run are flagged longestRun; too few crossings is the phase’s', () => {
    const r = applyControlRules(values, limits, 10, 'anhoj');
    expect(r.longestRunLimit).toBe(7);
    expect(r.fired).toEqual(['longestRun', 'crossings']);
    expect(r.flags.slice(0, 11).every((f) => f.join() === 'longestRun')).toBe(true);
    expect(r.flags[11]).toEqual([]);
  });

  it('IHI: the shift’s points, and a trend of 5', () => {
    const r = applyControlRules(values, limits, 10, 'ihi');
    expect(r.fired).toEqual(['shift']);
    const t = applyControlRules(
      [1, 2, 3, 4, 5, 4],
      values.slice(0, 6).map(() => ({ center: 3, lower: 0, upper: 9 })),
      3,
      'ihi',
    );
    expect(t.fired).toEqual(['trend']);
    expect(t.flags.map((f) => f.length)).toEqual([1, 1, 1, 1, 1, 0]);
  });

  it('a point on a limit is inside; beyond it is outside, under either set', () => {
    const l = [{ center: 5, lower: 1, upper: 9 }];
    expect(applyControlRules([9], l, 5, 'anhoj').flags[0]).toEqual([]);
    expect(applyControlRules([9.01], l, 5, 'ihi').flags[0]).toEqual(['outside']);
    expect(applyControlRules([0.5], l, 5, 'anhoj').fired).toEqual(['outside']);
  });

  it('rules are applied per phase, around each phase’s own centre', () => {
    const a = analyze({
      type: 'xmr',
      ruleSet: 'ihi',
      points: singles([10, 11, 10, 11, 10, 11, 20, 21, 20, 21, 20, 21]),
      phases: [{ start: 6 }],
    });
    expect(a.signals).toEqual([]);
    const one = analyze({
      type: 'xmr',
      ruleSet: 'ihi',
      points: singles([10, 11, 10, 11, 10, 11, 20, 21, 20, 21, 20, 21]),
    });
    expect(one.signals).toContain('shift');
  });
});

describe('the types a measure can be drawn as (IP5.1) and a phase from a change (IP5.8)', () => {
  it('a count has no denominator: only XmR', () => {
    expect(chartTypesFor('percent')).toEqual(['p', 'p-prime', 'xmr']);
    expect(chartTypesFor('rate')).toEqual(['u', 'xmr']);
    expect(() => checkChartType('count', 'p')).toThrow(/type/);
    expect(() => checkChartType('percent', 'u')).toThrow(DomainError);
    expect(() => checkChartType('rate', 'xmr')).not.toThrow();
  });

  const period = {
    startsOnPeriod: '2024-05-01',
    cyclePeriod: '2024-04-01',
    chartFirstPeriod: '2024-01-01',
    today: '2024-06-10',
  };
  const adopted = { kind: 'cycle' as const, startedOn: '2024-04-03', act: 'adopt' as const };
  it('only an adopted PDSA cycle starts a phase', () => {
    expect(checkPhaseChange(adopted, period)).toBe('2024-05-01');
    for (const act of ['adapt', 'abandon', null] as const)
      expect(() => checkPhaseChange({ ...adopted, act }, period)).toThrow(/cycleId/);
  });
  it('from the cycle’s period on (its own without a day), after the chart’s first period, not in the future', () => {
    expect(checkPhaseChange(adopted, { ...period, startsOnPeriod: null })).toBe('2024-04-01');
    expect(() => checkPhaseChange(adopted, { ...period, startsOnPeriod: '2024-03-01' })).toThrow(
      /before the period/,
    );
    expect(checkPhaseChange(adopted, { ...period, startsOnPeriod: '2024-04-01' })).toBe('2024-04-01');
    expect(() =>
      checkPhaseChange(adopted, { ...period, cyclePeriod: '2023-12-01', startsOnPeriod: '2024-01-01' }),
    ).toThrow(/first period/);
    expect(() => checkPhaseChange(adopted, { ...period, startsOnPeriod: '2024-07-01' })).toThrow(/future/);
  });
  it('a strategy of the plan starts a phase at the period the team names, which it must name', () => {
    const strategy = { kind: 'strategy' as const };
    const { cyclePeriod: _none, ...noCycle } = period;
    expect(checkPhaseChange(strategy, noCycle)).toBe('2024-05-01');
    expect(() => checkPhaseChange(strategy, { ...noCycle, startsOnPeriod: null })).toThrow(
      /startsOn: is required/,
    );
    expect(() => checkPhaseChange(strategy, { ...noCycle, startsOnPeriod: '2024-01-01' })).toThrow(
      /first period/,
    );
  });
});

describe("a measure's control chart (IP5.1, IP5.2)", () => {
  it('a percentage: a P chart in percent, Anhøj by default; an XmR chart of the values when picked', () => {
    const points = proportions(JUICE, 50).map((p) => ({ ...p, value: (100 * p.numerator!) / 50 }));
    const p = controlChartForMeasure('percent', points);
    expect(p).toMatchObject({
      type: 'p',
      suggested: 'p',
      reason: 'proportion',
      ruleSet: 'anhoj',
      scale: 100,
    });
    expect(p.analysis.phases[0]!.center).toBeCloseTo(23.13, 2);
    const x = controlChartForMeasure('percent', points, { type: 'xmr', ruleSet: 'ihi' });
    expect(x).toMatchObject({ type: 'xmr', suggested: 'p', ruleSet: 'ihi', scale: 1 });
    expect(x.analysis.phases[0]!.center).toBeCloseTo(23.13, 2);
    expect(() => controlChartForMeasure('count', points, { type: 'u' })).toThrow(/type/);
  });
});
