import { describe, expect, it } from 'vitest';
import { recruiterWorkloads, weekStart, type RecruiterCounts } from './recruiter-workload';

const counts = (over: Partial<RecruiterCounts>): RecruiterCounts => ({
  userId: 'u',
  name: 'Ana',
  openNow: 0,
  doneToday: 0,
  pendingAtMonthStart: 0,
  contactsToday: 0,
  contactsThisWeek: 0,
  ...over,
});

describe('WL1.1 the week of a day', () => {
  it('begins on the Monday, the day itself when it is one', () => {
    expect(weekStart('2026-12-07')).toBe('2026-12-07'); // Monday
    expect(weekStart('2026-12-09')).toBe('2026-12-07'); // Wednesday
    expect(weekStart('2026-12-13')).toBe('2026-12-07'); // Sunday ends the week
    expect(weekStart('2027-01-01')).toBe('2026-12-28'); // across the year
  });
});

describe("WL1.2–WL1.3 the region's recruiters", () => {
  // Monday 2026-12-07: 19 working days are left in December from today (no holidays)
  const today = '2026-12-07';
  const noHolidays = new Set<string>();

  it("gives each recruiter the quota of their own page: the month plan and today's pace", () => {
    const [ana] = recruiterWorkloads(
      [counts({ openNow: 38, pendingAtMonthStart: 60, contactsToday: 1, contactsThisWeek: 1 })],
      today,
      noHolidays,
    );
    expect(ana).toMatchObject({
      name: 'Ana',
      dayOff: false,
      plan: { pendingAtStart: 60, workingDays: 23, minimumPerDay: 3 },
      pace: { pending: 38, workingDaysLeft: 19, perDay: 2 },
      minimumToday: 2,
      contactedToday: 1,
      contactsThisWeek: 1,
      behindToday: true,
    });
  });

  it('lists those behind today first, furthest behind first, then the others by name', () => {
    const rows = recruiterWorkloads(
      [
        counts({ userId: 'z', name: 'Zoila', openNow: 19 }), // 1 a day, none made: 1 behind
        counts({ userId: 'b', name: 'Beto', openNow: 0 }), // nothing to do
        counts({ userId: 'e', name: 'Érica', openNow: 57, contactsToday: 1 }), // 3 a day, 1 made: 2 behind
        counts({ userId: 'a', name: 'Ana', openNow: 19, contactsToday: 1 }), // met
      ],
      today,
      noHolidays,
    );
    expect(rows.map((r) => [r.name, r.behindToday])).toEqual([
      ['Érica', true],
      ['Zoila', true],
      ['Ana', false],
      ['Beto', false],
    ]);
  });

  it('is never behind on a day off: a holiday, leave, or a weekday the recruiter does not work', () => {
    const [holiday] = recruiterWorkloads([counts({ openNow: 10 })], today, new Set([today]));
    expect(holiday).toMatchObject({ dayOff: true, minimumToday: 0, behindToday: false });
    const [partTime] = recruiterWorkloads(
      [counts({ openNow: 10, schedule: { weekdays: [2, 4], leave: [] } })],
      today,
      noHolidays,
    );
    expect(partTime).toMatchObject({ dayOff: true, behindToday: false });
    // a part-time recruiter's plan counts only their own days: Tuesdays and Thursdays of December
    expect(partTime?.plan.workingDays).toBe(10);
    const [onLeave] = recruiterWorkloads(
      [counts({ openNow: 10, schedule: { weekdays: [1, 2, 3, 4, 5], leave: [{ from: today, to: today }] } })],
      today,
      noHolidays,
    );
    expect(onLeave?.behindToday).toBe(false);
  });
});
