import { DomainError } from '../../core/common/domain-error';
import { isEditable, type ApplicationLine } from '../../core/monitoring/application';
import type { ApplicationKind } from '../../core/services/service-records';
import { recordAudit } from '../../data/repositories/audit.repository';
import { updateApplicationIfVersion } from '../../data/repositories/applications.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { checkContentAgainstRecords, loadApplicationFor, staleApplication } from './application-record';
import { getApplication, type ApplicationDetail } from './get-application';

/**
 * Save an application's lines (and, for a district, whether it is a DSA or an MOU) while it is
 * a draft or a revision (MN2.3), if it is still at `version`. Audited with what it was.
 */
export async function updateApplication(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; kind: ApplicationKind; lines: ApplicationLine[] },
): Promise<ApplicationDetail> {
  requirePermission(ctx, 'monitoring.manage');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadApplicationFor(ctx, trx, id, 'edit');
    if (!isEditable(row.status))
      throw new DomainError(
        'conflict',
        `The application is ${row.status}; reopen it for revision to change it.`,
        [{ field: 'status', message: `is ${row.status}` }],
      );
    if ((input.kind === 'regional_application') !== (row.kind === 'regional_application'))
      throw DomainError.invalidField(
        'kind',
        'a regional application stays one, and a district agreement stays a DSA or MOU',
      );
    await checkContentAgainstRecords(trx, row.regionId, {
      kind: input.kind,
      districtId: row.districtId,
      programYear: row.programYear,
      lines: input.lines,
    });
    if (!(await updateApplicationIfVersion(trx, id, input.version, { kind: input.kind, lines: input.lines })))
      throw staleApplication();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'application',
      entityId: id,
      regionId: row.regionId,
      before: { kind: row.kind, lines: row.lines },
      after: { kind: input.kind, lines: input.lines },
    });
  });
  return getApplication(ctx, id);
}
