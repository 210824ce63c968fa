import type { CalendarDate } from '../../core/common/calendar-date';
import { servicePolicy } from '../../core/services/service.policy';
import type { Db } from '../../data/db';
import { attendanceDatesOf, attendanceRosterOn } from '../../data/repositories/service-attendance.repository';
import type { ServiceRow } from '../../data/repositories/services.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { childNameOf } from './child-name';
import { loadServiceFor, serviceAccessOf } from './load-service';
import { sheetRevision } from './sheet-revision';

/** The attendance sheet of a service on one date, as the API replies it. */
export async function attendanceSheetOf(
  ctx: UseCaseContext,
  db: Db,
  service: ServiceRow,
  date: CalendarDate,
) {
  const [roster, dates] = await Promise.all([
    attendanceRosterOn(db, service.id, date),
    attendanceDatesOf(db, service.id),
  ]);
  return {
    serviceId: service.id,
    serviceName: service.name,
    date,
    startDate: service.start_date,
    endDate: service.end_date,
    sessionMinutes: service.session_minutes,
    canRecord: servicePolicy.can(ctx.actor, 'record', serviceAccessOf(service)),
    takenOn: dates,
    revision: sheetRevision(roster),
    children: roster.map((row) => ({
      enrollmentId: row.enrollment_id,
      studentId: row.student_id,
      name: childNameOf(row),
      enrolledOn: row.enrolled_on,
      minutes: row.minutes,
    })),
  };
}

export type AttendanceSheet = Awaited<ReturnType<typeof attendanceSheetOf>>;

/** The sheet of one date: every child enrolled by then, with the minutes recorded that day. */
export async function getAttendanceSheet(
  ctx: UseCaseContext,
  serviceId: string,
  date: CalendarDate,
): Promise<AttendanceSheet> {
  requirePermission(ctx, 'service.read');
  const service = await loadServiceFor(ctx, ctx.db, serviceId, 'read');
  return attendanceSheetOf(ctx, ctx.db, service, date);
}
