import { sql } from 'kysely';
import type { Db } from '../db';

/** Whose review: one subgrantee, one performance period. */
export interface ApprReviewKey {
  regionId: string;
  period: string;
}

/** The answers of a review and the figures they were written on (a JSON value). */
export interface ApprReviewValues {
  challenges: string;
  practices: string;
  goals: string;
  figures: unknown;
}

/** The subgrantee's saved review with the name of who saved it, or undefined. */
export async function findApprReview(db: Db, key: ApprReviewKey) {
  return db
    .selectFrom('appr_reviews')
    .leftJoin('users', 'users.id', 'appr_reviews.saved_by')
    .select([
      'appr_reviews.challenges',
      'appr_reviews.practices',
      'appr_reviews.goals',
      'appr_reviews.figures',
      'appr_reviews.saved_at',
      'appr_reviews.version',
      'users.display_name',
    ])
    .where('appr_reviews.region_id', '=', key.regionId)
    .where('appr_reviews.period', '=', key.period)
    .executeTakeFirst();
}

/** Write the first version of a review; false when someone wrote it first. */
export async function insertApprReview(
  db: Db,
  key: ApprReviewKey,
  values: ApprReviewValues,
  userId: string | null,
): Promise<boolean> {
  const row = await db
    .insertInto('appr_reviews')
    .values({
      region_id: key.regionId,
      period: key.period,
      challenges: values.challenges,
      practices: values.practices,
      goals: values.goals,
      figures: JSON.stringify(values.figures),
      saved_by: userId,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('version')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Replace the review if it is still at `version` (the optimistic lock is held by the database,
 * STYLE §14); false when someone saved in between.
 */
export async function updateApprReviewIfVersion(
  db: Db,
  key: ApprReviewKey,
  version: number,
  values: ApprReviewValues,
  userId: string | null,
): Promise<boolean> {
  const row = await db
    .updateTable('appr_reviews')
    .set({
      challenges: values.challenges,
      practices: values.practices,
      goals: values.goals,
      figures: JSON.stringify(values.figures),
      saved_by: userId,
      saved_at: sql`now()`,
      version: version + 1,
    })
    .where('region_id', '=', key.regionId)
    .where('period', '=', key.period)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  return row !== undefined;
}

/** The statements of a plan version's MPOs in English and Spanish, by MPO number. */
export async function mpoStatements(
  db: Db,
  planVersionId: string,
): Promise<Map<string, { en: string; es: string }>> {
  const rows = await db
    .selectFrom('plan_mpos')
    .select(['number', 'statement_en', 'statement_es'])
    .where('plan_version_id', '=', planVersionId)
    .execute();
  return new Map(rows.map((row) => [row.number, { en: row.statement_en, es: row.statement_es }]));
}

/** When each subgrantee last saved its review of a period, by region id. */
export async function apprReviewDates(db: Db, period: string): Promise<Map<string, Date>> {
  const rows = await db
    .selectFrom('appr_reviews')
    .select(['region_id', 'saved_at'])
    .where('period', '=', period)
    .execute();
  return new Map(rows.map((row) => [row.region_id, new Date(row.saved_at)]));
}
