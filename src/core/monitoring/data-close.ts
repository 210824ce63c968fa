/**
 * The September Data Close (docs/rules/monitoring.md MN6): the checklist of a program year's
 * incomplete records, and the rule that a closed year's records are read-only.
 */
import type { CalendarDate } from '../common/calendar-date';
import { DomainError } from '../common/domain-error';
import { isProgramYear, programYearDates, programYearOf } from './application';

/** The kinds of incomplete record the checklist names (MN6.2), in the order it lists them. */
export const CHECKLIST_KINDS = [
  'service_without_actual_dates',
  'enrollment_without_attendance',
  'missing_pre_test',
  'missing_post_test',
  'coe_not_approved',
] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

/** Where an incomplete record is fixed (MN6.2): the web app's page for it. */
export type FixPlace = 'service' | 'attendance' | 'tests' | 'coe';

export const FIX_PLACE: Record<ChecklistKind, FixPlace> = {
  service_without_actual_dates: 'service',
  enrollment_without_attendance: 'attendance',
  missing_pre_test: 'tests',
  missing_post_test: 'tests',
  coe_not_approved: 'coe',
};

/** A service as the checklist reads it. */
export interface ServiceFactsForClose {
  id: string;
  regionId: string;
  code: string;
  name: string;
  startDate: CalendarDate;
  actualStartDate: CalendarDate | null;
  actualEndDate: CalendarDate | null;
}

/** A child's enrollment in a service, as the checklist reads it. */
export interface EnrollmentFactsForClose {
  serviceId: string;
  studentId: string;
  childName: string;
  attendedMinutes: number;
  hasPreTest: boolean;
  hasPostTest: boolean;
}

/** A COE as the checklist reads it. */
export interface CoeFactsForClose {
  id: string;
  regionId: string;
  interviewDate: CalendarDate;
  status: 'draft' | 'submitted' | 'returned' | 'approved';
  familyName: string | null;
}

/** One line of the checklist: what is missing, on which record, and where it is fixed. */
export interface ChecklistItem {
  kind: ChecklistKind;
  fixAt: FixPlace;
  regionId: string;
  /** The service (for the first four kinds) or the COE. */
  recordId: string;
  /** What the person reads: the service's code and name, or the COE's family. */
  label: string;
  /** The child, for the enrollment kinds. */
  studentId: string | null;
  childName: string | null;
  /** The COE's status, for `coe_not_approved`. */
  status: string | null;
}

/** The program year a service belongs to: that of its planned start (MN6.1). */
export function programYearOfService(service: { startDate: CalendarDate }): string {
  return programYearOf(service.startDate);
}

/** The program year a COE belongs to: that of its interview (MN6.1). */
export function programYearOfCoe(coe: { interviewDate: CalendarDate }): string {
  return programYearOf(coe.interviewDate);
}

/** The program year September's Data Close is for: the one before today's (MN6.1). */
export function yearToClose(today: CalendarDate): string {
  const current = Number(programYearOf(today).slice(0, 4));
  return `${current - 1}-${String(current % 100).padStart(2, '0')}`;
}

/**
 * Whether the home page reminds of the Data Close (MN6.6): from July 1, when the year to close
 * has just ended, to September 30, the month of the Data Close.
 */
export function isDataCloseSeason(today: CalendarDate): boolean {
  const month = Number(today.slice(5, 7));
  return month >= 7 && month <= 9;
}

/** Check a program year named in a request (`2025-26`), naming the field. */
export function checkProgramYear(year: string, field = 'programYear'): void {
  if (!isProgramYear(year)) throw DomainError.invalidField(field, 'is not a program year such as 2026-27');
}

/**
 * The checklist of a program year's incomplete records (MN6.2), from the records of that year:
 * a service without its actual start or actual end date; an enrolled child with no minute of
 * attendance; an enrolled child without a pre test, or without a post test; a COE not approved.
 * Records of other program years are left out. Ordered by kind, then service code or COE
 * interview date, then child.
 */
export function checklistOf(
  year: string,
  records: {
    services: readonly ServiceFactsForClose[];
    enrollments: readonly EnrollmentFactsForClose[];
    coes: readonly CoeFactsForClose[];
  },
): ChecklistItem[] {
  const services = new Map(
    records.services.filter((service) => programYearOfService(service) === year).map((s) => [s.id, s]),
  );
  const sortedServices = [...services.values()].sort((a, b) => a.code.localeCompare(b.code));
  const serviceLabel = (service: ServiceFactsForClose) => `${service.code} · ${service.name}`;
  const items: ChecklistItem[] = [];
  const item = (kind: ChecklistKind, rest: Omit<ChecklistItem, 'kind' | 'fixAt'>): ChecklistItem => ({
    kind,
    fixAt: FIX_PLACE[kind],
    ...rest,
  });

  for (const service of sortedServices)
    if (service.actualStartDate === null || service.actualEndDate === null)
      items.push(
        item('service_without_actual_dates', {
          regionId: service.regionId,
          recordId: service.id,
          label: serviceLabel(service),
          studentId: null,
          childName: null,
          status: null,
        }),
      );

  const enrollments = records.enrollments
    .filter((enrollment) => services.has(enrollment.serviceId))
    .sort(
      (a, b) =>
        services.get(a.serviceId)!.code.localeCompare(services.get(b.serviceId)!.code) ||
        a.childName.localeCompare(b.childName) ||
        a.studentId.localeCompare(b.studentId),
    );
  const enrollmentKinds: Array<[ChecklistKind, (e: EnrollmentFactsForClose) => boolean]> = [
    ['enrollment_without_attendance', (e) => e.attendedMinutes <= 0],
    ['missing_pre_test', (e) => !e.hasPreTest],
    ['missing_post_test', (e) => !e.hasPostTest],
  ];
  for (const [kind, missing] of enrollmentKinds)
    for (const enrollment of enrollments.filter(missing)) {
      const service = services.get(enrollment.serviceId)!;
      items.push(
        item(kind, {
          regionId: service.regionId,
          recordId: service.id,
          label: serviceLabel(service),
          studentId: enrollment.studentId,
          childName: enrollment.childName,
          status: null,
        }),
      );
    }

  const coes = records.coes
    .filter((coe) => programYearOfCoe(coe) === year && coe.status !== 'approved')
    .sort((a, b) => a.interviewDate.localeCompare(b.interviewDate) || a.id.localeCompare(b.id));
  for (const coe of coes)
    items.push(
      item('coe_not_approved', {
        regionId: coe.regionId,
        recordId: coe.id,
        label: coe.familyName ?? coe.interviewDate,
        studentId: null,
        childName: null,
        status: coe.status,
      }),
    );
  return items;
}

/** How many items of each kind a checklist has (MN6.2). */
export function countByKind(items: readonly ChecklistItem[]): Record<ChecklistKind, number> {
  const counts = Object.fromEntries(CHECKLIST_KINDS.map((kind) => [kind, 0])) as Record<
    ChecklistKind,
    number
  >;
  for (const item of items) counts[item.kind] += 1;
  return counts;
}

/** Whether a program year is open or closed (MN6.3). */
export type YearStatus = 'open' | 'closed';

/**
 * Check that the state may close a program year (MN6.4): it has ended (its June 30 is before
 * today) and it is open. Open items on the checklist do not stop it: the state decides when the
 * year closes.
 */
export function checkCanClose(year: string, status: YearStatus, today: CalendarDate): void {
  checkProgramYear(year);
  if (status === 'closed') throw new DomainError('conflict', `The program year ${year} is already closed.`);
  if (today <= programYearDates(year).to)
    throw DomainError.invalidField(
      'programYear',
      `has not ended yet: it runs until ${programYearDates(year).to}`,
    );
}

/** Check that a state administrator may reopen a program year (MN6.4): it is closed, and a reason is given. */
export function checkCanReopen(year: string, status: YearStatus, reason: string): void {
  checkProgramYear(year);
  if (status === 'open') throw new DomainError('conflict', `The program year ${year} is not closed.`);
  if (reason.trim() === '') throw DomainError.invalidField('reason', 'say why the year is reopened');
}

/** The refusal of a change to a record of a closed year (MN6.3). */
export function yearClosedError(year: string): DomainError {
  return new DomainError(
    'conflict',
    `The program year ${year} is closed: its records can no longer be changed. A state administrator can reopen it.`,
    [{ field: 'programYear', message: `${year} is closed` }],
  );
}

/**
 * The read-only rule of a closed year (MN6.3): a change that touches records of the given
 * program years is refused when any of them is closed. A change that moves a record from one
 * year to another touches both.
 */
export function assertYearsOpen(touched: readonly string[], closed: ReadonlySet<string>): void {
  const first = [...new Set(touched)].sort().find((year) => closed.has(year));
  if (first !== undefined) throw yearClosedError(first);
}
