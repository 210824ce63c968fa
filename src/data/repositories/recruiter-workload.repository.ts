import type { WorkSchedule } from '../../core/recruitment/contact-quota';
import type { Db } from '../db';
import { quotaCountsOf, type QuotaDays } from './referrals.repository';

/**
 * The region's active recruiters: its own, and the district recruiters of its districts.
 * @scopedBy the region, which the caller checked the actor may manage
 */
export async function listRegionRecruiters(
  db: Db,
  regionId: string,
): Promise<Array<{ id: string; name: string }>> {
  return db
    .selectFrom('users')
    .leftJoin('districts', 'districts.id', 'users.district_id')
    .select(['users.id', 'users.display_name as name'])
    .where('users.is_active', '=', true)
    .where((eb) =>
      eb.or([
        eb.and([eb('users.role', '=', 'recruiter'), eb('users.region_id', '=', regionId)]),
        eb.and([eb('users.role', '=', 'district_recruiter'), eb('districts.region_id', '=', regionId)]),
      ]),
    )
    .orderBy('users.display_name')
    .execute();
}

/**
 * Each recruiter's quota counts over the region's referrals assigned to them, in one read.
 * @scopedBy the region, which the caller checked the actor may manage
 */
export async function countQuotasOfRecruiters(
  db: Db,
  regionId: string,
  userIds: readonly string[],
  days: QuotaDays,
): Promise<Map<string, { openNow: number; doneToday: number; pendingAtMonthStart: number }>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('referrals')
    .where('region_id', '=', regionId)
    .where('assigned_to', 'in', [...userIds])
    .groupBy('assigned_to')
    .select((eb) => ['assigned_to', ...quotaCountsOf(eb, days)])
    .execute();
  return new Map(
    rows.map((row) => [
      row.assigned_to!,
      {
        openNow: Number(row.open_now),
        doneToday: Number(row.done_today),
        pendingAtMonthStart: Number(row.pending_at_month_start),
      },
    ]),
  );
}

/**
 * How many contacts each recruiter logged today and from `weekStart` to today: every attempt,
 * follow-ups included, in one read.
 * @scopedBy the recruiters, listed from a region the caller checked; only the numbers leave
 */
export async function countContactsOfRecruiters(
  db: Db,
  userIds: readonly string[],
  days: { weekStart: string; today: string },
): Promise<Map<string, { today: number; thisWeek: number }>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('family_contacts')
    .where('contacted_by', 'in', [...userIds])
    .where('contacted_on', '>=', days.weekStart)
    .where('contacted_on', '<=', days.today)
    .groupBy('contacted_by')
    .select((eb) => [
      'contacted_by',
      eb.fn.countAll<number>().filterWhere('contacted_on', '=', days.today).as('today'),
      eb.fn.countAll<number>().as('this_week'),
    ])
    .execute();
  return new Map(
    rows.map((row) => [row.contacted_by!, { today: Number(row.today), thisWeek: Number(row.this_week) }]),
  );
}

/** The saved working schedules of recruiters (absent: full time), in one read. */
export async function findRecruiterSchedules(
  db: Db,
  userIds: readonly string[],
): Promise<Map<string, WorkSchedule>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('recruiter_schedules')
    .select(['user_id', 'weekdays', 'leave'])
    .where('user_id', 'in', [...userIds])
    .execute();
  return new Map(
    rows.map((row) => [
      row.user_id,
      { weekdays: row.weekdays as number[], leave: row.leave as unknown as WorkSchedule['leave'] },
    ]),
  );
}
