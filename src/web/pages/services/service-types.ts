/** Services as the API returns them: the types of its own schemas; their codes come from the domain core. */
import type { Static } from '@sinclair/typebox';
import { todayInState } from '../../app/format';
import type {
  AttendanceImportReply,
  CodeMapReply,
  CreateServiceBody,
  EnrollmentsReply,
  ServiceDetailReply,
  ServicesReply,
  SheetReply,
  TestImportReply,
} from '../../../server/routes/services/services.schemas';

export type Service = Static<typeof ServiceDetailReply>;
export type ServiceList = Static<typeof ServicesReply>;
export type ServiceSummary = ServiceList['items'][number];
export type EnrolledChild = Static<typeof EnrollmentsReply>['items'][number];
export type Enrollments = Static<typeof EnrollmentsReply>;
export type AttendanceSheet = Static<typeof SheetReply>;
type SheetChild = AttendanceSheet['children'][number];
export type CodeMap = Static<typeof CodeMapReply>;
export type ServiceBody = Static<typeof CreateServiceBody>;
export type AttendanceImportSummary = Static<typeof AttendanceImportReply>;
export type TestImportSummary = Static<typeof TestImportReply>;

export {
  APPLICATION_KINDS,
  ENROLLMENT_REASONS,
  FUNDING_RESOURCES,
  SERVICE_COMPONENTS,
  SERVICE_TERMS,
} from '../../../core/services/service-records';

/** The minutes a child present is given unless changed: the session's length, or an hour. */
const DEFAULT_MINUTES = 60;

/** One child's mark on the sheet being taken. */
export interface SheetMark {
  present: boolean;
  minutes: number;
}

/** The marks a sheet opens with: those recorded that day, the others absent with the session's length ready. */
export function initialMarks(sheet: AttendanceSheet): Record<string, SheetMark> {
  const minutes = sheet.sessionMinutes ?? DEFAULT_MINUTES;
  return Object.fromEntries(
    sheet.children.map((child) => [
      child.studentId,
      child.minutes === null ? { present: false, minutes } : { present: true, minutes: child.minutes },
    ]),
  );
}

/** The body of a sheet's save: the children marked present, in the roster's order. */
export function presentEntries(
  children: readonly SheetChild[],
  marks: Readonly<Record<string, SheetMark>>,
): Array<{ studentId: string; minutes: number }> {
  return children.flatMap((child) => {
    const mark = marks[child.studentId];
    return mark?.present ? [{ studentId: child.studentId, minutes: mark.minutes }] : [];
  });
}

/**
 * The date a form about a service opens on (an attendance sheet, an enrollment, a test):
 * today (the state's, unless given), kept within the service's dates.
 */
export function dateWithinService(
  service: { startDate: string; endDate: string },
  today: string = todayInState(),
): string {
  if (today < service.startDate) return service.startDate;
  if (today > service.endDate) return service.endDate;
  return today;
}
