import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { authorize } from '../../core/people/policy';
import { referralPolicy } from '../../core/recruitment/referral.policy';
import type { Db } from '../../data/db';
import { findReferralInScope, type ReferralRow } from '../../data/repositories/referrals.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { presentReferral, referralAccessOf, type ReferralSummary } from './present-referral';
import { refreshStalePriorities } from './refresh-priorities';

const NO_REFERRAL = 'No referral with that id.';

/**
 * The referral row if the actor may take `action` on it: `not_found` out of scope (or absent),
 * `forbidden` when they may read it but not do this.
 */
export async function loadReferralFor(
  ctx: UseCaseContext,
  db: Db,
  id: string,
  action: 'read' | 'assign' | 'contact' | 'override',
): Promise<ReferralRow> {
  const row = await findReferralInScope(db, accessScopeOf(ctx.actor), id);
  if (!row) throw new DomainError('not_found', NO_REFERRAL);
  authorize(referralPolicy, ctx.actor, action, referralAccessOf(row), NO_REFERRAL);
  return row;
}

/**
 * One referral of the actor's scope, with its priority reasons and any child it matched; its
 * priority computed again first when it was last computed before `today`.
 */
export async function getReferral(
  ctx: UseCaseContext,
  id: string,
  today?: CalendarDate,
): Promise<ReferralSummary> {
  requirePermission(ctx, 'referral.read');
  if (today) await refreshStalePriorities(ctx, today);
  return presentReferral(await loadReferralFor(ctx, ctx.db, id, 'read'));
}
