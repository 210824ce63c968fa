import type { CalendarDate } from '../../core/common/calendar-date';
import { accessScopeOf } from '../../core/people/access-scope';
import { dailyQuota, type DailyQuota } from '../../core/recruitment/contact-quota';
import { listRegionHolidays } from '../../data/repositories/region-holidays.repository';
import { countQuotaOfAssigneeInScope } from '../../data/repositories/referrals.repository';
import { requirePermission, type UseCaseContext } from '../context';

/** Today's minimum number of contacts for the signed-in recruiter, and progress toward it. */
export async function getDailyQuota(
  ctx: UseCaseContext,
  today: CalendarDate,
): Promise<DailyQuota & { regionId: string | null }> {
  requirePermission(ctx, 'referral.contact');
  const scope = accessScopeOf(ctx.actor);
  const regionId = scope.kind === 'regions' && scope.regionIds.length === 1 ? scope.regionIds[0]! : null;
  const counts = ctx.actor.userId
    ? await countQuotaOfAssigneeInScope(ctx.db, scope, ctx.actor.userId, today)
    : { pending: 0, firstContactsToday: 0 };
  const holidays = regionId ? await listRegionHolidays(ctx.db, regionId) : [];
  return {
    regionId,
    ...dailyQuota({
      pending: counts.pending,
      contactedToday: counts.firstContactsToday,
      today,
      holidays: new Set(holidays.map((holiday) => holiday.date)),
    }),
  };
}
