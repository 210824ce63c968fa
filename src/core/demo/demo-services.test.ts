import { describe, expect, it } from 'vitest';
import { addDays } from '../common/calendar-date';
import { isEligibleOn } from '../services/service-eligibility';
import type { Mpo } from '../services/service-records';
import { DEMO_PLAN } from './demo-plan';
import { demoServices, type DemoServiceChild } from './demo-services';
import { seededRandom } from './seeded-random';

const mpos = DEMO_PLAN.mpos as unknown as Mpo[];

function children(count: number, seed: number): DemoServiceChild[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const birthDate = addDays('2008-01-01', random.integer(0, 365 * 15));
    const from = addDays('2022-06-01', random.integer(0, 700));
    return { studentId: `S${i}`, birthDate, spans: [{ from, to: addDays(from, 365 * 3) }] };
  });
}

describe('demoServices', () => {
  const input = { seed: 7, today: '2025-12-05', mpos, regions: [{ number: 5, children: children(600, 1) }] };
  const data = demoServices(input);

  it('is the same for the same seed', () => {
    expect(demoServices(input)).toEqual(data);
  });

  it('gives results only for school years before the current one, levels 1–4', () => {
    expect(data.assessments.length).toBeGreaterThan(500);
    expect(new Set(data.assessments.map((a) => a.schoolYear))).toEqual(
      new Set(['2022-23', '2023-24', '2024-25']),
    );
    expect(data.assessments.every((a) => a.level >= 1 && a.level <= 4)).toBe(true);
  });

  it('runs services of MPOs 1.0, 2.0 and 7.0 in both periods, none starting after today', () => {
    const aligned = new Set(data.services.flatMap((s) => s.mpos));
    expect(aligned).toEqual(new Set(['1.0', '2.0', '7.0']));
    expect(data.services.every((s) => s.startDate <= input.today)).toBe(true);
    expect(data.services.some((s) => s.startDate < '2025-09-01')).toBe(true);
    expect(data.services.some((s) => s.startDate >= '2025-09-01')).toBe(true);
  });

  it('keeps the services rules: eligible on enrollment, records within the dates, scores in range', () => {
    const spans = new Map(input.regions[0]!.children.map((c) => [c.studentId, c.spans]));
    for (const service of data.services)
      for (const e of service.enrollments) {
        expect(isEligibleOn(spans.get(e.studentId)!, e.enrolledOn)).toBe(true);
        expect(e.enrolledOn >= service.startDate && e.enrolledOn <= service.endDate).toBe(true);
        for (const day of [...e.sessions, ...e.tests.map((t) => t.date)])
          expect(day >= e.enrolledOn && day <= service.endDate && day <= input.today).toBe(true);
        for (const test of e.tests) expect(test.score >= 0 && test.score <= 100).toBe(true);
      }
  });

  it('enrolls enough children with tests that the MPO figures are not all insufficient, and most grow', () => {
    const ended = data.services.filter((s) => s.endDate < input.today && s.mpos.includes('1.0'));
    const pairs = ended.flatMap((s) => s.enrollments).filter((e) => e.tests.length === 2);
    expect(pairs.length).toBeGreaterThanOrEqual(10);
    const grew = pairs.filter((e) => e.tests[1]!.score > e.tests[0]!.score).length;
    expect(grew / pairs.length).toBeGreaterThan(0.55);
    expect(grew / pairs.length).toBeLessThan(0.95);
  });
});
