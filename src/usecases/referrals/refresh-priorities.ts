import type { CalendarDate } from '../../core/common/calendar-date';
import { accessScopeOf } from '../../core/people/access-scope';
import { hasStalePrioritiesInScope } from '../../data/repositories/referrals.repository';
import type { UseCaseContext } from '../context';
import { rerankOpenReferrals } from './rerank-referrals';

/**
 * Before the queue is read: the open referrals in the reader's scope whose priority was last
 * computed before today are ranked again (days since entry, a prior-migrant match found
 * since). At most once a day per referral, so reading stays cheap: a read of the day after the
 * first one only asks whether anything is stale, without a transaction or a lock. Concurrent
 * first readers wait for one another (rerankOpenReferrals holds a lock) and the later ones
 * find nothing left to rank.
 */
export async function refreshStalePriorities(ctx: UseCaseContext, today: CalendarDate): Promise<number> {
  const scope = accessScopeOf(ctx.actor);
  if (!(await hasStalePrioritiesInScope(ctx.db, scope, today))) return 0;
  return ctx.db.transaction().execute((trx) => rerankOpenReferrals(trx, scope, today, { staleOnly: true }));
}
