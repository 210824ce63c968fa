import { accessScopeOf } from '../../core/people/access-scope';
import { InputProblems } from '../../core/common/csv-table';
import { DomainError } from '../../core/common/domain-error';
import {
  assessmentMappingProblems,
  readAssessmentRows,
  type AssessmentColumnMapping,
} from '../../core/services/assessment-import';
import {
  studentNumbersOutOfScope,
  upsertImportedAssessmentResults,
} from '../../data/repositories/assessment-results.repository';
import { recordAudit } from '../../data/repositories/audit.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { rowsOfAssessmentFile, type AssessmentFile } from './assessment-file';

export interface AssessmentImportSummary {
  rows: number;
  added: number;
  /** Results of the same student, subject and year that the file's level replaced. */
  replaced: number;
}

/**
 * Import a file of state assessment results through a column mapping, all or nothing: any
 * problem (a value, a second row of the same result, a student outside the actor's scope)
 * refuses the whole file naming line and column, and nothing is stored. A result already
 * stored for the same student, subject and year takes the file's level. One transaction,
 * one audit event with the counts.
 */
export async function importAssessmentResults(
  ctx: UseCaseContext,
  file: AssessmentFile & { mapping: AssessmentColumnMapping },
): Promise<AssessmentImportSummary> {
  requirePermission(ctx, 'assessment.manage');
  const rows = await rowsOfAssessmentFile(file);
  const header = rows[0]!;
  const problems = assessmentMappingProblems(file.mapping, header);
  if (problems.length > 0)
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `mapping.${p.field}: ${p.message}`).join('; '),
      problems.map((p) => ({ field: `mapping.${p.field}`, message: p.message })),
    );
  const results = readAssessmentRows({ fileName: file.fileName, rows }, file.mapping);

  return ctx.db.transaction().execute(async (trx) => {
    const outside = await studentNumbersOutOfScope(
      trx,
      accessScopeOf(ctx.actor),
      results.map((r) => r.studentId),
    );
    if (outside.size > 0) {
      const refusals = new InputProblems();
      const column = header.indexOf(file.mapping.studentId) + 1;
      for (const result of results)
        if (outside.has(result.studentId))
          refusals.add({
            file: file.fileName,
            line: result.line,
            column,
            columnName: file.mapping.studentId,
            message: `no child in your scope has the student number ${result.studentId}`,
          });
      refusals.throwIfAny();
    }
    const { added, replaced } = await upsertImportedAssessmentResults(trx, results, ctx.actor.userId);
    const summary = { rows: results.length, added, replaced };
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'assessment_import',
      entityId: file.fileName,
      regionId: ctx.actor.regionId,
      after: { fileName: file.fileName, mapping: file.mapping, ...summary },
    });
    return summary;
  });
}
