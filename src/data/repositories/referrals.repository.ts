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
    .leftJoin('users as overrider', 'overrider.id', 'referrals.priority_override_by')
    .leftJoin('school_contacts as contact', 'contact.id', 'referrals.school_contact_id')
    .leftJoin('schools as contact_school', 'contact_school.id', 'contact.school_id')
    .leftJoin('users as contact_user', 'contact_user.id', 'contact.user_id')
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
      'referrals.source',
      'referrals.school_contact_id',
      'contact.contact_date as school_contact_date',
      'contact_school.name as school_contact_school_name',
      'contact_user.display_name as school_contact_by',
      'referrals.rules_priority',
      'referrals.priority_override',
      'referrals.priority_override_reason',
      'overrider.display_name as priority_override_by_name',
      'referrals.priority_override_at',
      'referrals.priority_computed_on',
      'referrals.version',
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

/**
 * The referral's status and contact facts after a family contact; a referral that stops being
 * open (interviewed, closed) remembers the day.
 */
export async function updateReferralAfterContact(
  db: Db,
  id: string,
  change: { status: ReferralStatus; firstContactedOn: string; assignedTo: string | null; contactedOn: string },
): Promise<void> {
  const open = change.status === 'pending' || change.status === 'in-progress';
  await db
    .updateTable('referrals')
    .set((eb) => ({
      status: change.status,
      first_contacted_on: change.firstContactedOn,
      assigned_to: change.assignedTo,
      done_on: open ? null : eb.fn.coalesce('done_on', sql<string>`${change.contactedOn}::date`),
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .execute();
}

/** The days a quota counts referrals on: today, and the first of its month (also as the instant it began in the state). */
export interface QuotaDays {
  today: string;
  monthStart: string;
  monthStartsAt: Date;
}

/**
 * A recruiter's referral counts for the quota, as aggregates over their referrals: open now
 * (pending, or attempted without reaching the family), done today, and open on the first of
 * the month (made before it began in the state, and still open or done since).
 */
export function quotaCountsOf(eb: ExpressionBuilder<Database, 'referrals'>, days: QuotaDays) {
  return [
    eb.fn.countAll<number>().filterWhere('status', 'in', ['pending', 'in-progress']).as('open_now'),
    eb.fn.countAll<number>().filterWhere('done_on', '=', days.today).as('done_today'),
    eb.fn
      .countAll<number>()
      .filterWhere((w) =>
        w.and([
          w('created_at', '<', days.monthStartsAt),
          w.or([w('status', 'in', ['pending', 'in-progress']), w('done_on', '>=', days.monthStart)]),
        ]),
      )
      .as('pending_at_month_start'),
  ] as const;
}

/** A recruiter's referral counts for the quota (`quotaCountsOf`), over their referrals in scope. */
export async function countQuotaOfAssigneeInScope(
  db: Db,
  scope: AccessScope,
  userId: string,
  days: QuotaDays,
): Promise<{ openNow: number; doneToday: number; pendingAtMonthStart: number }> {
  const counts = await db
    .selectFrom('referrals')
    .where((eb) => referralsInScope(eb, scope))
    .where('assigned_to', '=', userId)
    .select((eb) => quotaCountsOf(eb, days))
    .executeTakeFirstOrThrow();
  return {
    openNow: Number(counts.open_now),
    doneToday: Number(counts.done_today),
    pendingAtMonthStart: Number(counts.pending_at_month_start),
  };
}

/** Open referrals in scope, of one region or all, or (`computedBefore`) those whose priority was last computed before that day. */
function selectOpenReferrals(
  db: Db,
  scope: AccessScope,
  which: { regionId?: string | undefined; computedBefore?: string | undefined },
) {
  let query = db
    .selectFrom('referrals')
    .where((eb) => referralsInScope(eb, scope))
    .where('status', 'in', ['pending', 'in-progress']);
  if (which.regionId) query = query.where('region_id', '=', which.regionId);
  if (which.computedBefore) {
    const before = which.computedBefore;
    query = query.where((eb) => eb.or([eb('priority_computed_on', 'is', null), eb('priority_computed_on', '<', before)]));
  }
  return query;
}

/**
 * The ranking facts of open referrals in scope, of one region or all: to re-rank them with new
 * rules, or (`computedBefore`) those whose priority was last computed before that day.
 */
export async function listOpenReferralFactsInScope(
  db: Db,
  scope: AccessScope,
  which: { regionId?: string | undefined; computedBefore?: string | undefined },
) {
  return selectOpenReferrals(db, scope, which)
    .select([
      'id',
      'region_id',
      'first_name',
      'last_surname',
      'second_surname',
      'birth_date',
      'district_enter_date',
      'school_enter_date',
      'hispanic',
      'prior_migrant',
      'grade',
      'home_language',
      'dates_same',
      'matched_child_id',
      'match_reasons',
    ])
    .execute();
}

/** Whether an open referral in scope had its priority last computed before `today` (the read's cheap check). */
export async function hasStalePrioritiesInScope(db: Db, scope: AccessScope, today: string): Promise<boolean> {
  const row = await selectOpenReferrals(db, scope, { computedBefore: today }).select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * Serialize the computations of priorities (a day's refresh on read, a save of the rules): two
 * readers at the start of the day would each match and rank the same referrals, and a refresh
 * begun with the old rules could write over the ranks a save of new rules just wrote. The lock
 * is the transaction's and ends with it.
 */
export async function lockReferralPriorities(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('ciclo.referral_priorities'))`.execute(db);
}

/**
 * Write the rules' new priorities (the queue's priority stays a manager's override where there
 * is one), with any prior-migrant match found since, in chunks of one statement each.
 */
export async function updateReferralPriorities(
  db: Db,
  ranked: ReadonlyArray<{
    id: string;
    priority: number;
    priority_reasons: unknown;
    prior_migrant?: boolean | null;
    matched_child_id?: string | null;
    match_reasons?: string[];
  }>,
  today: string,
  chunkSize = 10_000,
): Promise<void> {
  for (let i = 0; i < ranked.length; i += chunkSize) {
    await sql`update referrals set rules_priority = ranked.priority,
        priority = coalesce(referrals.priority_override, ranked.priority),
        priority_reasons = ranked.priority_reasons,
        prior_migrant = case when ranked.has_match then ranked.prior_migrant else referrals.prior_migrant end,
        matched_child_id = case when ranked.has_match then ranked.matched_child_id else referrals.matched_child_id end,
        match_reasons = case when ranked.has_match then array(select json_array_elements_text(ranked.match_reasons)) else referrals.match_reasons end,
        priority_computed_on = ${today}::date
      from json_to_recordset(${JSON.stringify(
        ranked.slice(i, i + chunkSize).map((row) => ({ ...row, has_match: row.match_reasons !== undefined })),
      )}::json) as ranked(id uuid, priority integer, priority_reasons jsonb, has_match boolean, prior_migrant boolean, matched_child_id uuid, match_reasons json)
      where referrals.id = ranked.id`.execute(db);
  }
}

/** Set (or, with null, remove) a manager's override of the priority, at `version`; false when the version is stale. */
export async function setReferralPriorityOverride(
  db: Db,
  id: string,
  change: { override: { priority: number; reason: string } | null; by: string | null; version: number },
): Promise<boolean> {
  const result = await db
    .updateTable('referrals')
    .set((eb) => ({
      priority_override: change.override?.priority ?? null,
      priority_override_reason: change.override?.reason ?? null,
      priority_override_by: change.override ? change.by : null,
      priority_override_at: change.override ? new Date() : null,
      priority: change.override?.priority ?? sql<number>`coalesce(rules_priority, priority)`,
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .where('version', '=', change.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A new referral row as the import, the form or a school contact builds it. */
export interface NewReferralRow {
  region_id: string;
  district_id: string;
  import_id: string | null;
  source: string;
  school_contact_id: string | null;
  entered_by: string | null;
  dates_same: boolean | null;
  rules_priority: number;
  priority_computed_on: string;
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

/** Insert referrals not already listed for their district (by referral key); returns the ids of those added. */
export async function insertNewReferrals(db: Db, rows: readonly NewReferralRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await sql<{ id: string }>`
    insert into referrals (region_id, district_id, import_id, source, school_contact_id, entered_by, dates_same, rules_priority, priority_computed_on, referral_key, first_name, middle_name, last_surname, second_surname, birth_date, district_enter_date, school_enter_date, school_name, grade, hispanic, prior_migrant, home_language, guardian_name, phone, address, local_student_id, matched_child_id, match_reasons, priority, priority_reasons, received_on)
    select region_id, district_id, import_id, source, school_contact_id, entered_by, dates_same, rules_priority, priority_computed_on, referral_key, first_name, middle_name, last_surname, second_surname, birth_date, district_enter_date, school_enter_date, school_name, grade, hispanic, prior_migrant, home_language, guardian_name, phone, address, local_student_id, matched_child_id, match_reasons, priority, priority_reasons, received_on
    from json_populate_recordset(null::referrals, ${JSON.stringify(rows)}::json)
    on conflict (district_id, referral_key) do nothing
    returning id`.execute(db);
  return inserted.rows.map((row) => row.id);
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

/**
 * Close referrals answered by an approved COE, remembering the COE and the day in the state
 * (`today`: the database's current_date is UTC's, already tomorrow on a California evening, and
 * the quota counts what was done today).
 */
export async function closeReferralsByCoe(db: Db, ids: readonly string[], coeId: string, today: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('referrals')
    .set((eb) => ({
      status: 'closed',
      closed_by_coe_id: coeId,
      done_on: eb.fn.coalesce('done_on', sql<string>`${today}::date`),
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', 'in', [...ids])
    .execute();
}

/** The referrals in scope that school contacts obtained, by name, for the contacts' log. */
export async function findReferralsOfSchoolContacts(db: Db, scope: AccessScope, contactIds: readonly string[]) {
  if (contactIds.length === 0) return [];
  return db
    .selectFrom('referrals')
    .where((eb) => referralsInScope(eb, scope))
    .where('referrals.school_contact_id', 'in', [...contactIds])
    .select([
      'referrals.id',
      'referrals.school_contact_id',
      'referrals.region_id',
      'referrals.district_id',
      'referrals.assigned_to',
      'referrals.first_name',
      'referrals.last_surname',
      'referrals.birth_date',
    ])
    .orderBy('referrals.last_surname')
    .orderBy('referrals.first_name')
    .orderBy('referrals.id')
    .execute();
}
