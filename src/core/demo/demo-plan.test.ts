import { describe, expect, it } from 'vitest';
import { checkPlanContent } from '../services/plan-version';
import { DEMO_PLAN, demoPlanAdoptedOn } from './demo-plan';

describe('the demo plan', () => {
  it('is a valid plan with MPOs 1.0, 2.0 and 7.0 as the sources name them', () => {
    const plan = checkPlanContent(DEMO_PLAN);
    expect(plan.mpos.map((m) => [m.number, m.area, m.population])).toEqual([
      ['1.0', 'ELA', { kind: 'belowProficient', subject: 'ELA', maxLevel: 2 }],
      ['2.0', 'MATH', { kind: 'belowProficient', subject: 'MATH', maxLevel: 2 }],
      ['7.0', 'SR', { kind: 'age', minAge: 3, maxAge: 5 }],
    ]);
  });

  it('says in every statement and strategy that its wording is demo wording', () => {
    for (const text of [
      ...DEMO_PLAN.mpos.flatMap((m) => [m.statementEn, m.statementEs]),
      ...DEMO_PLAN.strategies.flatMap((s) => [s.textEn, s.textEs]),
    ])
      expect(text).toMatch(/^(Demo wording|Redacción de demostración): /);
  });

  it('has strategies in every need area, some EPC-verified, of every implementer', () => {
    for (const area of DEMO_PLAN.needAreas)
      expect(DEMO_PLAN.strategies.filter((s) => s.needArea === area.code).length).toBeGreaterThanOrEqual(2);
    expect(new Set(DEMO_PLAN.strategies.map((s) => s.epcVerified))).toEqual(new Set([true, false]));
    expect(new Set(DEMO_PLAN.strategies.map((s) => s.implementer))).toEqual(
      new Set(['region', 'district', 'either']),
    );
  });
});

describe('the demo plan’s adoption date', () => {
  it.each([
    ['2026-12-05', '2025-09-01'],
    ['2026-09-01', '2025-09-01'],
    ['2026-08-31', '2024-09-01'],
    ['2027-01-15', '2025-09-01'],
  ])('on %s it is %s: the start of the previous performance period', (today, expected) => {
    expect(demoPlanAdoptedOn(today)).toBe(expected);
  });
});
