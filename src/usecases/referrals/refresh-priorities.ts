import type { CalendarDate } from '../../core/common/calendar-date';
import { accessScopeOf } from '../../core/people/access-scope';
import type { UseCaseContext } from '../context';
import { rerankOpenReferrals } from './rerank-referrals';

/**
 * Before the queue is read: the open referrals in the reader's scope whose priority was last
 * computed before today are ranked again (days since entry, a prior-migrant match found
 * since). At most once a day per referral, so reading stays cheap.
 */
export async function refreshStalePriorities(ctx: UseCaseContext, today: CalendarDate): Promise<number> {
  return ctx.db
    .transaction()
    .execute((trx) => rerankOpenReferrals(trx, accessScopeOf(ctx.actor), today, { staleOnly: true }));
}
