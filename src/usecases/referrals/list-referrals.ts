import type { CalendarDate } from '../../core/common/calendar-date';
import { accessScopeOf } from '../../core/people/access-scope';
import { hasPermission } from '../../core/people/roles';
import type { ReferralStatus } from '../../core/recruitment/family-contact';
import { listReferralsInScope } from '../../data/repositories/referrals.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { refreshStalePriorities } from './refresh-priorities';
import { presentReferral, type ReferralSummary } from './present-referral';

export interface QueueFilter {
  /** `me` (default for recruiters), `unassigned`, `all`, or a user id. */
  assignee?: string | undefined;
  status?: ReferralStatus | 'open' | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** The contact queue: referrals in the actor's scope, highest priority first, then the oldest. */
export async function listReferrals(
  ctx: UseCaseContext,
  filter: QueueFilter,
  today?: CalendarDate,
): Promise<{ items: ReferralSummary[]; total: number }> {
  requirePermission(ctx, 'referral.read');
  // The priorities are computed again each day before the queue is read (see refresh-priorities.ts).
  if (today) await refreshStalePriorities(ctx, today);
  const assignee = filter.assignee ?? (hasPermission(ctx.actor.role, 'referral.assign') ? 'all' : 'me');
  if (assignee === 'me' && ctx.actor.userId === null) return { items: [], total: 0 };
  const assignedTo =
    assignee === 'all'
      ? undefined
      : assignee === 'unassigned'
        ? null
        : assignee === 'me'
          ? ctx.actor.userId
          : assignee;
  const { rows, total } = await listReferralsInScope(ctx.db, accessScopeOf(ctx.actor), {
    assignedTo,
    status: filter.status ?? 'open',
    limit: filter.limit ?? 50,
    offset: filter.offset ?? 0,
  });
  return { items: rows.map(presentReferral), total };
}
