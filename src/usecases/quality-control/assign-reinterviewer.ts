import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { hasPermission } from '../../core/people/roles';
import { reinterviewPolicy } from '../../core/quality-control/reinterview.policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  assignReinterviewsIfOpen,
  listReinterviewsInScope,
} from '../../data/repositories/reinterviews.repository';
import { findUserProfile } from '../../data/repositories/users.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { reinterviewSubjectOf } from './reinterview-subject';

/**
 * Assign a re-interviewer (a designated reviewer, or state staff) to re-interviews of a
 * sample that have no result yet; each assignment audited with the re-interviewer before and
 * after. Returns how many were assigned (ids of another sample, or already done, are not).
 */
export async function assignReinterviewer(
  ctx: UseCaseContext,
  sampleId: string,
  reinterviewIds: readonly string[],
  reinterviewerId: string,
): Promise<number> {
  requirePermission(ctx, 'qc.manage');
  const reinterviewer = await findUserProfile(ctx.db, reinterviewerId);
  if (!reinterviewer || !hasPermission(reinterviewer.role, 'qc.reinterview'))
    throw DomainError.invalidField(
      'reinterviewerId',
      'must be a user who may re-interview (a designated reviewer)',
    );
  return ctx.db.transaction().execute(async (trx) => {
    const found = await listReinterviewsInScope(
      trx,
      accessScopeOf(ctx.actor),
      ctx.actor.userId,
      sampleId,
      reinterviewIds,
    );
    const open = found.filter((r) => reinterviewPolicy.can(ctx.actor, 'assign', reinterviewSubjectOf(r)));
    const assigned = new Set(
      await assignReinterviewsIfOpen(
        trx,
        open.map((r) => r.id),
        reinterviewerId,
      ),
    );
    for (const before of open.filter((r) => assigned.has(r.id)))
      await recordAudit(trx, ctx.actor, {
        action: 'update',
        entityType: 'reinterview',
        entityId: before.id,
        regionId: before.region_id,
        before: { reinterviewer_id: before.reinterviewer_id },
        after: { reinterviewer_id: reinterviewerId },
      });
    return assigned.size;
  });
}
