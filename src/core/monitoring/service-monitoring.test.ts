import { describe, expect, it } from 'vitest';
import {
  asOfDate,
  checkEntry,
  monthBounds,
  needsAttention,
  suggestChecks,
  type MonitoringEntry,
  type ServiceFacts,
} from './service-monitoring';

const facts = (over: Partial<ServiceFacts> = {}): ServiceFacts => ({
  plannedStart: '2026-10-05',
  plannedEnd: '2026-12-18',
  actualStart: '2026-10-05',
  enrolled: 10,
  attendedMinutes: 900,
  plannedMinutes: 1000,
  withoutPreTest: 0,
  withoutPostTest: 10,
  ...over,
});

const entry = (over: Partial<MonitoringEntry> = {}): MonitoringEntry => ({
  startedOnTime: null,
  asDescribed: null,
  attendance: null,
  tests: null,
  adjustmentKind: 'none',
  adjustmentStatus: null,
  note: '',
  ...over,
});

describe('the month of the log (MN5.2)', () => {
  it('knows the first and last day, leap years included', () => {
    expect(monthBounds('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(monthBounds('2026-11')).toEqual({ first: '2026-11-01', last: '2026-11-30' });
    expect(() => monthBounds('2026-13')).toThrow(/month/);
  });

  it('reads a running month as of today and a past month as of its last day', () => {
    expect(asOfDate('2026-12', '2026-12-05')).toBe('2026-12-05');
    expect(asOfDate('2026-11', '2026-12-05')).toBe('2026-11-30');
  });
});

describe('started on time (MN5.3)', () => {
  it('is met when the actual start is on or before the planned one', () => {
    expect(suggestChecks(facts({ actualStart: '2026-10-05' }), '2026-11-30').startedOnTime).toBe('yes');
    expect(suggestChecks(facts({ actualStart: '2026-10-01' }), '2026-11-30').startedOnTime).toBe('yes');
  });

  it('is not met when the actual start is later, counting the days late', () => {
    const s = suggestChecks(facts({ actualStart: '2026-10-08' }), '2026-11-30');
    expect(s.startedOnTime).toBe('no');
    expect(s.daysLate).toBe(3);
  });

  it('is not met with no actual start after the planned date, and unknown before it', () => {
    const late = suggestChecks(facts({ actualStart: null }), '2026-10-07');
    expect([late.startedOnTime, late.daysLate]).toEqual(['no', 2]);
    expect(suggestChecks(facts({ actualStart: null }), '2026-10-05').startedOnTime).toBe('unknown');
  });
});

describe('implemented as described (MN5.3)', () => {
  it('is never guessed: the person decides', () => {
    expect(suggestChecks(facts(), '2026-11-30').asDescribed).toBe('unknown');
  });
});

describe('attendance against the plan (MN5.3)', () => {
  it('is met at 80 % of the planned minutes and not met below', () => {
    expect(suggestChecks(facts({ attendedMinutes: 800 }), '2026-11-30')).toMatchObject({
      attendance: 'yes',
      attendanceRate: 0.8,
    });
    expect(suggestChecks(facts({ attendedMinutes: 799 }), '2026-11-30').attendance).toBe('no');
  });

  it('is unknown with no plan, no planned minute yet or no child', () => {
    expect(suggestChecks(facts({ plannedMinutes: null }), '2026-11-30').attendance).toBe('unknown');
    expect(suggestChecks(facts({ plannedMinutes: 0 }), '2026-11-30').attendance).toBe('unknown');
    expect(suggestChecks(facts({ enrolled: 0 }), '2026-11-30').attendanceRate).toBeNull();
  });
});

describe('pre and post tests (MN5.3)', () => {
  it('counts a missing pre test from the start, a missing post test only once the service has ended', () => {
    expect(suggestChecks(facts({ withoutPostTest: 10 }), '2026-11-30')).toMatchObject({
      tests: 'yes',
      postTestDue: false,
    });
    expect(suggestChecks(facts({ withoutPreTest: 1 }), '2026-11-30').tests).toBe('no');
    expect(suggestChecks(facts({ withoutPostTest: 1 }), '2026-12-18')).toMatchObject({
      tests: 'no',
      postTestDue: true,
    });
    expect(suggestChecks(facts({ withoutPostTest: 0 }), '2026-12-31').tests).toBe('yes');
  });

  it('is unknown before the service starts or with no child enrolled', () => {
    expect(suggestChecks(facts({ actualStart: null }), '2026-10-01').tests).toBe('unknown');
    expect(suggestChecks(facts({ enrolled: 0 }), '2026-11-30').tests).toBe('unknown');
  });
});

describe('confirming the checks (MN5.4)', () => {
  const suggestion = suggestChecks(facts({ actualStart: '2026-10-09' }), '2026-11-30');

  it('accepts confirming what the records say without a note', () => {
    expect(() => checkEntry(entry({ startedOnTime: 'no', attendance: 'yes' }), suggestion)).not.toThrow();
  });

  it('asks for a note when a result corrects the records', () => {
    expect(() => checkEntry(entry({ startedOnTime: 'yes' }), suggestion)).toThrow(/note: say why/);
    expect(() =>
      checkEntry(entry({ startedOnTime: 'yes', note: 'Started on the 5th; entered late.' }), suggestion),
    ).not.toThrow();
  });

  it('needs no note to decide what the records leave open', () => {
    expect(() => checkEntry(entry({ asDescribed: 'no' }), suggestion)).not.toThrow();
  });

  it('asks for the status of a budget revision or CDE pre-approval, and none without one', () => {
    expect(() => checkEntry(entry({ adjustmentKind: 'budget_revision' }), suggestion)).toThrow(
      /adjustmentStatus/,
    );
    expect(() =>
      checkEntry(entry({ adjustmentKind: 'cde_preapproval', adjustmentStatus: 'submitted' }), suggestion),
    ).not.toThrow();
    expect(() => checkEntry(entry({ adjustmentStatus: 'approved' }), suggestion)).toThrow(/adjustmentStatus/);
  });
});

describe('needs attention (MN5.5)', () => {
  const fine = suggestChecks(facts(), '2026-11-30');
  const late = suggestChecks(facts({ actualStart: '2026-10-09' }), '2026-11-30');

  it('flags a check the records say is not met, until the person corrects it', () => {
    expect(needsAttention(fine, null)).toBe(false);
    expect(needsAttention(late, null)).toBe(true);
    expect(needsAttention(late, entry({ startedOnTime: 'yes', note: 'n' }))).toBe(false);
  });

  it('flags a check the person finds not met', () => {
    expect(needsAttention(fine, entry({ asDescribed: 'no' }))).toBe(true);
  });

  it('flags an adjustment until it is approved', () => {
    expect(
      needsAttention(fine, entry({ adjustmentKind: 'budget_revision', adjustmentStatus: 'submitted' })),
    ).toBe(true);
    expect(
      needsAttention(fine, entry({ adjustmentKind: 'budget_revision', adjustmentStatus: 'approved' })),
    ).toBe(false);
  });
});
