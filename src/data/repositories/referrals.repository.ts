import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { ReferralStatus } from '../../core/recruitment/family-contact';
import type { Db } from '../db';
import type { Database } from '../tables';

/**
 * Referrals are children's records: every read takes the reader's scope. A region's staff
 * reach their region's referrals; district staff only their district's.
 */
export function referralsInScope(eb: ExpressionBuilder<Database, 'referrals'>, scope: AccessScope): Expression<SqlBool> {
  switch (scope.kind) {
    case 'state':
      return sql<boolean>`true`;
    case 'regions':
      return scope.regionIds.length === 0 ? sql<boolean>`false` : eb('referrals.region_id', 'in', [...scope.regionIds]);
    case 'district':
      return eb('referrals.district_id', '=', scope.districtId);
  }
}

function selectReferrals(db: Db, scope: AccessScope) {
  return db
    .selectFrom('referrals')
    .innerJoin('districts', 'districts.id', 'referrals.district_id')
    .leftJoin('users as assignee', 'assignee.id', 'referrals.assigned_to')
    .where((eb) => referralsInScope(eb, scope))
    .select([
      'referrals.id',
      'referrals.region_id',
      'referrals.district_id',
      'districts.name as district_name',
      'referrals.first_name',
      'referrals.middle_name',
      'referrals.last_surname',
      'referrals.second_surname',
      'referrals.birth_date',
      'referrals.school_name',
      'referrals.grade',
      'referrals.guardian_name',
      'referrals.phone',
      'referrals.address',
      'referrals.home_language',
      'referrals.priority',
      'referrals.priority_reasons',
      'referrals.prior_migrant',
      'referrals.matched_child_id',
      'referrals.match_reasons',
      'referrals.status',
      'referrals.assigned_to',
      'assignee.display_name as assignee_name',
      'referrals.received_on',
      'referrals.first_contacted_on',
      'referrals.closed_by_coe_id',
    ]);
}

/** A referral with the columns the queue shows. */
export type ReferralRow = Awaited<ReturnType<ReturnType<typeof selectReferrals>['executeTakeFirstOrThrow']>>;

export interface ReferralQueueFilter {
  /** Only referrals assigned to this user; `null`: only unassigned ones; absent: any. */
  assignedTo?: string | null | undefined;
  /** One status, or `open` (pending or in progress). */
  status: ReferralStatus | 'open';
  limit: number;
  offset: number;
}

/** The contact queue in scope: highest priority first, then the oldest referral; with the total. */
export async function listReferralsInScope(db: Db, scope: AccessScope, filter: ReferralQueueFilter): Promise<{ rows: ReferralRow[]; total: number }> {
  let query = selectReferrals(db, scope);
  if (filter.assignedTo === null) query = query.where('referrals.assigned_to', 'is', null);
  else if (filter.assignedTo !== undefined) query = query.where('referrals.assigned_to', '=', filter.assignedTo);
  query =
    filter.status === 'open'
      ? query.where('referrals.status', 'in', ['pending', 'in-progress'])
      : query.where('referrals.status', '=', filter.status);
  const [rows, count] = await Promise.all([
    query.orderBy('referrals.priority').orderBy('referrals.received_on').orderBy('referrals.id').limit(filter.limit).offset(filter.offset).execute(),
    query.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

/** One referral in scope, or undefined (absent and out of scope look the same). */
export async function findReferralInScope(db: Db, scope: AccessScope, id: string): Promise<ReferralRow | undefined> {
  return selectReferrals(db, scope).where('referrals.id', '=', id).executeTakeFirst();
}

/** The referrals in scope among `ids` (those out of scope are simply missing). */
export async function findReferralsInScope(db: Db, scope: AccessScope, ids: readonly string[]): Promise<ReferralRow[]> {
  if (ids.length === 0) return [];
  return selectReferrals(db, scope).where('referrals.id', 'in', [...ids]).execute();
}

/** Assign (or, with null, unassign) referrals to a user. */
export async function assignReferralsTo(db: Db, ids: readonly string[], userId: string | null): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('referrals').set({ assigned_to: userId, updated_at: new Date() }).where('id', 'in', [...ids]).execute();
}

/** The referral's status and contact facts after a family contact. */
export async function updateReferralAfterContact(
  db: Db,
  id: string,
  change: { status: ReferralStatus; firstContactedOn: string; assignedTo: string | null },
): Promise<void> {
  await db
    .updateTable('referrals')
    .set({ status: change.status, first_contacted_on: change.firstContactedOn, assigned_to: change.assignedTo, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** A recruiter's quota counts: referrals in scope assigned to them still pending, and first contacted on `today`. */
export async function countQuotaOfAssigneeInScope(
  db: Db,
  scope: AccessScope,
  userId: string,
  today: string,
): Promise<{ pending: number; firstContactsToday: number }> {
  const counts = await db
    .selectFrom('referrals')
    .where((eb) => referralsInScope(eb, scope))
    .where('assigned_to', '=', userId)
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere('status', '=', 'pending').as('pending'),
      eb.fn.countAll<number>().filterWhere('first_contacted_on', '=', today).as('first_contacts_today'),
    ])
    .executeTakeFirstOrThrow();
  return { pending: Number(counts.pending), firstContactsToday: Number(counts.first_contacts_today) };
}

/** The ranking facts of a region's open referrals in scope (to re-rank them with new rules). */
export async function listOpenReferralFactsInScope(db: Db, scope: AccessScope, regionId: string) {
  return db
    .selectFrom('referrals')
    .where((eb) => referralsInScope(eb, scope))
    .where('region_id', '=', regionId)
    .where('status', 'in', ['pending', 'in-progress'])
    .select(['id', 'district_enter_date', 'school_enter_date', 'hispanic', 'prior_migrant', 'grade', 'home_language'])
    .execute();
}

/** Write new priorities, in chunks of one statement each. */
export async function updateReferralPriorities(
  db: Db,
  ranked: ReadonlyArray<{ id: string; priority: number; priority_reasons: unknown }>,
  chunkSize = 10_000,
): Promise<void> {
  for (let i = 0; i < ranked.length; i += chunkSize) {
    await sql`update referrals set priority = ranked.priority, priority_reasons = ranked.priority_reasons, updated_at = now()
      from json_to_recordset(${JSON.stringify(ranked.slice(i, i + chunkSize))}::json) as ranked(id uuid, priority integer, priority_reasons jsonb)
      where referrals.id = ranked.id`.execute(db);
  }
}

/** A new referral row as the import builds it. */
export interface NewReferralRow {
  region_id: string;
  district_id: string;
  import_id: string;
  referral_key: string;
  first_name: string;
  middle_name: string | null;
  last_surname: string;
  second_surname: string | null;
  birth_date: string;
  district_enter_date: string | null;
  school_enter_date: string | null;
  school_name: string | null;
  grade: string | null;
  hispanic: boolean | null;
  prior_migrant: boolean | null;
  home_language: string | null;
  guardian_name: string | null;
  phone: string | null;
  address: string | null;
  local_student_id: string | null;
  matched_child_id: string | null;
  match_reasons: string[];
  priority: number;
  priority_reasons: unknown;
  received_on: string;
}

/** Insert referrals not already listed for their district (by referral key); returns how many were added. */
export async function insertNewReferrals(db: Db, rows: readonly NewReferralRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await sql<{ id: string }>`
    insert into referrals (region_id, district_id, import_id, referral_key, first_name, middle_name, last_surname, second_surname, birth_date, district_enter_date, school_enter_date, school_name, grade, hispanic, prior_migrant, home_language, guardian_name, phone, address, local_student_id, matched_child_id, match_reasons, priority, priority_reasons, received_on)
    select region_id, district_id, import_id, referral_key, first_name, middle_name, last_surname, second_surname, birth_date, district_enter_date, school_enter_date, school_name, grade, hispanic, prior_migrant, home_language, guardian_name, phone, address, local_student_id, matched_child_id, match_reasons, priority, priority_reasons, received_on
    from json_populate_recordset(null::referrals, ${JSON.stringify(rows)}::json)
    on conflict (district_id, referral_key) do nothing
    returning id`.execute(db);
  return inserted.rows.length;
}

/**
 * A user as a candidate assignee of referrals (the users module reads users for everything
 * else; this is the one fact assignment needs).
 */
export async function findAssigneeCandidate(db: Db, userId: string) {
  return db.selectFrom('users').select(['id', 'region_id', 'role', 'is_active']).where('id', '=', userId).executeTakeFirst();
}

/**
 * The region's referrals in scope that an approved COE may answer (IR1.1, IR1.2): the one it
 * was prepared from, those naming one of its children's records, and those with one of its
 * children's referral keys; with what approval judges of them.
 */
export async function listReferralsOfApprovalInScope(
  db: Db,
  scope: AccessScope,
  regionId: string,
  of: { referralId: string | null; childIds: readonly string[]; referralKeys: readonly string[] },
) {
  return db
    .selectFrom('referrals')
    .where((eb) => referralsInScope(eb, scope))
    .where('referrals.region_id', '=', regionId)
    .where((eb) =>
      eb.or([
        ...(of.referralId ? [eb('referrals.id', '=', of.referralId)] : []),
        ...(of.childIds.length > 0 ? [eb('referrals.matched_child_id', 'in', [...of.childIds])] : []),
        ...(of.referralKeys.length > 0 ? [eb('referrals.referral_key', 'in', [...of.referralKeys])] : []),
      ]),
    )
    .select(['id', 'district_id', 'status', 'matched_child_id', 'referral_key'])
    .orderBy('received_on')
    .orderBy('id')
    .execute();
}

/** Close referrals answered by an approved COE, remembering the COE. */
export async function closeReferralsByCoe(db: Db, ids: readonly string[], coeId: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('referrals')
    .set({ status: 'closed', closed_by_coe_id: coeId, updated_at: new Date() })
    .where('id', 'in', [...ids])
    .execute();
}
