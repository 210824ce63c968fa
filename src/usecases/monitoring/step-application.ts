import { nextStatus, type ApplicationStep } from '../../core/monitoring/application';
import { recordAudit } from '../../data/repositories/audit.repository';
import { updateApplicationIfVersion } from '../../data/repositories/applications.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { loadApplicationFor, staleApplication } from './application-record';
import { getApplication, type ApplicationDetail } from './get-application';

/**
 * Submit, approve or reopen an application for revision (MN2.3): submitting and reopening are
 * its writers', approving the approver's (MN2.4). Reopening counts a new revision. Audited.
 */
export async function stepApplication(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; step: ApplicationStep },
): Promise<ApplicationDetail> {
  requirePermission(ctx, input.step === 'approve' ? 'application.approve' : 'monitoring.manage');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadApplicationFor(ctx, trx, id, input.step === 'approve' ? 'approve' : 'edit');
    const status = nextStatus(row.status, input.step);
    const revision = input.step === 'revise' ? row.revision + 1 : row.revision;
    if (!(await updateApplicationIfVersion(trx, id, input.version, { status, revision })))
      throw staleApplication();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'application',
      entityId: id,
      regionId: row.regionId,
      before: { status: row.status, revision: row.revision },
      after: { status, revision, step: input.step },
    });
  });
  return getApplication(ctx, id);
}
