import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import { addWorkingDays, msixDeadline, msixDeadlines, msixDueDate, type MsixEvent } from './msix-deadlines';
import { FEDERAL_MSIX_SETTINGS } from './msix-settings';

// Thanksgiving 2026 is Thursday 26 November; California also closes Friday the 27th.
const thanksgiving = { holidays: new Set(['2026-11-26', '2026-11-27']) };
const noHolidays = { holidays: new Set<string>() };

describe('working days (X6.1, X6.2)', () => {
  it('skip the weekend: one working day after a Friday is the Monday', () => {
    expect(addWorkingDays('2026-11-20', 1, noHolidays)).toBe('2026-11-23');
  });

  it('skip holidays and the weekend after them', () => {
    expect(addWorkingDays('2026-11-25', 1, thanksgiving)).toBe('2026-11-30');
  });

  it("never count the event's own day; zero days is the event's day", () => {
    expect(addWorkingDays('2026-11-23', 1, noHolidays)).toBe('2026-11-24');
    expect(addWorkingDays('2026-11-23', 0, noHolidays)).toBe('2026-11-23');
  });

  it('take the calendar as a predicate too', () => {
    const mondaysOnly = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() === 1;
    expect(addWorkingDays('2026-11-23', 2, mondaysOnly)).toBe('2026-12-07');
  });

  it('take working weekdays other than Monday to Friday', () => {
    const withSaturdays = { holidays: new Set<string>(), weekdays: [1, 2, 3, 4, 5, 6] };
    expect(addWorkingDays('2026-11-20', 1, withSaturdays)).toBe('2026-11-21');
  });

  it('refuse a calendar with no working day at all', () => {
    expect(() => addWorkingDays('2026-11-23', 1, () => false)).toThrow(DomainError);
  });
});

describe('due dates (X6.2, X6.3, X6.5)', () => {
  it('put an enrollment 10 working days later, across a weekend', () => {
    expect(msixDueDate({ kind: 'enrollment', date: '2026-11-20' }, noHolidays)).toBe('2026-12-04');
  });

  it('put an enrollment 10 working days later, across Thanksgiving and two weekends', () => {
    expect(msixDueDate({ kind: 'enrollment', date: '2026-11-20' }, thanksgiving)).toBe('2026-12-08');
  });

  it('put a withdrawal and a COE approval 10 working days later as well', () => {
    expect(msixDueDate({ kind: 'withdrawal', date: '2026-11-20' }, thanksgiving)).toBe('2026-12-08');
    expect(msixDueDate({ kind: 'coe-approval', date: '2026-11-20' }, thanksgiving)).toBe('2026-12-08');
  });

  it("put a term's data 30 calendar days after the term ends, holidays or not", () => {
    expect(msixDueDate({ kind: 'term-end', date: '2026-12-18' }, thanksgiving)).toBe('2027-01-17');
  });

  it('put the answer to a move notice 4 working days later', () => {
    expect(msixDueDate({ kind: 'move-notice', date: '2026-11-25' }, thanksgiving)).toBe('2026-12-03');
  });

  it("follow the state's own periods", () => {
    const strict = {
      ...FEDERAL_MSIX_SETTINGS,
      deadlines: {
        ...FEDERAL_MSIX_SETTINGS.deadlines,
        enrollment: { amount: 5, unit: 'working-days' as const },
      },
    };
    expect(msixDueDate({ kind: 'enrollment', date: '2026-11-20' }, thanksgiving, strict)).toBe('2026-12-01');
  });

  it('refuse an event date that is not a real date, naming the field', () => {
    expect(() => msixDueDate({ kind: 'enrollment', date: '2026-02-30' }, noHolidays)).toThrow(/date/);
  });
});

describe('overdue or not (X6.4)', () => {
  const enrollment: MsixEvent = { childKey: 'c1', kind: 'enrollment', date: '2026-11-20' };

  it('is pending before and on the due date: due today is not overdue', () => {
    expect(msixDeadline(enrollment, '2026-12-07', thanksgiving).status).toBe('pending');
    const dueToday = msixDeadline(enrollment, '2026-12-08', thanksgiving);
    expect(dueToday).toMatchObject({ dueDate: '2026-12-08', status: 'pending', overdue: false });
  });

  it('is overdue the day after the due date', () => {
    expect(msixDeadline(enrollment, '2026-12-09', thanksgiving)).toMatchObject({
      status: 'overdue',
      overdue: true,
    });
  });

  it('is met when sent on the due date, and late when sent after it', () => {
    expect(
      msixDeadline({ ...enrollment, submittedOn: '2026-12-08' }, '2027-01-10', thanksgiving).status,
    ).toBe('met');
    const late = msixDeadline({ ...enrollment, submittedOn: '2026-12-09' }, '2027-01-10', thanksgiving);
    expect(late).toMatchObject({ status: 'late', overdue: false });
  });
});

describe("a child's deadlines together (X6.6)", () => {
  it('come most urgent first, ties by child key then kind', () => {
    const deadlines = msixDeadlines(
      [
        { childKey: 'b', kind: 'term-end', date: '2026-11-20' },
        { childKey: 'b', kind: 'withdrawal', date: '2026-11-20' },
        { childKey: 'a', kind: 'withdrawal', date: '2026-11-20' },
        { childKey: 'a', kind: 'move-notice', date: '2026-11-23' },
      ],
      '2026-12-01',
      thanksgiving,
    );
    expect(deadlines.map((d) => [d.event.childKey, d.event.kind, d.dueDate, d.status])).toEqual([
      ['a', 'move-notice', '2026-12-01', 'pending'],
      ['a', 'withdrawal', '2026-12-08', 'pending'],
      ['b', 'withdrawal', '2026-12-08', 'pending'],
      ['b', 'term-end', '2026-12-20', 'pending'],
    ]);
  });
});
