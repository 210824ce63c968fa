import { describe, expect, it } from 'vitest';
import { isWithinPreviousYear } from '../services/priority-for-services';
import { ageOn } from '../services/service-eligibility';
import { demoSchoolStatuses, type DemoStatusChild } from './demo-school-statuses';

const TODAY = '2026-11-22';
const children: DemoStatusChild[] = Array.from({ length: 300 }, (_, i) => ({
  childId: `c${i}`,
  birthDate: `${2006 + (i % 14)}-03-01`,
  spans: [{ from: i % 2 === 0 ? '2026-02-10' : '2024-02-10', to: '2029-02-09' }],
}));

describe('demoSchoolStatuses', () => {
  const statuses = demoSchoolStatuses({ seed: 11, today: TODAY, children });
  const childOf = new Map(children.map((c) => [c.childId, c]));

  it('records both kinds, only for high-school-aged children with a recent move, dated after the move and not after today', () => {
    expect(new Set(statuses.map((s) => s.kind))).toEqual(new Set(['credit_deficient', 'dropped_out']));
    for (const status of statuses) {
      const child = childOf.get(status.childId)!;
      const age = ageOn(child.birthDate, TODAY);
      expect(age).toBeGreaterThanOrEqual(14);
      expect(age).toBeLessThanOrEqual(18);
      expect(isWithinPreviousYear(child.spans[0]!.from, TODAY)).toBe(true);
      expect(status.startsOn > child.spans[0]!.from && status.startsOn <= TODAY).toBe(true);
    }
  });

  it('is the same for the same seed', () => {
    expect(demoSchoolStatuses({ seed: 11, today: TODAY, children })).toEqual(statuses);
  });
});
