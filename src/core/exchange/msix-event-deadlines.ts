/**
 * Which of Ciclo's events start an MSIX deadline and when each counts as sent
 * (docs/rules/msix.md X8). The deadlines themselves (due date, met/late/pending/overdue, the
 * most urgent first) are X6's, in msix-deadlines.ts.
 */
import { daysBetween, type CalendarDate } from '../common/calendar-date';
import {
  addWorkingDays,
  inUrgencyOrder,
  msixDeadlines,
  type MsixDeadline,
  type MsixDeadlineStatus,
  type MsixEvent,
  type WorkingCalendar,
} from './msix-deadlines';
import type { MsixSentRecord } from './msix-sent';
import { FEDERAL_MSIX_SETTINGS, type MsixSettings } from './msix-settings';

/** What Ciclo holds of one child that starts deadlines (X8.1). */
export interface MsixEventFacts {
  childKey: string;
  enrollments: ReadonlyArray<{
    enrollmentDate: CalendarDate;
    exitDate: CalendarDate | null;
    /** The school's NCES id, as the export sends it (X7.3); null when the directory has none. */
    schoolNcesId: string | null;
    /** The school's (or, without one, the district's) name, shown beside the deadline. */
    placeName: string;
  }>;
  /** Each eligibility that an approved COE gave the child: its QAD and the day it was approved. */
  coeApprovals: ReadonlyArray<{ qad: CalendarDate; approvedOn: CalendarDate }>;
}

/** X8.2: the data an export must carry for the event to count as sent. */
export type MsixEventData =
  | { kind: 'enrollment'; enrollmentDate: CalendarDate; schoolId: string | null }
  | {
      kind: 'withdrawal';
      enrollmentDate: CalendarDate;
      schoolId: string | null;
      withdrawalDate: CalendarDate;
    }
  | { kind: 'coe-approval'; qualifyingArrivalDate: CalendarDate };

export interface TrackedMsixEvent extends MsixEvent {
  data: MsixEventData;
}

/**
 * X8.1: a child's events: each school enrollment (on its enrollment date), each withdrawal (on
 * the enrollment's exit date) and each eligibility of an approved COE (on its approval day).
 */
export function msixEventsOfChild(facts: MsixEventFacts): TrackedMsixEvent[] {
  const events: TrackedMsixEvent[] = [];
  for (const enrollment of facts.enrollments) {
    const schoolId = enrollment.schoolNcesId;
    events.push({
      childKey: facts.childKey,
      kind: 'enrollment',
      date: enrollment.enrollmentDate,
      about: enrollment.placeName,
      data: { kind: 'enrollment', enrollmentDate: enrollment.enrollmentDate, schoolId },
    });
    if (enrollment.exitDate)
      events.push({
        childKey: facts.childKey,
        kind: 'withdrawal',
        date: enrollment.exitDate,
        about: enrollment.placeName,
        data: {
          kind: 'withdrawal',
          enrollmentDate: enrollment.enrollmentDate,
          schoolId,
          withdrawalDate: enrollment.exitDate,
        },
      });
  }
  for (const approval of facts.coeApprovals)
    events.push({
      childKey: facts.childKey,
      kind: 'coe-approval',
      date: approval.approvedOn,
      about: approval.qad,
      data: { kind: 'coe-approval', qualifyingArrivalDate: approval.qad },
    });
  return events;
}

/**
 * X8.2: whether a record an export carried holds the event's data: the enrollment with that
 * date and school (and, for a withdrawal, that withdrawal date), or a qualifying move with that QAD.
 */
export function holdsEventData(sent: MsixSentRecord, data: MsixEventData): boolean {
  if (data.kind === 'coe-approval') return sent.qualifyingArrivalDates.includes(data.qualifyingArrivalDate);
  return sent.enrollments.some(
    (enrollment) =>
      enrollment.enrollmentDate === data.enrollmentDate &&
      enrollment.schoolId === data.schoolId &&
      (data.kind === 'enrollment' || enrollment.withdrawalDate === data.withdrawalDate),
  );
}

/**
 * X8.3: the day the event's data reached MSIX: the day of the first export that carried a record
 * of the child holding it, or the event's own day when that export came before the event (the
 * data reached MSIX ahead of it). Null while no export carried it (a held-back child's events
 * stay unsent). `sent` is the child's records in the order they were exported.
 */
export function msixSentOn(event: TrackedMsixEvent, sent: readonly MsixSentRecord[]): CalendarDate | null {
  const first = sent.find(
    (record) => record.childKey === event.childKey && holdsEventData(record, event.data),
  );
  if (!first) return null;
  return first.exportDay < event.date ? event.date : first.exportDay;
}

/** X8.5: the list's order of statuses: what needs doing first. */
const STATUS_ORDER: Record<MsixDeadlineStatus, number> = { overdue: 0, pending: 1, late: 2, met: 3 };

export interface TrackedMsixDeadline extends MsixDeadline {
  event: TrackedMsixEvent;
  /** X8.5: calendar days since the due date while overdue; 0 otherwise. */
  daysOverdue: number;
  /** X8.5: not sent, due from today through the next `soon` working days. */
  dueSoon: boolean;
}

/** X8.5: how many working days ahead a pending deadline is due soon. */
export const MSIX_DUE_SOON_WORKING_DAYS = 5;

/**
 * X8.4, X8.5: the deadlines of the children's events under one working calendar (one region's),
 * each with the day it was sent (X8.3), overdue first, then pending, late and met, each group
 * in X6.6's order.
 */
export function trackMsixDeadlines(
  children: readonly MsixEventFacts[],
  sent: readonly MsixSentRecord[],
  today: CalendarDate,
  calendar: WorkingCalendar,
  settings: MsixSettings = FEDERAL_MSIX_SETTINGS,
): TrackedMsixDeadline[] {
  const sentOf = new Map<string, MsixSentRecord[]>();
  for (const record of sent) {
    const list = sentOf.get(record.childKey);
    if (list) list.push(record);
    else sentOf.set(record.childKey, [record]);
  }
  const events = children.flatMap((facts) =>
    msixEventsOfChild(facts).map((event) => ({
      ...event,
      submittedOn: msixSentOn(event, sentOf.get(event.childKey) ?? []),
    })),
  );
  const soonLimit = addWorkingDays(today, MSIX_DUE_SOON_WORKING_DAYS, calendar);
  // msixDeadlines gives X6.6's order: a stable sort by status alone makes the list's order.
  return msixDeadlines(events, today, calendar, settings)
    .map((deadline) => ({
      ...deadline,
      event: deadline.event as TrackedMsixEvent,
      daysOverdue: deadline.overdue ? daysBetween(deadline.dueDate, today) : 0,
      dueSoon: deadline.status === 'pending' && deadline.dueDate <= soonLimit,
    }))
    .sort(byStatus);
}

const byStatus = (a: MsixDeadline, b: MsixDeadline) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status];

/**
 * X8.5: overdue first, then pending, late and met; within a status, X6.6's order (due date,
 * child, kind, event day), so deadlines of several regions merge into one list.
 */
export function inListOrder<T extends MsixDeadline>(deadlines: readonly T[]): T[] {
  return [...deadlines].sort((a, b) => byStatus(a, b) || inUrgencyOrder(a, b));
}
