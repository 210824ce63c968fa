import { describe, expect, it } from 'vitest';
import {
  dailyQuota,
  isWeekday,
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
  it('sets the quota as the day began and shows progress toward it', () => {
    // 2021-02-08 (a Monday): 14 working days left in February with Presidents' Day off; 75 to contact.
    const quota = dailyQuota({
      pending: 72,
      contactedToday: 3,
      today: '2021-02-08',
      holidays: new Set(['2021-02-15']),
    });
    expect(quota).toEqual({
      pending: 72,
      workingDaysLeft: 14,
      minimumToday: 6,
      contactedToday: 3,
      percentDone: 50,
    });
  });
});
