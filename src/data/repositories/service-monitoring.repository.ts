/**
 * The Service Implementation Monitoring Log (docs/rules/monitoring.md MN5): the services running
 * in a month with the facts their records give, and the entries people confirmed.
 */
import { sql } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { MonitoringEntry, ServiceFacts } from '../../core/monitoring/service-monitoring';
import type { Db } from '../db';
import { servicesInScope } from './services.repository';

export interface MonitoredServiceRow {
  id: string;
  code: string;
  name: string;
  regionId: string;
  districtId: string | null;
  districtName: string | null;
  term: string;
  applicationKind: string | null;
  applicationLine: string | null;
}

/**
 * The services of a region running in a month (MN5.1) that the scope reaches (district staff:
 * their district's), by planned start.
 */
export async function listServicesRunningIn(
  db: Db,
  scope: AccessScope,
  key: { regionId: string; first: string; last: string; serviceId?: string },
): Promise<MonitoredServiceRow[]> {
  let query = db
    .selectFrom('services')
    .leftJoin('districts', 'districts.id', 'services.district_id')
    .where((eb) => servicesInScope(eb, scope))
    .where('services.region_id', '=', key.regionId)
    .where('services.start_date', '<=', key.last)
    .where(sql<boolean>`coalesce(services.actual_end_date, services.end_date) >= ${key.first}`)
    .select([
      'services.id',
      'services.code',
      'services.name',
      'services.region_id as regionId',
      'services.district_id as districtId',
      'districts.name as districtName',
      'services.term',
      'services.application_kind as applicationKind',
      'services.application_line as applicationLine',
    ])
    .orderBy('services.start_date')
    .orderBy('services.code');
  if (key.serviceId) query = query.where('services.id', '=', key.serviceId);
  return query.execute();
}

/** One service as far as its log cares, or undefined. The caller authorizes. */
export async function findMonitoredService(
  db: Db,
  id: string,
): Promise<{ id: string; regionId: string; districtId: string | null; startDate: string; endDate: string; actualEndDate: string | null } | undefined> {
  return db
    .selectFrom('services')
    .where('id', '=', id)
    .select([
      'id',
      'region_id as regionId',
      'district_id as districtId',
      'start_date as startDate',
      'end_date as endDate',
      'actual_end_date as actualEndDate',
    ])
    .executeTakeFirst();
}

/**
 * What the records say about each service as of a date (MN5.2): starts, the children enrolled
 * by then, their attended minutes, the minutes planned for them (session length × the days the
 * service met from each child's enrollment on), and the children without a pre or post test.
 */
export async function serviceFactsAsOf(
  db: Db,
  serviceIds: readonly string[],
  asOf: string,
): Promise<Map<string, ServiceFacts>> {
  const facts = new Map<string, ServiceFacts>();
  if (serviceIds.length === 0) return facts;
  const ids = sql.join(serviceIds.map((id) => sql`${id}::uuid`));
  const result = await sql<{
    id: string;
    planned_start: string;
    planned_end: string;
    actual_start: string | null;
    session_minutes: number | null;
    enrolled: number;
    attended_minutes: number;
    planned_sessions: number;
    without_pre: number;
    without_post: number;
  }>`
    with enrolled as (
      select e.id, e.service_id, e.enrolled_on from service_enrollments e
      where e.service_id in (${ids}) and e.enrolled_on <= ${asOf}
    ),
    met_days as (
      select distinct e.service_id, a.date from service_attendance a
      join service_enrollments e on e.id = a.enrollment_id
      where e.service_id in (${ids}) and a.date <= ${asOf}
    )
    select s.id, s.start_date::text as planned_start, s.end_date::text as planned_end,
      s.actual_start_date::text as actual_start, s.session_minutes,
      (select count(*) from enrolled n where n.service_id = s.id)::int as enrolled,
      (select coalesce(sum(a.minutes), 0) from service_attendance a join enrolled n on n.id = a.enrollment_id
        where n.service_id = s.id and a.date <= ${asOf})::int as attended_minutes,
      (select count(*) from enrolled n join met_days m on m.service_id = n.service_id and m.date >= n.enrolled_on
        where n.service_id = s.id)::int as planned_sessions,
      (select count(*) from enrolled n where n.service_id = s.id
        and not exists (select 1 from service_tests t where t.enrollment_id = n.id and t.kind = 'pre'))::int as without_pre,
      (select count(*) from enrolled n where n.service_id = s.id
        and not exists (select 1 from service_tests t where t.enrollment_id = n.id and t.kind = 'post'))::int as without_post
    from services s where s.id in (${ids})`.execute(db);
  for (const row of result.rows)
    facts.set(row.id, {
      plannedStart: row.planned_start,
      plannedEnd: row.planned_end,
      actualStart: row.actual_start,
      enrolled: row.enrolled,
      attendedMinutes: row.attended_minutes,
      plannedMinutes: row.session_minutes === null ? null : row.session_minutes * row.planned_sessions,
      withoutPreTest: row.without_pre,
      withoutPostTest: row.without_post,
    });
  return facts;
}

export interface MonitoringEntryRow extends MonitoringEntry {
  id: string;
  serviceId: string;
  yearMonth: string;
  version: number;
  savedBy: string | null;
  savedByEmail: string | null;
  savedAt: Date;
}

function entryRows(db: Db) {
  return db
    .selectFrom('service_monitoring_entries as m')
    .leftJoin('users', 'users.id', 'm.saved_by')
    .select([
      'm.id',
      'm.service_id as serviceId',
      'm.year_month as yearMonth',
      'm.started_on_time as startedOnTime',
      'm.as_described as asDescribed',
      'm.attendance',
      'm.tests',
      'm.adjustment_kind as adjustmentKind',
      'm.adjustment_status as adjustmentStatus',
      'm.note',
      'm.version',
      'm.saved_by as savedBy',
      'users.email as savedByEmail',
      'm.saved_at as savedAt',
    ])
    .$castTo<MonitoringEntryRow>();
}

/** The entries of these services for a month. */
export async function listMonitoringEntries(
  db: Db,
  serviceIds: readonly string[],
  yearMonth: string,
): Promise<MonitoringEntryRow[]> {
  if (serviceIds.length === 0) return [];
  return entryRows(db).where('m.service_id', 'in', [...serviceIds]).where('m.year_month', '=', yearMonth).execute();
}

/** A service's entry for a month, or undefined. */
export async function findMonitoringEntry(
  db: Db,
  serviceId: string,
  yearMonth: string,
): Promise<MonitoringEntryRow | undefined> {
  return entryRows(db).where('m.service_id', '=', serviceId).where('m.year_month', '=', yearMonth).executeTakeFirst();
}

function columns(values: MonitoringEntry, savedBy: string | null) {
  return {
    started_on_time: values.startedOnTime,
    as_described: values.asDescribed,
    attendance: values.attendance,
    tests: values.tests,
    adjustment_kind: values.adjustmentKind,
    adjustment_status: values.adjustmentStatus,
    note: values.note,
    saved_by: savedBy,
  };
}

/** Make a service's first entry of a month; undefined when one was made since (a conflict). */
export async function insertMonitoringEntry(
  trx: Db,
  key: { serviceId: string; yearMonth: string },
  values: MonitoringEntry,
  savedBy: string | null,
): Promise<{ id: string } | undefined> {
  return trx
    .insertInto('service_monitoring_entries')
    .values({ service_id: key.serviceId, year_month: key.yearMonth, ...columns(values, savedBy) })
    .onConflict((oc) => oc.columns(['service_id', 'year_month']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** Change an entry if it is still at `version`; answers whether it was. */
export async function updateMonitoringEntryIfVersion(
  trx: Db,
  id: string,
  version: number,
  values: MonitoringEntry,
  savedBy: string | null,
): Promise<boolean> {
  const result = await trx
    .updateTable('service_monitoring_entries')
    .set({ ...columns(values, savedBy), version: sql<number>`version + 1`, saved_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
