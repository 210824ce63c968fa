/**
 * The state's SDP developments and their stakeholder feedback (docs/rules/plan-development.md).
 * State records, not children's: no scope.
 */
import { sql } from 'kysely';
import type { SdpContent, StakeholderGroup } from '../../core/plan-development/sdp-development';
import type { Db } from '../db';

export interface SdpDevelopmentRow {
  id: string;
  name: string;
  content: SdpContent;
  version: number;
  updatedAt: Date;
}

/** Every development, the latest first, without its content. */
export async function listSdpDevelopments(db: Db): Promise<Array<{ id: string; name: string; updatedAt: Date }>> {
  return db
    .selectFrom('sdp_developments')
    .select(['id', 'name', 'updated_at as updatedAt'])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** One development with its content, or undefined. */
export async function findSdpDevelopment(db: Db, id: string): Promise<SdpDevelopmentRow | undefined> {
  const row = await db
    .selectFrom('sdp_developments')
    .select(['id', 'name', 'content', 'version', 'updated_at as updatedAt'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { ...row, content: row.content as SdpContent } : undefined;
}

/** Start a development; answers its id. */
export async function insertSdpDevelopment(trx: Db, name: string, content: SdpContent): Promise<string> {
  const row = await trx
    .insertInto('sdp_developments')
    .values({ name, content: JSON.stringify(content) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Replace a development's name and content if it is still at `version`; answers whether it was. */
export async function updateSdpDevelopment(
  trx: Db,
  id: string,
  version: number,
  values: { name: string; content: SdpContent },
): Promise<boolean> {
  const result = await trx
    .updateTable('sdp_developments')
    .set({
      name: values.name,
      content: JSON.stringify(values.content),
      version: sql`version + 1`,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface SdpFeedbackRow {
  id: string;
  developmentId: string;
  group: StakeholderGroup;
  themes: string[];
  comment: string;
  response: string | null;
  respondedByLabel: string | null;
  respondedAt: Date | null;
  recordedByLabel: string;
  version: number;
  createdAt: Date;
}

const FEEDBACK_COLUMNS = [
  'id',
  'development_id as developmentId',
  'stakeholder_group as group',
  'themes',
  'comment',
  'response',
  'responded_by_label as respondedByLabel',
  'responded_at as respondedAt',
  'recorded_by_label as recordedByLabel',
  'version',
  'created_at as createdAt',
] as const;

/** The feedback on a development, oldest first. */
export async function listSdpFeedback(db: Db, developmentId: string): Promise<SdpFeedbackRow[]> {
  return db
    .selectFrom('sdp_feedback')
    .select(FEEDBACK_COLUMNS)
    .where('development_id', '=', developmentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** One comment of a development, or undefined. */
export async function findSdpFeedback(db: Db, developmentId: string, id: string): Promise<SdpFeedbackRow | undefined> {
  return db
    .selectFrom('sdp_feedback')
    .select(FEEDBACK_COLUMNS)
    .where('development_id', '=', developmentId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Record a stakeholder's comment. */
export async function insertSdpFeedback(
  trx: Db,
  values: {
    developmentId: string;
    group: StakeholderGroup;
    themes: string[];
    comment: string;
    recordedBy: string | null;
    recordedByLabel: string;
  },
): Promise<SdpFeedbackRow> {
  return trx
    .insertInto('sdp_feedback')
    .values({
      development_id: values.developmentId,
      stakeholder_group: values.group,
      themes: values.themes,
      comment: values.comment,
      recorded_by: values.recordedBy,
      recorded_by_label: values.recordedByLabel,
    })
    .returning(FEEDBACK_COLUMNS)
    .executeTakeFirstOrThrow();
}

/** Record the response to a comment if it is still at `version`; answers whether it was. */
export async function updateSdpFeedbackResponse(
  trx: Db,
  id: string,
  version: number,
  values: { response: string; respondedByLabel: string },
): Promise<boolean> {
  const result = await trx
    .updateTable('sdp_feedback')
    .set({
      response: values.response,
      responded_by_label: values.respondedByLabel,
      responded_at: new Date(),
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
