import { startOfDayIn, type CalendarDate } from '../../core/common/calendar-date';
import { CALIFORNIA_SETTINGS } from '../../core/common/state-settings';
import { accessScopeOf } from '../../core/people/access-scope';
import { dailyQuota, monthStart, type DailyQuota } from '../../core/recruitment/contact-quota';
import { countFamilyContactsBy } from '../../data/repositories/family-contacts.repository';
import { findRecruiterSchedule } from '../../data/repositories/recruiter-schedules.repository';
import { listRegionHolidays } from '../../data/repositories/region-holidays.repository';
import { countQuotaOfAssigneeInScope } from '../../data/repositories/referrals.repository';
import { requirePermission, type UseCaseContext } from '../context';

/**
 * The signed-in recruiter's quota: the month plan (open on the 1st over the month's working
 * days) beside today's pace (open now over the working days left), on their own working days,
 * and today's contacts (every attempt) toward today's minimum.
 */
export async function getDailyQuota(
  ctx: UseCaseContext,
  today: CalendarDate,
): Promise<DailyQuota & { regionId: string | null }> {
  requirePermission(ctx, 'referral.contact');
  const scope = accessScopeOf(ctx.actor);
  const regionId = scope.kind === 'regions' && scope.regionIds.length === 1 ? scope.regionIds[0]! : null;
  const userId = ctx.actor.userId;
  const firstOfMonth = monthStart(today);
  const counts = userId
    ? await countQuotaOfAssigneeInScope(ctx.db, scope, userId, {
        today,
        monthStart: firstOfMonth,
        // a referral made on the last evening of the month in California was open on the 1st
        monthStartsAt: startOfDayIn(CALIFORNIA_SETTINGS.timeZone, firstOfMonth),
      })
    : { openNow: 0, doneToday: 0, pendingAtMonthStart: 0 };
  const contactsToday = userId ? await countFamilyContactsBy(ctx.db, userId, today) : 0;
  const schedule = userId ? await findRecruiterSchedule(ctx.db, userId) : undefined;
  const holidays = regionId ? await listRegionHolidays(ctx.db, regionId) : [];
  return {
    regionId,
    ...dailyQuota({
      ...counts,
      contactsToday,
      today,
      holidays: new Set(holidays.map((holiday) => holiday.date)),
      schedule,
    }),
  };
}
