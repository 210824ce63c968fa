import { sql } from 'kysely';
import type { AccessScope, Actor } from '../../core/people/access-scope';
import type { Db } from '../db';
import { childrenInScope } from './scope-filter';

/**
 * The consolidated records from other states attached to children (docs/rules/msix.md X11.4).
 * Reads take a child the caller already loaded through a scoped read.
 */
const COLUMNS = [
  'id',
  'child_id',
  'msix_id',
  'sending_states',
  'received_on',
  'file_name',
  'record',
  'attached_by_label',
  'attached_at',
  'detached_by_label',
  'detached_at',
  'version',
] as const;

/**
 * The child's records, attached first (newest first), then the detached ones (latest detach first).
 * @scopedBy the child the caller loaded through a scoped read (loadChildFor)
 */
export async function listConsolidatedRecordsOfChild(db: Db, childId: string) {
  return db
    .selectFrom('msix_consolidated_records')
    .select(COLUMNS)
    .where('child_id', '=', childId)
    .orderBy(sql`detached_at is not null`)
    .orderBy('detached_at', 'desc')
    .orderBy('attached_at', 'desc')
    .orderBy('id')
    .execute();
}

export type ConsolidatedRecordRow = Awaited<ReturnType<typeof listConsolidatedRecordsOfChild>>[number];

/**
 * One record of the child, locked for the change.
 * @scopedBy the child the caller loaded through a scoped read (loadChildFor)
 */
export async function findConsolidatedRecordOfChild(trx: Db, childId: string, id: string) {
  return trx
    .selectFrom('msix_consolidated_records')
    .select(COLUMNS)
    .where('child_id', '=', childId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/**
 * The record of one MSIX ID attached to the child now, if any, locked for the change.
 * @scopedBy the child the caller loaded through a scoped read (loadChildFor)
 */
export async function findAttachedRecordByMsixId(trx: Db, childId: string, msixId: string) {
  return trx
    .selectFrom('msix_consolidated_records')
    .select(COLUMNS)
    .where('child_id', '=', childId)
    .where('msix_id', '=', msixId)
    .where('detached_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

export interface NewConsolidatedRecord {
  childId: string;
  msixId: string;
  sendingStates: string[];
  receivedOn: string;
  fileName: string | null;
  record: unknown;
}

export async function insertConsolidatedRecord(trx: Db, actor: Actor, values: NewConsolidatedRecord) {
  return trx
    .insertInto('msix_consolidated_records')
    .values({
      child_id: values.childId,
      msix_id: values.msixId,
      sending_states: values.sendingStates,
      received_on: values.receivedOn,
      file_name: values.fileName,
      record: JSON.stringify(values.record),
      attached_by: actor.userId,
      attached_by_label: actor.label,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
}

/** Detach the record at `version`; undefined when it changed since (or is detached already). */
export async function detachConsolidatedRecord(trx: Db, actor: Actor, id: string, version: number, now: Date) {
  return trx
    .updateTable('msix_consolidated_records')
    .set({
      detached_by: actor.userId,
      detached_by_label: actor.label,
      detached_at: now,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('detached_at', 'is', null)
    .returning(COLUMNS)
    .executeTakeFirst();
}

/** Attach a detached record again at `version` (X11.4); undefined when it changed since. */
export async function reattachConsolidatedRecord(trx: Db, actor: Actor, id: string, version: number, now: Date) {
  return trx
    .updateTable('msix_consolidated_records')
    .set({
      detached_by: null,
      detached_by_label: null,
      detached_at: null,
      attached_by: actor.userId,
      attached_by_label: actor.label,
      attached_at: now,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('detached_at', 'is not', null)
    .returning(COLUMNS)
    .executeTakeFirst();
}

/**
 * The children in scope the records of a file may belong to (X11.5), in one read: those born on
 * one of `birthDates` and those carrying one of `msixIds`, the latter first so that the `limit`
 * never leaves out a child carrying a record's MSIX ID.
 */
export async function findRecordCandidates(
  db: Db,
  scope: AccessScope,
  birthDates: readonly string[],
  msixIds: readonly string[],
  limit: number,
) {
  const carriesMsixId = sql<boolean>`coalesce(children.msix_id = any(${[...new Set(msixIds)]}::text[]), false)`;
  return db
    .selectFrom('children')
    .innerJoin('regions', 'regions.id', 'children.region_id')
    .where((eb) => childrenInScope(eb, scope))
    .where(sql<boolean>`(children.birth_date = any(${[...new Set(birthDates)]}::date[]) or ${carriesMsixId})`)
    .select([
      'children.id',
      'children.student_number',
      'children.first_name',
      'children.middle_name',
      'children.last_surname',
      'children.second_surname',
      'children.birth_date',
      'children.region_id',
      'regions.number as region_number',
      'children.msix_id',
    ])
    .orderBy(carriesMsixId, 'desc')
    .orderBy('children.id')
    .limit(limit)
    .execute();
}

/** The id of the child in scope with this student number, if any (the CLI names children so). */
export async function findChildIdByStudentNumber(db: Db, scope: AccessScope, studentNumber: string) {
  const row = await db
    .selectFrom('children')
    .select('children.id')
    .where('children.student_number', '=', studentNumber)
    .where((eb) => childrenInScope(eb, scope))
    .executeTakeFirst();
  return row?.id;
}
