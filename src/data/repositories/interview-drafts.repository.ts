import { sql } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { Db } from '../db';
import { regionRowsInScope } from './scope-filter';

/** An interview draft as stored, its content as the device sent it. */
export interface InterviewDraftRow {
  id: string;
  user_id: string;
  region_id: string;
  label: string;
  content: unknown;
  version: number;
  updated_at: Date;
}

/** The values a save writes. */
export interface InterviewDraftValues {
  region_id: string;
  label: string;
  content: string;
}

const COLUMNS = [
  'id',
  'user_id',
  'region_id',
  'label',
  'content',
  'version',
  'updated_at',
] as const;

/** One draft whoever it belongs to (the use case asks the policy), or undefined. */
export async function findInterviewDraftRow(db: Db, id: string): Promise<InterviewDraftRow | undefined> {
  return db.selectFrom('interview_drafts').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** A user's drafts in the regions of their scope, the latest first, without their content. */
export async function findInterviewDraftRowsOfUser(
  db: Db,
  userId: string,
  scope: AccessScope,
): Promise<Omit<InterviewDraftRow, 'content'>[]> {
  return db
    .selectFrom('interview_drafts')
    .select(['id', 'user_id', 'region_id', 'label', 'version', 'updated_at'])
    .where('user_id', '=', userId)
    .where((eb) => regionRowsInScope(eb.ref('interview_drafts.region_id'), scope))
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Keep a new draft under the id its device made; false when that id is taken. */
export async function insertInterviewDraft(
  db: Db,
  values: InterviewDraftValues & { id: string; user_id: string },
): Promise<boolean> {
  const rows = await db
    .insertInto('interview_drafts')
    .values(values)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  return rows.length === 1;
}

/** Replace a draft's content if it is still at `version`; false when another save came first. */
export async function updateInterviewDraftIfVersion(
  db: Db,
  id: string,
  version: number,
  values: InterviewDraftValues,
): Promise<boolean> {
  const result = await db
    .updateTable('interview_drafts')
    .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteInterviewDraftRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('interview_drafts').where('id', '=', id).execute();
}
