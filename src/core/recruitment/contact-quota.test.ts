import { describe, expect, it } from 'vitest';
import {
  dailyQuota,
  isWeekday,
  isWorkingDay,
  workScheduleProblems,
  minimumContactsPerDay,
  workingDaysInMonth,
  workingDaysLeftInMonth,
} from './contact-quota';

describe('minimum contacts per day', () => {
  it("is the source's example: 78 pending over 16 working days is 5 a day", () => {
    expect(minimumContactsPerDay(78, 16)).toBe(5);
  });

  it('rounds up, and handles nothing pending and no working day left', () => {
    expect(minimumContactsPerDay(80, 16)).toBe(5);
    expect(minimumContactsPerDay(81, 16)).toBe(6);
    expect(minimumContactsPerDay(0, 16)).toBe(0);
    expect(minimumContactsPerDay(7, 0)).toBe(7);
  });
});

describe('working days', () => {
  it('are weekdays that are not holidays, from today to the end of the month', () => {
    expect(isWeekday('2021-02-22')).toBe(true); // a Monday
    expect(isWeekday('2021-02-27')).toBe(false);
    expect(workingDaysInMonth('2021-02-10', new Set())).toBe(20);
    expect(workingDaysInMonth('2021-02-10', new Set(['2021-02-15']))).toBe(19); // Presidents' Day
    expect(workingDaysLeftInMonth('2021-02-22', new Set())).toBe(5);
    expect(workingDaysLeftInMonth('2021-02-27', new Set())).toBe(0);
    expect(workingDaysLeftInMonth('2024-02-29', new Set())).toBe(1);
  });
});

describe("a recruiter's day", () => {
  const february = { holidays: new Set(['2021-02-15']), pendingAtMonthStart: 78 };

  it("shows the source's month plan: 78 pending on the 1st over the month's 19 working days", () => {
    const quota = dailyQuota({
      ...february,
      openNow: 72,
      doneToday: 0,
      contactsToday: 3,
      today: '2021-02-08',
    });
    expect(quota.plan).toEqual({ month: '2021-02', pendingAtStart: 78, workingDays: 19, minimumPerDay: 5 });
  });

  it("is the source's table on a month of 16 working days (leave taking the rest)", () => {
    const schedule = {
      weekdays: [1, 2, 3, 4, 5],
      leave: [{ from: '2021-02-01' as const, to: '2021-02-04' as const }],
    };
    const quota = dailyQuota({
      ...february,
      schedule,
      openNow: 78,
      doneToday: 0,
      contactsToday: 0,
      today: '2021-02-05',
    });
    expect(quota.plan).toMatchObject({ pendingAtStart: 78, workingDays: 15, minimumPerDay: 6 });
    const noHoliday = dailyQuota({
      holidays: new Set(),
      schedule: { weekdays: [1, 2, 3, 4, 5], leave: [{ from: '2021-02-01', to: '2021-02-04' }] },
      pendingAtMonthStart: 78,
      openNow: 78,
      doneToday: 0,
      contactsToday: 0,
      today: '2021-02-05',
    });
    expect(noHoliday.plan).toMatchObject({ workingDays: 16, minimumPerDay: 5 });
  });

  it("shows today's pace beside it: pending now over the working days left", () => {
    // 2021-02-08 (a Monday): 14 working days left in February with Presidents' Day off.
    const quota = dailyQuota({
      ...february,
      openNow: 72,
      doneToday: 0,
      contactsToday: 3,
      today: '2021-02-08',
    });
    expect(quota.pace).toEqual({ pending: 72, workingDaysLeft: 14, perDay: 6 });
    expect(quota.dayOff).toBe(false);
  });

  it('sets the minimum as the day began: referrals done today still count toward it', () => {
    const quota = dailyQuota({
      ...february,
      openNow: 70,
      doneToday: 14,
      contactsToday: 3,
      today: '2021-02-08',
    });
    expect(quota.minimumToday).toBe(6); // 84 over 14
    expect(quota.pace.perDay).toBe(5); // 70 over 14
    expect(quota.percentDone).toBe(50);
  });

  it('counts every attempt, follow-ups and those that did not reach the family, as contacts', () => {
    // Three attempts on one referral not reached: the referral stays open, three contacts made.
    const quota = dailyQuota({
      ...february,
      openNow: 84,
      doneToday: 0,
      contactsToday: 3,
      today: '2021-02-08',
    });
    expect(quota.contactedToday).toBe(3);
    expect(quota.pace.pending).toBe(84);
  });

  it('asks no contacts on a day off: a weekend, a holiday, leave, or a day the recruiter does not work', () => {
    const base = { ...february, openNow: 72, doneToday: 0, contactsToday: 0 };
    expect(dailyQuota({ ...base, today: '2021-02-13' })).toMatchObject({
      dayOff: true,
      minimumToday: 0,
      percentDone: 100,
    });
    expect(dailyQuota({ ...base, today: '2021-02-15' })).toMatchObject({ dayOff: true, minimumToday: 0 });
    const partTime = { weekdays: [1, 3, 5], leave: [] };
    expect(dailyQuota({ ...base, schedule: partTime, today: '2021-02-09' })).toMatchObject({
      dayOff: true,
      minimumToday: 0,
    });
    const leave = { weekdays: [1, 2, 3, 4, 5], leave: [{ from: '2021-02-08', to: '2021-02-12' }] };
    expect(dailyQuota({ ...base, schedule: leave, today: '2021-02-10' })).toMatchObject({
      dayOff: true,
      minimumToday: 0,
    });
  });

  it("follows a part-time recruiter's own working days", () => {
    // Mondays, Wednesdays and Fridays of February 2021, Presidents' Day off: 11 days; from the 8th: 8.
    const partTime = { weekdays: [1, 3, 5], leave: [] };
    const quota = dailyQuota({
      ...february,
      schedule: partTime,
      openNow: 40,
      doneToday: 0,
      contactsToday: 0,
      today: '2021-02-08',
    });
    expect(quota.plan).toMatchObject({ workingDays: 11, minimumPerDay: 8 });
    expect(quota.pace).toEqual({ pending: 40, workingDaysLeft: 8, perDay: 5 });
    expect(isWorkingDay('2021-02-10', new Set(), partTime)).toBe(true);
    expect(isWorkingDay('2021-02-11', new Set(), partTime)).toBe(false);
  });
});

describe('a work schedule a manager saves', () => {
  it('names the field at fault', () => {
    expect(workScheduleProblems({ weekdays: [1, 2], leave: [] })).toEqual([]);
    expect(workScheduleProblems({ weekdays: [7], leave: [] })[0]?.field).toBe('weekdays');
    expect(workScheduleProblems({ weekdays: [1, 1], leave: [] })[0]?.field).toBe('weekdays');
    expect(
      workScheduleProblems({ weekdays: [1], leave: [{ from: '2021-02-10', to: '2021-02-09' }] })[0]?.field,
    ).toBe('leave[0].to');
    expect(
      workScheduleProblems({ weekdays: [1], leave: [{ from: '2021-02-30', to: '2021-03-01' }] })[0]?.field,
    ).toBe('leave[0].from');
  });
});
