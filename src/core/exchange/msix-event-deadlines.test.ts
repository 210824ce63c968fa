import { describe, expect, it } from 'vitest';
import {
  holdsEventData,
  inListOrder,
  msixEventsOfChild,
  msixSentOn,
  trackMsixDeadlines,
  type MsixEventFacts,
} from './msix-event-deadlines';
import type { MsixSentRecord } from './msix-sent';

// Friday 20 November 2026; Thanksgiving is Thursday the 26th and California closes the 27th too.
const thanksgiving = { holidays: new Set(['2026-11-26', '2026-11-27']) };
const SCHOOL = '063255004963';

const ana: MsixEventFacts = {
  childKey: 'ana',
  enrollments: [
    { enrollmentDate: '2026-11-20', exitDate: null, schoolNcesId: SCHOOL, placeName: 'Alisal Elementary' },
  ],
  coeApprovals: [],
};

function sentRecord(exportDay: string, overrides: Partial<MsixSentRecord> = {}): MsixSentRecord {
  return {
    exportDay,
    childKey: 'ana',
    enrollments: [{ enrollmentDate: '2026-11-20', schoolId: SCHOOL, withdrawalDate: null }],
    qualifyingArrivalDates: ['2026-10-05'],
    ...overrides,
  };
}

describe('the events that start a deadline (X8.1)', () => {
  it('are each enrollment, each withdrawal and each approved COE’s eligibility', () => {
    const events = msixEventsOfChild({
      childKey: 'beto',
      enrollments: [
        { enrollmentDate: '2026-08-12', exitDate: '2026-11-13', schoolNcesId: SCHOOL, placeName: 'Alisal' },
      ],
      coeApprovals: [{ qad: '2026-07-30', approvedOn: '2026-08-04' }],
    });
    expect(events.map(({ kind, date, about }) => ({ kind, date, about }))).toEqual([
      { kind: 'enrollment', date: '2026-08-12', about: 'Alisal' },
      { kind: 'withdrawal', date: '2026-11-13', about: 'Alisal' },
      { kind: 'coe-approval', date: '2026-08-04', about: '2026-07-30' },
    ]);
  });
});

describe('what an export must carry (X8.2)', () => {
  const [enrollment] = msixEventsOfChild(ana);

  it('is the enrollment with that date and school', () => {
    expect(holdsEventData(sentRecord('2026-11-23'), enrollment!.data)).toBe(true);
    const otherSchool = sentRecord('2026-11-23', {
      enrollments: [{ enrollmentDate: '2026-11-20', schoolId: '063255000001', withdrawalDate: null }],
    });
    expect(holdsEventData(otherSchool, enrollment!.data)).toBe(false);
  });

  it('is, for a withdrawal, that enrollment with the withdrawal date', () => {
    const [, withdrawal] = msixEventsOfChild({
      ...ana,
      enrollments: [{ ...ana.enrollments[0]!, exitDate: '2026-12-04' }],
    });
    expect(holdsEventData(sentRecord('2026-12-07'), withdrawal!.data)).toBe(false);
    const withdrawn = sentRecord('2026-12-07', {
      enrollments: [{ enrollmentDate: '2026-11-20', schoolId: SCHOOL, withdrawalDate: '2026-12-04' }],
    });
    expect(holdsEventData(withdrawn, withdrawal!.data)).toBe(true);
  });

  it('is, for a COE, a qualifying move with its QAD', () => {
    const [approval] = msixEventsOfChild({
      childKey: 'ana',
      enrollments: [],
      coeApprovals: [{ qad: '2026-10-05', approvedOn: '2026-10-09' }],
    });
    expect(holdsEventData(sentRecord('2026-10-12'), approval!.data)).toBe(true);
    expect(holdsEventData(sentRecord('2026-10-12', { qualifyingArrivalDates: [] }), approval!.data)).toBe(
      false,
    );
  });
});

describe('the day an event was sent (X8.3)', () => {
  const [enrollment] = msixEventsOfChild(ana);

  it('is the first export that carried the data', () => {
    expect(msixSentOn(enrollment!, [sentRecord('2026-11-23'), sentRecord('2026-11-30')])).toBe('2026-11-23');
  });

  it('does not count an export before the event that carried the child without it', () => {
    const before = sentRecord('2026-11-18', { enrollments: [] });
    expect(msixSentOn(enrollment!, [before])).toBeNull();
  });

  it('is the event’s day when the data reached MSIX ahead of it', () => {
    expect(msixSentOn(enrollment!, [sentRecord('2026-11-18')])).toBe('2026-11-20');
  });

  it('ignores another child’s records', () => {
    expect(msixSentOn(enrollment!, [sentRecord('2026-11-23', { childKey: 'beto' })])).toBeNull();
  });
});

describe('the deadlines tracked (X8.4, X8.5)', () => {
  it('count 10 working days across the weekend and Thanksgiving: due 8 December', () => {
    const [deadline] = trackMsixDeadlines([ana], [], '2026-12-08', thanksgiving);
    expect(deadline).toMatchObject({
      dueDate: '2026-12-08',
      status: 'pending',
      daysOverdue: 0,
      dueSoon: true,
    });
  });

  it('make an unsent enrollment overdue the day after, counting the calendar days past due', () => {
    const [deadline] = trackMsixDeadlines([ana], [], '2026-12-10', thanksgiving);
    expect(deadline).toMatchObject({ status: 'overdue', overdue: true, daysOverdue: 2, dueSoon: false });
  });

  it('leave a held-back child (never in a file) overdue after an export of the others', () => {
    const others = { ...sentRecord('2026-11-23'), childKey: 'beto' };
    const [deadline] = trackMsixDeadlines([ana], [others], '2026-12-09', thanksgiving);
    expect(deadline!.status).toBe('overdue');
  });

  it('are met when sent by the due date and late when sent after it', () => {
    expect(
      trackMsixDeadlines([ana], [sentRecord('2026-12-08')], '2026-12-20', thanksgiving)[0],
    ).toMatchObject({
      status: 'met',
      event: { submittedOn: '2026-12-08' },
    });
    expect(trackMsixDeadlines([ana], [sentRecord('2026-12-09')], '2026-12-20', thanksgiving)[0]!.status).toBe(
      'late',
    );
  });

  it('are due soon within the next 5 working days only', () => {
    // On 30 November, 5 working days ahead is 7 December; the due date is the 8th.
    expect(trackMsixDeadlines([ana], [], '2026-11-30', thanksgiving)[0]!.dueSoon).toBe(false);
    expect(trackMsixDeadlines([ana], [], '2026-12-01', thanksgiving)[0]!.dueSoon).toBe(true);
  });

  it('list overdue first, then pending, late and met', () => {
    const beto: MsixEventFacts = {
      childKey: 'beto',
      enrollments: [
        { enrollmentDate: '2026-12-01', exitDate: null, schoolNcesId: SCHOOL, placeName: 'Alisal' },
      ],
      coeApprovals: [{ qad: '2026-10-05', approvedOn: '2026-10-09' }],
    };
    const sent = [{ ...sentRecord('2026-10-30'), childKey: 'beto', enrollments: [] }];
    const list = trackMsixDeadlines([beto, ana], sent, '2026-12-10', thanksgiving);
    expect(list.map((deadline) => [deadline.event.childKey, deadline.event.kind, deadline.status])).toEqual([
      ['ana', 'enrollment', 'overdue'],
      ['beto', 'enrollment', 'pending'],
      ['beto', 'coe-approval', 'late'],
    ]);
    expect(inListOrder([...list].reverse())).toEqual(list);
  });
});
