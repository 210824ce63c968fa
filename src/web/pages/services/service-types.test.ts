import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/common/calendar-date';
import { dateWithinService, initialMarks, presentEntries, type AttendanceSheet } from './service-types';

const SHEET: AttendanceSheet = {
  serviceId: 's',
  serviceName: 'Reading',
  date: '2026-10-05',
  startDate: '2026-09-01',
  endDate: '2027-06-30',
  sessionMinutes: 45,
  canRecord: true,
  takenOn: [],
  revision: 'r1',
  children: [
    { enrollmentId: 1, studentId: 'A', name: 'Ana', enrolledOn: '2026-09-01', minutes: 30 },
    { enrollmentId: 2, studentId: 'B', name: 'Beto', enrolledOn: '2026-09-01', minutes: null },
    { enrollmentId: 3, studentId: 'C', name: null, enrolledOn: '2026-09-01', minutes: null },
  ],
};

describe('the attendance sheet being taken', () => {
  it('opens with the minutes recorded, and the session length ready for the absent', () => {
    expect(initialMarks(SHEET)).toEqual({
      A: { present: true, minutes: 30 },
      B: { present: false, minutes: 45 },
      C: { present: false, minutes: 45 },
    });
    expect(initialMarks({ ...SHEET, sessionMinutes: null }).B).toEqual({ present: false, minutes: 60 });
  });

  it('saves the children marked present, in the roster order', () => {
    const marks = {
      ...initialMarks(SHEET),
      C: { present: true, minutes: 45 },
      A: { present: false, minutes: 30 },
    };
    expect(presentEntries(SHEET.children, marks)).toEqual([{ studentId: 'C', minutes: 45 }]);
  });

  it.each([
    ['2026-10-05', '2026-10-05'],
    ['2026-08-01', '2026-09-01'],
    ['2027-07-04', '2027-06-30'],
  ])('opens on %s as %s within the service', (today, expected) => {
    expect(dateWithinService(SHEET, today)).toBe(expected);
  });

  it.each([
    ['2024-09-15', '2024-10-01'],
    ['2024-11-02', '2024-11-02'],
    ['2025-07-01', '2025-05-30'],
  ])('enrolling on %s is dated %s', (today, date) => {
    expect(dateWithinService({ startDate: '2024-10-01', endDate: '2025-05-30' }, today)).toBe(date);
  });

  it('moves a day across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });
});
