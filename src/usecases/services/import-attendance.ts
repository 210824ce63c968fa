import type { CalendarDate } from '../../core/common/calendar-date';
import { InputProblems } from '../../core/common/csv-table';
import { attendanceProblem } from '../../core/services/service-recording';
import { readAttendanceLines } from '../../core/services/service-sheet-rows';
import { recordAudit } from '../../data/repositories/audit.repository';
import { upsertAttendance } from '../../data/repositories/service-attendance.repository';
import { enrollmentsOfStudents } from '../../data/repositories/service-enrollments.repository';
import { lockService } from '../../data/repositories/services.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { spreadsheetRows } from '../spreadsheets/read-spreadsheet';
import { loadServiceFor } from './load-service';
import { addLineProblem, type ServiceFile } from './service-file';
import { refuseClosedServiceYears } from '../monitoring/data-close-guard';

/**
 * Import a service's attendance from a CSV or XLSX file (`student_id`, `date`, `minutes`):
 * all or nothing — any line breaking a rule refuses the file, naming line and column; a
 * child's minutes already recorded on a date are replaced. One audit event.
 */
export async function importAttendance(
  ctx: UseCaseContext,
  serviceId: string,
  file: ServiceFile,
  today: CalendarDate,
): Promise<{ rows: number; children: number; dates: number; minutes: number }> {
  requirePermission(ctx, 'service.record');
  await loadServiceFor(ctx, ctx.db, serviceId, 'record');
  const rows = await spreadsheetRows(file.fileName, file.content);
  const problems = new InputProblems();
  const lines = readAttendanceLines(file.fileName, rows, problems);
  problems.throwIfAny();
  return ctx.db.transaction().execute(async (trx) => {
    const service = await loadServiceFor(ctx, trx, serviceId, 'record');
    await refuseClosedServiceYears(trx, service.start_date);
    await lockService(trx, serviceId);
    const enrolled = await enrollmentsOfStudents(
      trx,
      serviceId,
      lines.map((l) => l.studentId),
    );
    for (const line of lines) {
      const problem = attendanceProblem({
        enrollment: enrolled.get(line.studentId),
        date: line.date,
        minutes: line.minutes,
        service: { startDate: service.start_date, endDate: service.end_date },
        today,
      });
      if (problem) addLineProblem(problems, file.fileName, line, problem);
    }
    problems.throwIfAny();
    await upsertAttendance(
      trx,
      lines.map((l) => ({ enrollmentId: enrolled.get(l.studentId)!.id, date: l.date, minutes: l.minutes })),
    );
    const summary = {
      rows: lines.length,
      children: new Set(lines.map((l) => l.studentId)).size,
      dates: new Set(lines.map((l) => l.date)).size,
      minutes: lines.reduce((sum, l) => sum + l.minutes, 0),
    };
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'service_attendance',
      entityId: `${serviceId}/import`,
      regionId: service.region_id,
      after: { fileName: file.fileName, ...summary },
    });
    return summary;
  });
}
