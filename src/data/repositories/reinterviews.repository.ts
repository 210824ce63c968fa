import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { Db } from '../db';
import type { Database } from '../tables';
import { regionRowsInScope } from './scope-filter';

/**
 * A WHERE condition limiting re-interviews to those an actor may see: of a region in their
 * scope, or assigned to them (a re-interviewer may work outside their own region).
 */
function reinterviewsInScope(
  eb: ExpressionBuilder<Database, 'reinterviews'>,
  scope: AccessScope,
  userId: string | null,
): Expression<SqlBool> {
  const inRegion = regionRowsInScope(sql.ref('reinterviews.region_id'), scope);
  return userId === null ? inRegion : eb.or([inRegion, eb('reinterviews.reinterviewer_id', '=', userId)]);
}

/** The COEs of the scope approved from one instant to before another (the period's days in the state), for a sample to be drawn from. */
export async function listApprovedCoesInScope(
  db: Db,
  scope: AccessScope,
  approved: { from: Date; before: Date },
): Promise<Array<{ id: string; regionId: string }>> {
  return db
    .selectFrom('coes')
    .select(['id', 'region_id as regionId'])
    .where('status', '=', 'approved')
    .where('reviewed_at', '>=', approved.from)
    .where('reviewed_at', '<', approved.before)
    .where(regionRowsInScope(sql.ref('coes.region_id'), scope))
    .execute();
}

/** A drawn sample as stored. */
export interface ReinterviewSampleRow {
  id: string;
  seed: number;
  per_region: number;
  approved_from: string;
  approved_to: string;
  drawn_at: Date;
}

/** Insert a sample and its re-interviews (one per sampled COE); returns the sample and the re-interview rows. */
export async function insertReinterviewSample(
  db: Db,
  sample: { seed: number; perRegion: number; approvedFrom: string; approvedTo: string; drawnBy: string | null },
  coes: ReadonlyArray<{ id: string; regionId: string }>,
) {
  const row = await db
    .insertInto('reinterview_samples')
    .values({
      seed: sample.seed,
      per_region: sample.perRegion,
      approved_from: sample.approvedFrom,
      approved_to: sample.approvedTo,
      drawn_by: sample.drawnBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const reinterviews = await db
    .insertInto('reinterviews')
    .values(coes.map((coe) => ({ sample_id: row.id, coe_id: coe.id, region_id: coe.regionId })))
    .returningAll()
    .execute();
  return { sample: row, reinterviews };
}

/**
 * A sample's seed and period, or undefined.
 * @statewide a sample names no child and no region: its re-interviews are read in scope.
 */
export async function findReinterviewSample(db: Db, id: string): Promise<ReinterviewSampleRow | undefined> {
  return db
    .selectFrom('reinterview_samples')
    .select(['id', 'seed', 'per_region', 'approved_from', 'approved_to', 'drawn_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * The samples drawn so far, newest first.
 * @statewide a sample names no child and no region: its re-interviews are read in scope.
 */
export async function listReinterviewSamples(db: Db, limit: number): Promise<ReinterviewSampleRow[]> {
  return db
    .selectFrom('reinterview_samples')
    .select(['id', 'seed', 'per_region', 'approved_from', 'approved_to', 'drawn_at'])
    .orderBy('drawn_at', 'desc')
    .limit(limit)
    .execute();
}

/**
 * The re-interviews of a sample the actor may see, with region number, re-interviewer's name,
 * and the family and interview date of the COE (a re-interview names the family, not the COE).
 */
export async function listReinterviewsOfSampleInScope(
  db: Db,
  scope: AccessScope,
  userId: string | null,
  sampleId: string,
) {
  return db
    .selectFrom('reinterviews')
    .innerJoin('regions', 'regions.id', 'reinterviews.region_id')
    .leftJoin('users', 'users.id', 'reinterviews.reinterviewer_id')
    .leftJoin('coes', 'coes.id', 'reinterviews.coe_id')
    .leftJoin('families', 'families.id', 'coes.family_id')
    .select([
      'reinterviews.id',
      'reinterviews.coe_id',
      'families.family_name',
      'coes.interview_date',
      'reinterviews.region_id',
      'regions.number as region_number',
      'reinterviews.reinterviewer_id',
      'users.display_name as reinterviewer_name',
      'reinterviews.result',
      'reinterviews.notes',
    ])
    .where('reinterviews.sample_id', '=', sampleId)
    .where((eb) => reinterviewsInScope(eb, scope, userId))
    .orderBy('regions.number')
    .orderBy('reinterviews.id')
    .execute();
}

/** A re-interview as its rules see it. */
export interface ReinterviewRow {
  id: string;
  sample_id: string;
  region_id: string;
  reinterviewer_id: string | null;
  result: 'confirmed' | 'discrepancy' | null;
  notes: string | null;
}

const REINTERVIEW_COLUMNS = ['id', 'sample_id', 'region_id', 'reinterviewer_id', 'result', 'notes'] as const;

/** One re-interview the actor may see, or undefined (absent and out of scope look the same). */
export async function findReinterviewInScope(
  db: Db,
  scope: AccessScope,
  userId: string | null,
  id: string,
): Promise<ReinterviewRow | undefined> {
  return db
    .selectFrom('reinterviews')
    .select(REINTERVIEW_COLUMNS)
    .where('id', '=', id)
    .where((eb) => reinterviewsInScope(eb, scope, userId))
    .executeTakeFirst();
}

/** The re-interviews of one sample among `ids` that the actor may see. */
export async function listReinterviewsInScope(
  db: Db,
  scope: AccessScope,
  userId: string | null,
  sampleId: string,
  ids: readonly string[],
): Promise<ReinterviewRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('reinterviews')
    .select(REINTERVIEW_COLUMNS)
    .where('sample_id', '=', sampleId)
    .where('id', 'in', [...ids])
    .where((eb) => reinterviewsInScope(eb, scope, userId))
    .orderBy('id')
    .execute();
}

/**
 * Assign a re-interviewer to the re-interviews `ids` that still have no result (the database
 * checks it, so a result recorded meanwhile is never reassigned); returns the ids assigned.
 */
export async function assignReinterviewsIfOpen(
  db: Db,
  ids: readonly string[],
  reinterviewerId: string,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .updateTable('reinterviews')
    .set({ reinterviewer_id: reinterviewerId })
    .where('id', 'in', [...ids])
    .where('result', 'is', null)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/**
 * Record a re-interview's result if it is still as it was read (same re-interviewer, same
 * result): the database decides, so a reassignment or another result saved meanwhile is not
 * overwritten. Returns the row as it is now, or undefined when it had changed.
 */
export async function recordReinterviewResultIfUnchanged(
  db: Db,
  read: Pick<ReinterviewRow, 'id' | 'reinterviewer_id' | 'result'>,
  outcome: { result: 'confirmed' | 'discrepancy'; notes: string | null },
): Promise<ReinterviewRow | undefined> {
  return db
    .updateTable('reinterviews')
    .set({ result: outcome.result, notes: outcome.notes, completed_at: new Date() })
    .where('id', '=', read.id)
    .where(sql<boolean>`reinterviewer_id is not distinct from ${read.reinterviewer_id}`)
    .where(sql<boolean>`result is not distinct from ${read.result}`)
    .returning(REINTERVIEW_COLUMNS)
    .executeTakeFirst();
}
