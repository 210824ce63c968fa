import type { CalendarDate } from '../../core/common/calendar-date';
import { InputProblems } from '../../core/common/csv-table';
import { testProblem } from '../../core/services/service-recording';
import { readTestLines } from '../../core/services/service-sheet-rows';
import { recordAudit } from '../../data/repositories/audit.repository';
import { enrollmentsOfStudents } from '../../data/repositories/service-enrollments.repository';
import { saveTestScores } from '../../data/repositories/service-tests.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { spreadsheetRows } from '../spreadsheets/read-spreadsheet';
import { loadServiceFor } from './load-service';
import { addLineProblem, type ServiceFile } from './service-file';
import { refuseClosedServiceYears } from '../monitoring/data-close-guard';

/**
 * Import a service's pre and post test scores from a CSV or XLSX file (`student_id`, `kind`,
 * `date`, `score`): all or nothing, naming line and column of every line breaking a rule; a
 * child's score of the same kind and date is replaced, so importing a file twice changes
 * nothing. One audit event.
 */
export async function importTestScores(
  ctx: UseCaseContext,
  serviceId: string,
  file: ServiceFile,
  today: CalendarDate,
): Promise<{ rows: number; children: number; pre: number; post: number }> {
  requirePermission(ctx, 'service.record');
  await loadServiceFor(ctx, ctx.db, serviceId, 'record');
  const rows = await spreadsheetRows(file.fileName, file.content);
  const problems = new InputProblems();
  const lines = readTestLines(file.fileName, rows, problems);
  problems.throwIfAny();
  return ctx.db.transaction().execute(async (trx) => {
    const service = await loadServiceFor(ctx, trx, serviceId, 'record');
    await refuseClosedServiceYears(trx, service.start_date);
    const enrolled = await enrollmentsOfStudents(
      trx,
      serviceId,
      lines.map((l) => l.studentId),
    );
    for (const line of lines) {
      const problem = testProblem({
        enrollment: enrolled.get(line.studentId),
        date: line.date,
        score: line.score,
        service: {
          startDate: service.start_date,
          endDate: service.end_date,
          instrumentMin: service.instrument_min,
          instrumentMax: service.instrument_max,
        },
        today,
      });
      if (problem) addLineProblem(problems, file.fileName, line, problem);
    }
    problems.throwIfAny();
    await saveTestScores(
      trx,
      lines.map((l) => ({
        enrollmentId: enrolled.get(l.studentId)!.id,
        kind: l.kind,
        date: l.date,
        score: l.score,
      })),
    );
    const summary = {
      rows: lines.length,
      children: new Set(lines.map((l) => l.studentId)).size,
      pre: lines.filter((l) => l.kind === 'pre').length,
      post: lines.filter((l) => l.kind === 'post').length,
    };
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'service_test',
      entityId: `${serviceId}/import`,
      regionId: service.region_id,
      after: { fileName: file.fileName, ...summary },
    });
    return summary;
  });
}
