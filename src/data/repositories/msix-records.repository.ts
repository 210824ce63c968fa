/**
 * What the MSIX exchange reads of Ciclo's records (docs/rules/msix.md X7.1) and the exports it
 * keeps: each export with its counts and file, and the snapshot of the records last sent — a row
 * per child, naming the export that last sent its record (`export_id`).
 */
import { sql } from 'kysely';
import type { MsixChange } from '../../core/exchange/msix-changes';
import type { MsixCarriedRecord } from '../../core/exchange/msix-sent';
import type { Db } from '../db';
import type { Sex } from '../tables';

/** Children of one region, or of the state when `regionId` is null. */
export interface MsixScope {
  regionId: string | null;
}

export interface MsixChildRow {
  id: string;
  region_id: string;
  student_number: string;
  statewide_student_id: string | null;
  msix_id: string | null;
  first_name: string;
  middle_name: string | null;
  last_surname: string;
  second_surname: string | null;
  generation_code_suffix: string | null;
  sex: Sex;
  birth_date: string;
  birth_city: string | null;
  birth_state: string | null;
  birth_country: string;
  english_learner: boolean;
  disability: boolean;
}

/**
 * The children of the scope, by student number.
 * @scopedBy the region the caller authorized (null: the state, for state roles only)
 */
export async function msixChildrenOf(db: Db, scope: MsixScope): Promise<MsixChildRow[]> {
  let query = db
    .selectFrom('children')
    .select([
      'id',
      'region_id',
      'student_number',
      'statewide_student_id',
      'msix_id',
      'first_name',
      'middle_name',
      'last_surname',
      'second_surname',
      'generation_code_suffix',
      'sex',
      'birth_date',
      'birth_city',
      'birth_state',
      'birth_country',
      'english_learner',
      'disability',
    ])
    // A child a merge retired leaves the exchange (IR5.5): its last record sent is deleted.
    .where('merged_into_id', 'is', null)
    .orderBy('student_number');
  if (scope.regionId !== null) query = query.where('region_id', '=', scope.regionId);
  return query.execute();
}

export interface MsixEnrollmentRow {
  child_id: string;
  enrollment_date: string;
  exit_date: string | null;
  residency_date: string | null;
  grade_level: string | null;
  school_name: string | null;
  school_city: string | null;
  district_name: string;
  /** The NCES ids the school directory gave (docs/rules/msix.md X7.3). */
  school_nces_id: string | null;
  district_nces_id: string | null;
}

/**
 * The school enrollments of the scope's children, with their school and district.
 * @scopedBy the region the caller authorized
 */
export async function msixEnrollmentsOf(db: Db, scope: MsixScope): Promise<MsixEnrollmentRow[]> {
  let query = db
    .selectFrom('enrollments as en')
    .innerJoin('children as c', 'c.id', 'en.child_id')
    .innerJoin('districts as d', 'd.id', 'en.district_id')
    .leftJoin('schools as s', 's.id', 'en.school_id')
    .select([
      'en.child_id',
      'en.enrollment_date',
      'en.exit_date',
      'en.residency_date',
      'en.grade_level',
      's.name as school_name',
      's.city as school_city',
      'd.name as district_name',
      's.nces_id as school_nces_id',
      'd.nces_id as district_nces_id',
    ])
    .orderBy('en.child_id')
    .orderBy('en.enrollment_date');
  if (scope.regionId !== null) query = query.where('c.region_id', '=', scope.regionId);
  return query.execute();
}

export interface MsixExportCounts {
  inserted: number;
  updated: number;
  deleted: number;
  heldBack: number;
}

export interface MsixExportRow {
  id: string;
  createdAt: Date;
  createdBy: string;
  counts: MsixExportCounts;
  fileName: string;
}

export function parsedJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/** The exports, newest first. @statewide the exports are the state's */
export async function listMsixExports(db: Db, limit = 50): Promise<MsixExportRow[]> {
  const rows = await db
    .selectFrom('msix_exports')
    .select(['id', 'created_at', 'created_by_label', 'counts', 'file_name'])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.created_at,
    createdBy: row.created_by_label,
    counts: parsedJson(row.counts) as MsixExportCounts,
    fileName: row.file_name,
  }));
}

/** One export's file, or undefined. @statewide the exports are the state's */
export async function findMsixExportFile(
  db: Db,
  id: string,
): Promise<{ fileName: string; text: string } | undefined> {
  const row = await db
    .selectFrom('msix_exports')
    .select(['file_name', 'file_text'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { fileName: row.file_name, text: row.file_text };
}

/**
 * The snapshot the last export left (child key → record as sent), empty before the first: of
 * the scope's children, or whole (the records of children no longer held included) for the state.
 * @scopedBy the region the caller authorized (null: the state, for state roles only)
 */
export async function lastMsixSnapshot(
  db: Db,
  scope: MsixScope = { regionId: null },
): Promise<Map<string, unknown>> {
  const { regionId } = scope;
  // In no order: the callers look records up by key, and sorting them spilled 69 MB to disk at 65,444 records.
  let query = db.selectFrom('msix_export_records').select(['child_key', 'record']);
  if (regionId !== null)
    query = query.where('child_key', 'in', (eb) =>
      eb.selectFrom('children').select(sql<string>`id::text`.as('id')).where('region_id', '=', regionId),
    );
  const rows = await query.execute();
  return new Map(rows.map((row) => [row.child_key, parsedJson(row.record)]));
}

/**
 * Keep a new export and bring the snapshot to what it leaves as sent (only the last is compared
 * with, X5.1): the rows of the children it inserted or updated now hold its record and its id,
 * those of the children it deleted go. A child it did not send (unchanged, or held back, X7.5)
 * keeps its row, so a row's `export_id` is the export that last sent that child's record. Run it
 * in the export's transaction.
 */
export async function insertMsixExport(
  trx: Db,
  input: {
    createdBy: string | null;
    createdByLabel: string;
    counts: MsixExportCounts;
    fileName: string;
    fileText: string;
    /** What the file carried (X8.2), read from `fileText`. */
    sent: readonly MsixCarriedRecord[];
    changes: readonly MsixChange[];
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('msix_exports')
    .values({
      created_by: input.createdBy,
      created_by_label: input.createdByLabel,
      counts: JSON.stringify(input.counts),
      file_name: input.fileName,
      file_text: input.fileText,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const deleted = input.changes.filter((change) => change.record === null).map((change) => change.childKey);
  for (const batch of inThousands(deleted))
    await trx.deleteFrom('msix_export_records').where('child_key', 'in', batch).execute();
  const sentRows = input.changes.flatMap(({ childKey, record }) =>
    record === null ? [] : [{ export_id: id, child_key: childKey, record: JSON.stringify(record) }],
  );
  for (const batch of inThousands(sentRows))
    await trx
      .insertInto('msix_export_records')
      .values(batch)
      .onConflict((conflict) =>
        conflict.column('child_key').doUpdateSet((eb) => ({
          export_id: eb.ref('excluded.export_id'),
          record: eb.ref('excluded.record'),
        })),
      )
      .execute();
  await insertMsixExportSent(trx, id, input.sent);
  return id;
}

/** What an export carried (X8.2), a row per child its file inserted or updated. */
export async function insertMsixExportSent(
  db: Db,
  exportId: string,
  sent: readonly MsixCarriedRecord[],
): Promise<void> {
  const rows = sent.map((record) => ({
    export_id: exportId,
    child_key: record.childKey,
    enrollments: JSON.stringify(record.enrollments),
    qualifying_arrival_dates: JSON.stringify(record.qualifyingArrivalDates),
  }));
  for (const batch of inThousands(rows)) await db.insertInto('msix_export_sent').values(batch).execute();
}

function inThousands<T>(rows: readonly T[]): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < rows.length; start += 1000) batches.push(rows.slice(start, start + 1000));
  return batches;
}

/** Hold the exports until the transaction ends: one export at a time compares with the last snapshot. */
export async function lockMsixExports(trx: Db): Promise<void> {
  await sql`lock table msix_exports in share row exclusive mode`.execute(trx);
}
