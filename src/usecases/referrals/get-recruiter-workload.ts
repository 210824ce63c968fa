import { startOfDayIn, type CalendarDate } from '../../core/common/calendar-date';
import { CALIFORNIA_SETTINGS } from '../../core/common/state-settings';
import { monthStart } from '../../core/recruitment/contact-quota';
import {
  recruiterWorkloads,
  weekStart,
  type RecruiterWorkload,
} from '../../core/recruitment/recruiter-workload';
import {
  countContactsOfRecruiters,
  countQuotasOfRecruiters,
  findRecruiterSchedules,
  listRegionRecruiters,
} from '../../data/repositories/recruiter-workload.repository';
import { listRegionHolidays } from '../../data/repositories/region-holidays.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { contactQueueRegion } from './contact-queue-region';

export interface RegionWorkload {
  regionId: string;
  today: CalendarDate;
  weekStart: CalendarDate;
  recruiters: RecruiterWorkload[];
}

/**
 * WL1: the region's recruiters with their queue and quota, for those who assign referrals: the
 * region named, or the manager's own. Reads only.
 */
export async function getRecruiterWorkload(
  ctx: UseCaseContext,
  regionId: string | undefined,
  today: CalendarDate,
): Promise<RegionWorkload> {
  requirePermission(ctx, 'referral.assign');
  const region = await contactQueueRegion(ctx, regionId, 'read');
  const recruiters = await listRegionRecruiters(ctx.db, region);
  const ids = recruiters.map((recruiter) => recruiter.id);
  const firstOfMonth = monthStart(today);
  const week = weekStart(today);
  const [quotas, contacts, schedules, holidays] = await Promise.all([
    countQuotasOfRecruiters(ctx.db, region, ids, {
      today,
      monthStart: firstOfMonth,
      monthStartsAt: startOfDayIn(CALIFORNIA_SETTINGS.timeZone, firstOfMonth),
    }),
    countContactsOfRecruiters(ctx.db, ids, { weekStart: week, today }),
    findRecruiterSchedules(ctx.db, ids),
    listRegionHolidays(ctx.db, region),
  ]);
  return {
    regionId: region,
    today,
    weekStart: week,
    recruiters: recruiterWorkloads(
      recruiters.map((recruiter) => ({
        userId: recruiter.id,
        name: recruiter.name,
        openNow: 0,
        doneToday: 0,
        pendingAtMonthStart: 0,
        ...quotas.get(recruiter.id),
        contactsToday: contacts.get(recruiter.id)?.today ?? 0,
        contactsThisWeek: contacts.get(recruiter.id)?.thisWeek ?? 0,
        schedule: schedules.get(recruiter.id),
      })),
      today,
      new Set(holidays.map((holiday) => holiday.date)),
    ),
  };
}
