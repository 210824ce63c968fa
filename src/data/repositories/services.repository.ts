import { sql, type Expression, type ExpressionBuilder, type Insertable, type Selectable, type SqlBool, type Updateable } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { ServiceTerm } from '../../core/services/service-records';
import type { Db } from '../db';
import type { Database, ServicesTable } from '../tables';

export type NewServiceRow = Insertable<ServicesTable>;

export type ServiceRow = Selectable<ServicesTable> & {
  region_number: number;
  region_name: string;
  district_name: string | null;
};

/**
 * A WHERE condition limiting services to an access scope: the state all, region staff their
 * regions', district staff only the services their district provides.
 */
export function servicesInScope(eb: ExpressionBuilder<Database, 'services'>, scope: AccessScope): Expression<SqlBool> {
  switch (scope.kind) {
    case 'state':
      return sql<boolean>`true`;
    case 'regions':
      return scope.regionIds.length === 0 ? sql<boolean>`false` : eb('services.region_id', 'in', [...scope.regionIds]);
    case 'district':
      return eb('services.district_id', '=', scope.districtId);
  }
}

function serviceRows(db: Db) {
  return db
    .selectFrom('services')
    .innerJoin('regions', 'regions.id', 'services.region_id')
    .leftJoin('districts', 'districts.id', 'services.district_id')
    .selectAll('services')
    .select(['regions.number as region_number', 'regions.name as region_name', 'districts.name as district_name']);
}

export interface ServiceListFilter {
  term?: ServiceTerm | undefined;
  /** Services starting within these dates (a performance period). */
  startsFrom?: string | undefined;
  startsTo?: string | undefined;
  regionId?: string | undefined;
  districtId?: string | undefined;
  limit: number;
  offset: number;
}

/** Services in scope matching the filter, the latest first, each with its enrollment count. */
export async function listServicesInScope(db: Db, scope: AccessScope, filter: ServiceListFilter) {
  let base = db.selectFrom('services').where((eb) => servicesInScope(eb, scope));
  if (filter.term) base = base.where('services.term', '=', filter.term);
  if (filter.startsFrom) base = base.where('services.start_date', '>=', filter.startsFrom);
  if (filter.startsTo) base = base.where('services.start_date', '<=', filter.startsTo);
  if (filter.regionId) base = base.where('services.region_id', '=', filter.regionId);
  if (filter.districtId) base = base.where('services.district_id', '=', filter.districtId);
  const [rows, count] = await Promise.all([
    base
      .innerJoin('regions', 'regions.id', 'services.region_id')
      .leftJoin('districts', 'districts.id', 'services.district_id')
      .selectAll('services')
      .select((eb) => [
        'regions.number as region_number',
        'regions.name as region_name',
        'districts.name as district_name',
        eb
          .selectFrom('service_enrollments')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('service_enrollments.service_id', '=', 'services.id')
          .as('enrolled'),
      ])
      .orderBy('services.start_date', 'desc')
      .orderBy('services.name')
      .orderBy('services.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map((row) => ({ ...row, enrolled: row.enrolled ?? 0 })), total: count.total };
}

/** One service in scope, or undefined (absent or out of scope alike). */
export async function findServiceInScope(db: Db, scope: AccessScope, id: string): Promise<ServiceRow | undefined> {
  return serviceRows(db)
    .where('services.id', '=', id)
    .where((eb) => servicesInScope(eb, scope))
    .executeTakeFirst();
}

/**
 * Lock one service's row until the transaction ends, so whole-sheet saves of its attendance
 * follow one another instead of interleaving their deletes and inserts.
 */
export async function lockService(db: Db, id: string): Promise<void> {
  await db.selectFrom('services').select('id').where('id', '=', id).forUpdate().execute();
}

/** Whether another service already carries this code (codes are unique across the state). */
export async function isServiceCodeTaken(db: Db, code: string, exceptId?: string): Promise<boolean> {
  let query = db.selectFrom('services').select('id').where('code', '=', code);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertService(db: Db, values: NewServiceRow): Promise<string> {
  const row = await db.insertInto('services').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Change a service only if it is still at `version` (optimistic locking by the database),
 * bumping the version. Returns false when someone else changed it first.
 */
export async function updateServiceIfVersion(
  db: Db,
  id: string,
  version: number,
  values: Updateable<ServicesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('services')
    .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Delete a service if it is still at `version`; false when someone changed it first. */
export async function deleteServiceIfVersion(db: Db, id: string, version: number): Promise<boolean> {
  const result = await db.deleteFrom('services').where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** What has been recorded in a service: enrollments, attendance rows and minutes, tests. */
export interface ServiceActivity {
  enrolled: number;
  attendanceRows: number;
  minutes: number;
  sessionDates: number;
  childrenAttended: number;
  tests: number;
}

/** @scopedBy the enrollments, attendance and tests of one service the caller loaded in scope */
export async function serviceActivity(db: Db, serviceId: string): Promise<ServiceActivity> {
  const [enrolled, attendance, tests] = await Promise.all([
    db
      .selectFrom('service_enrollments')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('service_id', '=', serviceId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('service_attendance as a')
      .innerJoin('service_enrollments as e', 'e.id', 'a.enrollment_id')
      .select([
        sql<number>`count(*)::int`.as('rows'),
        sql<number>`coalesce(sum(a.minutes), 0)::int`.as('minutes'),
        sql<number>`count(distinct a.date)::int`.as('dates'),
        sql<number>`count(distinct a.enrollment_id)::int`.as('children'),
      ])
      .where('e.service_id', '=', serviceId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('service_tests as t')
      .innerJoin('service_enrollments as e', 'e.id', 't.enrollment_id')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('e.service_id', '=', serviceId)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    enrolled: enrolled.n,
    attendanceRows: attendance.rows,
    minutes: attendance.minutes,
    sessionDates: attendance.dates,
    childrenAttended: attendance.children,
    tests: tests.n,
  };
}

/** The MPO and strategy numbers of one plan version. */
export async function planNumbersOf(db: Db, planVersionId: string): Promise<{ mpos: string[]; strategies: string[] }> {
  const [mpos, strategies] = await Promise.all([
    db
      .selectFrom('plan_mpos')
      .select('number')
      .where('plan_version_id', '=', planVersionId)
      .orderBy('sort_order')
      .orderBy('number')
      .execute(),
    db
      .selectFrom('plan_strategies')
      .select('number')
      .where('plan_version_id', '=', planVersionId)
      .orderBy('sort_order')
      .orderBy('number')
      .execute(),
  ]);
  return { mpos: mpos.map((r) => r.number), strategies: strategies.map((r) => r.number) };
}

/**
 * The first and last dates recorded in a service (enrollments, attendance, tests), or nulls.
 * @scopedBy the records of one service the caller loaded in scope
 */
export async function recordedDateRange(db: Db, serviceId: string): Promise<{ first: string | null; last: string | null }> {
  const row = await db
    .selectFrom('service_enrollments as e')
    .leftJoin('service_attendance as a', 'a.enrollment_id', 'e.id')
    .leftJoin('service_tests as t', 't.enrollment_id', 'e.id')
    .select([
      sql<string | null>`least(min(e.enrolled_on), min(a.date), min(t.date))`.as('first'),
      sql<string | null>`greatest(max(e.enrolled_on), max(a.date), max(t.date))`.as('last'),
    ])
    .where('e.service_id', '=', serviceId)
    .executeTakeFirst();
  return { first: row?.first ?? null, last: row?.last ?? null };
}
