import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { authorize } from '../../core/people/policy';
import { reinterviewPolicy } from '../../core/quality-control/reinterview.policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findReinterviewInScope,
  recordReinterviewResultIfUnchanged,
} from '../../data/repositories/reinterviews.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { reinterviewSubjectOf } from './reinterview-subject';

/**
 * The re-interviewer records whether the eligibility was confirmed or a discrepancy found
 * (with notes); audited. 409 when the re-interview was reassigned or its result recorded by
 * someone else since it was read.
 */
export async function recordReinterviewResult(
  ctx: UseCaseContext,
  id: string,
  outcome: { result: 'confirmed' | 'discrepancy'; notes: string | null },
): Promise<void> {
  requirePermission(ctx, 'qc.reinterview');
  const notes = outcome.notes?.trim() || null;
  if (outcome.result === 'discrepancy' && !notes)
    throw DomainError.invalidField('notes', 'describe the discrepancy');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findReinterviewInScope(trx, accessScopeOf(ctx.actor), ctx.actor.userId, id);
    const reinterview = row && { ...reinterviewSubjectOf(row), row };
    authorize(
      reinterviewPolicy,
      ctx.actor,
      'recordResult',
      reinterview,
      'No re-interview assigned to you with that id.',
    );
    const after = await recordReinterviewResultIfUnchanged(trx, reinterview.row, {
      result: outcome.result,
      notes,
    });
    if (!after)
      throw new DomainError(
        'conflict',
        'This re-interview changed since you opened it: reload it and try again.',
      );
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'reinterview',
      entityId: id,
      regionId: after.region_id,
      before: { result: reinterview.row.result, notes: reinterview.row.notes },
      after: { result: after.result, notes: after.notes },
    });
  });
}
