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

/**
 * Insert the notices whose ids were not imported already (in one statement); returns the new
 * rows' ids by notice id.
 */
export async function insertMoveNotices(db: Db, rows: readonly NewMoveNotice[]): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const inserted = await db
    .insertInto('msix_move_notices')
    .values(
      rows.map((row) => ({ ...row, children: JSON.stringify(row.children), family: JSON.stringify(row.family) })),
    )
    .onConflict((oc) => oc.column('notice_id').doNothing())
    .returning(['id', 'notice_id'])
    .execute();
  return new Map(inserted.map((row) => [row.notice_id, row.id]));
}

/** A district a destination lies in (X10.3). */
export interface DestinationDistrict {
  id: string;
  name: string;
  regionId: string;
}

/**
 * The district of each place of `places` by the school directory (of one region, or of the
 * state with null): the district with the most active schools there, ties to the district named
 * first; a place no active school is in is left out. One query.
 */
async function districtsByPlace(
  db: Db,
  regionId: string | null,
  column: 'zip' | 'city',
  places: readonly string[],
): Promise<Map<string, DestinationDistrict>> {
  if (places.length === 0) return new Map();
  const samePlace =
    column === 'zip' ? sql`left(s.zip, 5) = left(w.place, 5)` : sql`lower(s.city) = lower(w.place)`;
  const { rows } = await sql<{ place: string; id: string; name: string; region_id: string }>`
    select distinct on (w.place) w.place, d.id, d.name, d.region_id
    from unnest(${[...new Set(places)]}::text[]) as w(place)
    join schools s on ${samePlace}
    join districts d on d.id = s.district_id
    where d.status = 'active' and s.status = 'active'
      ${regionId === null ? sql`` : sql`and d.region_id = ${regionId}`}
    group by w.place, d.id, d.name, d.region_id
    order by w.place, count(*) desc, d.name`.execute(db);
  return new Map(rows.map((row) => [row.place, { id: row.id, name: row.name, regionId: row.region_id }]));
}

/**
 * The district each destination lies in, by the school directory (of one region, or of the
 * state with null): the district with the most active schools in the destination's ZIP code,
 * else in its city; null when the directory has neither (X10.3). Two queries for all of them.
 */
export async function districtsOfDestinations(
  db: Db,
  regionId: string | null,
  destinations: ReadonlyArray<{ city: string; zip: string | null }>,
): Promise<Array<DestinationDistrict | null>> {
  const byZip = await districtsByPlace(
    db,
    regionId,
    'zip',
    destinations.flatMap((to) => (to.zip ? [to.zip] : [])),
  );
  const byCity = await districtsByPlace(
    db,
    regionId,
    'city',
    destinations.map((to) => to.city),
  );
  return destinations.map((to) => (to.zip ? byZip.get(to.zip) : undefined) ?? byCity.get(to.city) ?? null);
}

/**
 * The ids of the referrals in scope with these district and referral keys (the queue of a
 * district holds one referral per key), by `district_id` and key joined with a NUL.
 */
export async function findReferralIdsByKeyInScope(
  db: Db,
  scope: AccessScope,
  keys: ReadonlyArray<{ districtId: string; referralKey: string }>,
): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('referrals')
    .select(['referrals.id', 'referrals.district_id', 'referrals.referral_key'])
    .where((eb) => referralsInScope(eb, scope))
    .where((eb) =>
      eb(
        eb.refTuple('referrals.district_id', 'referrals.referral_key'),
        'in',
        keys.map((key) => eb.tuple(key.districtId, key.referralKey)),
      ),
    )
    .execute();
  return new Map(rows.map((row) => [districtReferralKey(row.district_id, row.referral_key), row.id]));
}

/** How findReferralIdsByKeyInScope names a referral: its district and key. */
export function districtReferralKey(districtId: string, referralKey: string): string {
  return `${districtId}\u0000${referralKey}`;
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
