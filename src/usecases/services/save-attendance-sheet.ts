import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError, type FieldProblem } from '../../core/common/domain-error';
import { attendanceProblem } from '../../core/services/service-recording';
import { recordAudit } from '../../data/repositories/audit.repository';
import { enrollmentsOfStudents } from '../../data/repositories/service-enrollments.repository';
import {
  attendanceRosterOn,
  replaceAttendanceOn,
} from '../../data/repositories/service-attendance.repository';
import { lockService } from '../../data/repositories/services.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { attendanceSheetOf, type AttendanceSheet } from './get-attendance-sheet';
import { loadServiceFor } from './load-service';
import { sheetRevision } from './sheet-revision';
import { refuseClosedServiceYears } from '../monitoring/data-close-guard';

export interface SheetEntry {
  studentId: string;
  minutes: number;
}

/**
 * Save the whole attendance sheet of one date, taken on the sheet's `revision`: the children
 * listed were present for their minutes, every other child enrolled was absent (their row of
 * that date is removed). One transaction holding the service's lock, so two saves of a sheet
 * never mix, and a sheet saved by someone else since `revision` is a conflict, never
 * overwritten; one audit event with the sheet before and after.
 */
export async function saveAttendanceSheet(
  ctx: UseCaseContext,
  serviceId: string,
  date: CalendarDate,
  sheet: { present: readonly SheetEntry[]; revision: string },
  today: CalendarDate,
): Promise<AttendanceSheet> {
  const { present } = sheet;
  requirePermission(ctx, 'service.record');
  return ctx.db.transaction().execute(async (trx) => {
    const service = await loadServiceFor(ctx, trx, serviceId, 'record');
    await refuseClosedServiceYears(trx, service.start_date);
    await lockService(trx, serviceId);
    const enrolled = await enrollmentsOfStudents(
      trx,
      serviceId,
      present.map((entry) => entry.studentId),
    );
    const problems: FieldProblem[] = [];
    const listed = new Set<string>();
    present.forEach((entry, i) => {
      if (listed.has(entry.studentId))
        problems.push({ field: `present[${i}].studentId`, message: `${entry.studentId} is listed twice` });
      listed.add(entry.studentId);
      const problem = attendanceProblem({
        enrollment: enrolled.get(entry.studentId),
        date,
        minutes: entry.minutes,
        service: { startDate: service.start_date, endDate: service.end_date },
        today,
      });
      if (problem)
        problems.push(
          problem.field === 'date'
            ? problem
            : { field: `present[${i}].${problem.field}`, message: problem.message },
        );
    });
    const [first] = problems;
    if (first) throw new DomainError('invalid_input', `${first.field}: ${first.message}`, problems);

    const before = await attendanceRosterOn(trx, serviceId, date);
    if (sheetRevision(before) !== sheet.revision)
      throw new DomainError(
        'conflict',
        'revision: someone else saved the sheet of this date since you opened it; load it again',
        [{ field: 'revision', message: 'is stale' }],
      );
    await replaceAttendanceOn(
      trx,
      serviceId,
      date,
      present.map((entry) => ({ enrollmentId: enrolled.get(entry.studentId)!.id, minutes: entry.minutes })),
    );
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'service_attendance',
      entityId: `${serviceId}/${date}`,
      regionId: service.region_id,
      before: {
        date,
        present: before.flatMap((row) =>
          row.minutes === null ? [] : [{ studentId: row.student_id, minutes: row.minutes }],
        ),
      },
      after: { date, present },
    });
    return attendanceSheetOf(ctx, trx, service, date);
  });
}
