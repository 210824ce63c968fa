import { sql } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { Db } from '../db';
import { referralsInScope } from './referrals.repository';

/**
 * MSIX move notices (docs/rules/msix.md X10) are children's records read through their task:
 * a notice is reached where its referral is (the region's staff; district staff their district).
 */
function selectNotices(db: Db, scope: AccessScope) {
  return db
    .selectFrom('msix_move_notices as n')
    .innerJoin('referrals', 'referrals.id', 'n.referral_id')
    .innerJoin('districts', 'districts.id', 'referrals.district_id')
    .leftJoin('msix_move_notice_exports as e', 'e.id', 'n.outcome_export_id')
    .leftJoin('users as outcome_user', 'outcome_user.id', 'n.outcome_by')
    .where((eb) => referralsInScope(eb, scope))
    .select([
      'n.id',
      'n.notice_id',
      'n.region_id',
      'n.referral_id',
      'referrals.district_id',
      'districts.name as district_name',
      'referrals.assigned_to',
      'referrals.status as referral_status',
      'referrals.closed_by_coe_id',
      'n.notice_date',
      'n.sending_state',
      'n.from_city',
      'n.to_city',
      'n.to_state',
      'n.to_county',
      'n.to_zip',
      'n.expected_arrival',
      'n.children',
      'n.family',
      'n.outcome',
      'n.outcome_on',
      'n.moved_to_city',
      'n.moved_to_state',
      'n.outcome_coe_id',
      'outcome_user.display_name as outcome_by_name',
      'n.outcome_at',
      'n.outcome_export_id',
      'e.sent_on',
      'n.version',
    ]);
}

/** A notice with its task's district and assignee, and the day its answer was sent. */
export type MoveNoticeRow = Awaited<ReturnType<ReturnType<typeof selectNotices>['executeTakeFirstOrThrow']>>;

/** The notices in scope (of one region when given), the oldest notice first. */
export async function listMoveNoticesInScope(
  db: Db,
  scope: AccessScope,
  filter: { regionId?: string | null | undefined; referralId?: string | undefined; open?: boolean | undefined },
): Promise<MoveNoticeRow[]> {
  let query = selectNotices(db, scope);
  if (filter.regionId) query = query.where('n.region_id', '=', filter.regionId);
  if (filter.referralId) query = query.where('n.referral_id', '=', filter.referralId);
  if (filter.open) query = query.where('n.outcome', 'is', null);
  return query.orderBy('n.notice_date').orderBy('n.notice_id').limit(1000).execute();
}

/**
 * The answers recorded and not yet sent, in scope (of one region when given), the oldest notice
 * first: every one, however many notices the region holds. Their rows are locked to the end of
 * the transaction, so an outcome changed while the file is made waits, then finds its version
 * stale (409) instead of being marked sent with an answer the file does not hold.
 */
export async function lockUnsentAnswersInScope(
  trx: Db,
  scope: AccessScope,
  regionId: string | null,
): Promise<MoveNoticeRow[]> {
  return selectNotices(trx, scope)
    .$if(regionId !== null, (query) => query.where('n.region_id', '=', regionId!))
    .where('n.outcome', 'is not', null)
    .where('n.outcome_export_id', 'is', null)
    .orderBy('n.notice_date')
    .orderBy('n.notice_id')
    .forUpdate('n')
    .execute();
}

/** One notice in scope, or undefined (absent and out of scope look the same). */
export async function findMoveNoticeInScope(db: Db, scope: AccessScope, id: string): Promise<MoveNoticeRow | undefined> {
  return selectNotices(db, scope).where('n.id', '=', id).executeTakeFirst();
}

/** The notices whose tasks are among `referralIds`, in scope. */
export async function findMoveNoticesOfReferralsInScope(
  db: Db,
  scope: AccessScope,
  referralIds: readonly string[],
): Promise<MoveNoticeRow[]> {
  if (referralIds.length === 0) return [];
  return selectNotices(db, scope).where('n.referral_id', 'in', [...referralIds]).execute();
}

/**
 * Which of `noticeIds` were imported before, in any region.
 * @statewide a notice is imported once in the state; the caller learns only that the id is taken.
 */
export async function importedNoticeIds(db: Db, noticeIds: readonly string[]): Promise<Set<string>> {
  if (noticeIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('msix_move_notices')
    .select('notice_id')
    .where('notice_id', 'in', [...noticeIds])
    .execute();
  return new Set(rows.map((row) => row.notice_id));
}

export interface NewMoveNotice {
  notice_id: string;
  region_id: string;
  referral_id: string;
  notice_date: string;
  sending_state: string;
  from_city: string | null;
  to_city: string;
  to_state: string;
  to_county: string | null;
  to_zip: string | null;
  expected_arrival: string | null;
  children: unknown;
  family: unknown;
  imported_by: string | null;
}

/** Insert a notice unless its id was imported already; returns its id, or undefined when it was. */
export async function insertMoveNotice(db: Db, row: NewMoveNotice): Promise<string | undefined> {
  const inserted = await db
    .insertInto('msix_move_notices')
    .values({ ...row, children: JSON.stringify(row.children), family: JSON.stringify(row.family) })
    .onConflict((oc) => oc.column('notice_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

/**
 * The district a destination lies in, by the school directory (of one region, or of the state
 * with null): the district with the most active schools in the destination's ZIP code, else in
 * its city; null when the directory has neither (X10.3). Ties go to the district named first.
 */
export async function districtOfDestination(
  db: Db,
  regionId: string | null,
  to: { city: string; zip: string | null },
): Promise<{ id: string; name: string; regionId: string } | null> {
  const byPlace = async (column: 'zip' | 'city', value: string) =>
    db
      .selectFrom('schools')
      .innerJoin('districts', 'districts.id', 'schools.district_id')
      .$if(regionId !== null, (query) => query.where('districts.region_id', '=', regionId!))
      .where('districts.status', '=', 'active')
      .where('schools.status', '=', 'active')
      .where(
        column === 'zip'
          ? sql<boolean>`left(schools.zip, 5) = ${value.slice(0, 5)}`
          : sql<boolean>`lower(schools.city) = lower(${value})`,
      )
      .groupBy(['districts.id', 'districts.name', 'districts.region_id'])
      .select(['districts.id', 'districts.name', 'districts.region_id', sql<number>`count(*)::int`.as('schools')])
      .orderBy(sql`count(*)`, 'desc')
      .orderBy('districts.name')
      .executeTakeFirst();
  const found = (to.zip ? await byPlace('zip', to.zip) : undefined) ?? (await byPlace('city', to.city));
  return found ? { id: found.id, name: found.name, regionId: found.region_id } : null;
}

/**
 * The id of the referral already in a district's queue for a child (by referral key), in scope.
 */
export async function findReferralIdByKeyInScope(
  db: Db,
  scope: AccessScope,
  districtId: string,
  referralKey: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('referrals')
    .select('referrals.id')
    .where((eb) => referralsInScope(eb, scope))
    .where('referrals.district_id', '=', districtId)
    .where('referrals.referral_key', '=', referralKey)
    .executeTakeFirst();
  return row?.id;
}

/**
 * The COE prepared from a referral (the interview of a family found), the latest first.
 * @scopedBy the referral, which the caller loaded through a scoped read.
 */
export async function findCoeOfReferral(db: Db, referralId: string): Promise<string | null> {
  const row = await db
    .selectFrom('coes')
    .select('id')
    .where('referral_id', '=', referralId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Record a notice's outcome at the version read; false when someone changed it first (409).
 * The answer is not sent yet: a recorded outcome can be changed until an outcome file sends it.
 */
export async function saveMoveNoticeOutcome(
  db: Db,
  id: string,
  version: number,
  outcome: {
    outcome: 'found-interviewed' | 'not-found' | 'moved-on';
    outcomeOn: string;
    movedToCity: string | null;
    movedToState: string | null;
    coeId: string | null;
    by: string | null;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('msix_move_notices')
    .set({
      outcome: outcome.outcome,
      outcome_on: outcome.outcomeOn,
      moved_to_city: outcome.movedToCity,
      moved_to_state: outcome.movedToState,
      outcome_coe_id: outcome.coeId,
      outcome_by: outcome.by,
      outcome_at: new Date(),
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('outcome_export_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** One outcome file at a time: the second waits, then finds the answers the first sent. */
export async function lockMoveNoticeExports(trx: Db): Promise<void> {
  await sql`lock table msix_move_notice_exports in exclusive mode`.execute(trx);
}

/** Keep an outcome file and mark its notices sent. */
export async function insertMoveNoticeExport(
  trx: Db,
  file: {
    regionId: string | null;
    noticeIds: readonly string[];
    fileName: string;
    fileText: string;
    sentOn: string;
    createdBy: string | null;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('msix_move_notice_exports')
    .values({
      region_id: file.regionId,
      answers: file.noticeIds.length,
      file_name: file.fileName,
      file_text: file.fileText,
      sent_on: file.sentOn,
      created_by: file.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (file.noticeIds.length > 0)
    await trx
      .updateTable('msix_move_notices')
      .set({ outcome_export_id: id, version: sql`version + 1` })
      .where('id', 'in', [...file.noticeIds])
      .execute();
  return id;
}

/** An outcome file kept, by id (the caller checked the actor may read its region's). */
export async function findMoveNoticeExport(db: Db, id: string) {
  return db
    .selectFrom('msix_move_notice_exports')
    .select(['id', 'region_id', 'file_name', 'file_text', 'answers', 'sent_on', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}
