import { describe, expect, it } from 'vitest';
import { trackingLog } from '../monitoring/alignment';
import { checkApplicationContent } from '../monitoring/application';
import { checkLinks, checkVerification } from '../monitoring/epc';
import { checkEntry, needsAttention, type Suggestion } from '../monitoring/service-monitoring';
import { DEMO_PLAN } from './demo-plan';
import {
  demoApplications,
  demoEpcVerifications,
  demoLogEntries,
  demoMonitoringMonth,
} from './demo-monitoring';

const today = '2026-12-05';
const strategies = DEMO_PLAN.strategies.map((s) => ({ number: s.number, implementer: s.implementer }));
const services = [
  { id: 'reading', mpos: ['1.0'] },
  { id: 'math', mpos: ['2.0'] },
  { id: 'preschool', mpos: ['7.0'] },
];

describe("the demo's applications", () => {
  const demo = demoApplications(today, strategies, services);

  it('are of the program year today falls in, and pass the checks of a saved application (MN2.2)', () => {
    expect(demo.programYear).toBe('2026-27');
    const known = {
      strategies: new Set(strategies.map((s) => s.number)),
      serviceIds: new Set(['reading', 'math', 'preschool']),
    };
    expect(() =>
      checkApplicationContent(
        {
          kind: 'regional_application',
          districtId: null,
          programYear: demo.programYear,
          lines: demo.regional,
        },
        known,
      ),
    ).not.toThrow();
    expect(() =>
      checkApplicationContent(
        { kind: 'dsa', districtId: 'district', programYear: demo.programYear, lines: demo.district },
        { ...known, serviceIds: new Set() },
      ),
    ).not.toThrow();
    // Each need area's line funds the services aligned to an MPO of that area.
    expect(demo.regional.map((line) => [line.strategies, line.serviceIds])).toEqual([
      [['1.1', '1.2'], ['reading']],
      [['2.1', '2.2'], ['math']],
      [['7.1', '7.2'], ['preschool']],
      [['8.1'], []],
    ]);
    expect(demo.district.flatMap((line) => line.strategies)).toEqual(['1.3', '2.3', '7.3']);
  });

  it('leave out exactly the plan’s last strategy, which the alignment check names (MN3.2)', () => {
    expect(demo.leftOut).toBe('8.2');
    const log = trackingLog(
      strategies,
      [{ districtId: 'district', name: 'Demo district' }],
      [
        { id: 'regional', kind: 'regional_application', districtId: null, lines: demo.regional },
        { id: 'dsa', kind: 'dsa', districtId: 'district', lines: demo.district },
      ],
    );
    expect(log.problems).toEqual([{ kind: 'missing_everywhere', strategy: '8.2', districtId: null }]);
  });
});

describe("the demo's monitoring log", () => {
  const suggestion = (overrides: Partial<Suggestion>): Suggestion => ({
    startedOnTime: 'no',
    asDescribed: 'unknown',
    attendance: 'no',
    tests: 'unknown',
    daysLate: 30,
    attendanceRate: 0.2,
    postTestDue: false,
    ...overrides,
  });

  it('is of the month before today', () => {
    expect(demoMonitoringMonth('2026-12-05')).toBe('2026-11');
    expect(demoMonitoringMonth('2027-01-31')).toBe('2026-12');
  });

  it('confirms every service but the last, which needs attention with a budget revision submitted (MN5.4, MN5.5)', () => {
    const given = [
      { serviceId: 'a', suggestion: suggestion({}) },
      { serviceId: 'b', suggestion: suggestion({ startedOnTime: 'yes', attendance: 'yes', tests: 'yes' }) },
      { serviceId: 'c', suggestion: suggestion({ attendance: 'yes' }) },
    ];
    const entries = demoLogEntries(given);
    expect(entries.map((e) => e.serviceId)).toEqual(['a', 'b', 'c']);
    entries.forEach(({ entry }, i) => {
      // Every correction of what the records say carries its note, as a person's would.
      expect(() => checkEntry(entry, given[i]!.suggestion)).not.toThrow();
    });
    expect(entries.map(({ entry }, i) => needsAttention(given[i]!.suggestion, entry))).toEqual([
      false,
      false,
      true,
    ]);
    expect(entries[1]!.entry).toMatchObject({ tests: 'yes', note: '' });
    expect(entries[2]!.entry).toMatchObject({
      attendance: 'no',
      adjustmentKind: 'budget_revision',
      adjustmentStatus: 'submitted',
    });
  });
});

describe("the demo's EPC verifications", () => {
  it('verify the first EPC strategy with a link and find the second needing more (MN4.3)', () => {
    const epc = demoEpcVerifications(today, ['1.1', '1.2', '2.1']);
    expect(epc).toMatchObject({ programYear: '2026-27', term: 'summer' });
    expect(epc.rows.map((r) => [r.strategy, r.outcome])).toEqual([
      ['1.1', 'verified'],
      ['1.2', 'needs_more'],
    ]);
    for (const row of epc.rows) {
      expect(() => checkLinks(row.links)).not.toThrow();
      expect(() => checkVerification(row)).not.toThrow();
      expect(row.date <= today && row.date >= '2026-07-01').toBe(true);
    }
    expect(demoEpcVerifications('2026-07-10', ['1.1'])).toMatchObject({
      programYear: '2026-27',
      rows: [{ date: '2026-07-01' }],
    });
  });
});
