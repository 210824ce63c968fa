/**
 * What only the demo dataset loader writes and reads: the marker that it was loaded, student
 * numbers taken in bulk, families with everything about them in one bulk insert per table,
 * and Region 3's prioritization rules, school holidays and queue assignments.
 */
import { sql } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import { bulkInsert } from '../bulk-insert';
import type { Db } from '../db';
import { childrenInScope } from './scope-filter';

const DEMO_KEY = 'demo_dataset';

/**
 * Run `work` in one transaction whose `transaction()` joins it instead of opening another:
 * the use cases the demo loader reuses open their own transactions, and the whole load must
 * commit or roll back as one, so that an interrupted load leaves nothing behind.
 */
export async function inOneTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const joined: Db = new Proxy(trx, {
      get(target, property) {
        if (property === 'transaction') return () => joinedBuilder;
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const joinedBuilder = {
      execute: <R>(nested: (inner: Db) => Promise<R>): Promise<R> => nested(joined),
      setIsolationLevel: () => joinedBuilder,
      setAccessMode: () => joinedBuilder,
    };
    return work(joined);
  });
}

/** Whether the demo dataset was loaded into this database. */
export async function hasDemoDatasetMarker(db: Db): Promise<boolean> {
  const row = await db.selectFrom('app_state').select('key').where('key', '=', DEMO_KEY).executeTakeFirst();
  return row !== undefined;
}

/** Mark the demo dataset as loaded, with how (seed, size, day). */
export async function insertDemoDatasetMarker(db: Db, value: unknown): Promise<void> {
  await db
    .insertInto('app_state')
    .values({ key: DEMO_KEY, value: JSON.stringify(value) })
    .execute();
}

/** The next `count` student numbers of the state's sequence, as text. */
export async function takeStudentNumbers(db: Db, count: number): Promise<string[]> {
  const numbers = await sql<{
    n: string;
  }>`select nextval('student_number_seq')::text as n from generate_series(1, ${count})`.execute(db);
  return numbers.rows.map((row) => row.n);
}

/** Rows of a batch of demo families, each list written with one bulk insert (ids given). */
export interface DemoFamilyRows {
  families: ReadonlyArray<Record<string, unknown>>;
  members: ReadonlyArray<Record<string, unknown>>;
  children: ReadonlyArray<Record<string, unknown>>;
  enrollments: ReadonlyArray<Record<string, unknown>>;
  coes: ReadonlyArray<Record<string, unknown>>;
  coeChildren: ReadonlyArray<Record<string, unknown>>;
  eligibilities: ReadonlyArray<Record<string, unknown>>;
}

/** Write a batch of demo families, parents first. */
export async function insertDemoFamilies(db: Db, rows: DemoFamilyRows): Promise<void> {
  await bulkInsert(db, 'families', rows.families);
  await bulkInsert(db, 'family_members', rows.members);
  await bulkInsert(db, 'children', rows.children);
  await bulkInsert(db, 'enrollments', rows.enrollments);
  await bulkInsert(db, 'coes', rows.coes);
  await bulkInsert(db, 'coe_children', rows.coeChildren);
  await bulkInsert(db, 'child_eligibilities', rows.eligibilities);
}

/** Store a region's prioritization rules. */
export async function insertPrioritizationRules(
  db: Db,
  regionId: string,
  ruleSet: { lowestPriority: number; rules: unknown },
): Promise<void> {
  await db
    .insertInto('prioritization_rule_sets')
    .values({
      region_id: regionId,
      lowest_priority: ruleSet.lowestPriority,
      rules: JSON.stringify(ruleSet.rules),
      updated_by: null,
    })
    .execute();
}

/** Store a region's school holidays. */
export async function insertRegionHolidays(
  db: Db,
  regionId: string,
  holidays: ReadonlyArray<{ date: string; name: string }>,
): Promise<void> {
  if (holidays.length === 0) return;
  await db
    .insertInto('region_holidays')
    .values(holidays.map((h) => ({ region_id: regionId, holiday: h.date, name: h.name })))
    .execute();
}

/** The names and birth dates of the first children (by student number) the scope reaches. */
export async function listFirstChildNamesInScope(db: Db, scope: AccessScope, limit: number) {
  return db
    .selectFrom('children')
    .select(['first_name', 'last_surname', 'second_surname', 'birth_date'])
    .where((eb) => childrenInScope(eb, scope))
    .orderBy('student_number')
    .limit(limit)
    .execute();
}

/**
 * A district's referrals in queue order (priority, then the day received).
 * @scopedBy the demo loader's own district, whose referrals it has just imported.
 */
export async function listReferralIdsOfDistrict(db: Db, districtId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('referrals')
    .select('id')
    .where('district_id', '=', districtId)
    .orderBy('priority')
    .orderBy('received_on')
    .execute();
  return rows.map((row) => row.id);
}

/** Assign referrals to a recruiter. */
export async function assignReferrals(db: Db, referralIds: readonly string[], recruiterId: string): Promise<void> {
  if (referralIds.length === 0) return;
  await db
    .updateTable('referrals')
    .set({ assigned_to: recruiterId })
    .where('id', 'in', [...referralIds])
    .execute();
}

/**
 * Date a district's demo referrals as made on the day they were received (noon in California),
 * as a list imported each day would be: the contact quota counts those open on the 1st.
 * @scopedBy the demo loader's own district, whose referrals it has just imported.
 */
export async function backdateReferralsOfDistrict(db: Db, districtId: string): Promise<void> {
  // created_at is written by the database only: the demo's backdating is its one exception.
  await sql`update referrals set created_at = (received_on + time '20:00') at time zone 'UTC'
    where district_id = ${districtId}`.execute(db);
}
