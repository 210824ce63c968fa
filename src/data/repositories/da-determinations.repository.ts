import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../db';
import { bulkInsert } from '../bulk-insert';
import type { DaDeterminationsTable, DaLeaDecisionsTable } from '../tables';

/** A determination's header as stored. */
export type DeterminationRow = Selectable<DaDeterminationsTable>;

/** One LEA's decision of a new determination; `decision` is kept as JSON. */
export type NewLeaDecision = Omit<Insertable<DaLeaDecisionsTable>, 'determination_id' | 'decision'> & {
  decision: unknown;
};

/** Keep a determination and the decision of each of its LEAs; returns its id. */
export async function insertDetermination(
  db: Db,
  determination: Insertable<DaDeterminationsTable>,
  decisions: ReadonlyArray<NewLeaDecision>,
): Promise<string> {
  const run = await db
    .insertInto('da_determinations')
    .values(determination)
    .returning('id')
    .executeTakeFirstOrThrow();
  await bulkInsert(
    db,
    'da_lea_decisions',
    decisions.map((decision) => ({ determination_id: run.id, ...decision })),
    1_000,
  );
  return run.id;
}

/** One determination's header, or undefined. */
export async function findDeterminationRow(db: Db, id: string): Promise<DeterminationRow | undefined> {
  return db.selectFrom('da_determinations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The newest determinations, at most `limit`. */
export async function listDeterminationRows(db: Db, limit: number) {
  return db.selectFrom('da_determinations').selectAll().orderBy('run_at', 'desc').limit(limit).execute();
}

/** The determinations run on one upload, newest first. */
export async function listDeterminationRowsOfImport(db: Db, importId: string) {
  return db
    .selectFrom('da_determinations')
    .selectAll()
    .where('import_id', '=', importId)
    .orderBy('run_at', 'desc')
    .execute();
}

export interface LeaDecisionFilters {
  county?: string | undefined;
  leaType?: DaLeaDecisionsTable['lea_type'] | undefined;
  status?: 'eligible' | 'not_eligible' | 'intensive' | undefined;
}

/** A determination's LEA decisions by LEA id, filtered by county, LEA type and status. */
export async function listLeaDecisionRows(db: Db, determinationId: string, filters: LeaDecisionFilters) {
  let query = db
    .selectFrom('da_lea_decisions')
    .select(['lea_id', 'lea_name', 'lea_type', 'county', 'eligible', 'intensive', 'decision'])
    .where('determination_id', '=', determinationId);
  if (filters.county) query = query.where('county', '=', filters.county);
  if (filters.leaType) query = query.where('lea_type', '=', filters.leaType);
  if (filters.status === 'eligible') query = query.where('eligible', '=', true);
  if (filters.status === 'not_eligible') query = query.where('eligible', '=', false);
  if (filters.status === 'intensive') query = query.where('intensive', '=', true);
  return query.orderBy('lea_id').execute();
}

/** The counties of a determination's LEAs, in order. */
export async function listDeterminationCounties(db: Db, determinationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('da_lea_decisions')
    .select('county')
    .distinct()
    .where('determination_id', '=', determinationId)
    .where('county', 'is not', null)
    .orderBy('county')
    .execute();
  return rows.map((row) => row.county as string);
}

/** Every decision made about one LEA with its determination, the latest year and run first. */
export async function listDecisionsOfLea(db: Db, leaId: string) {
  return db
    .selectFrom('da_lea_decisions as l')
    .innerJoin('da_determinations as d', 'd.id', 'l.determination_id')
    .select([
      'd.id',
      'd.year',
      'd.rules',
      'd.run_at',
      'l.lea_name',
      'l.lea_type',
      'l.county',
      'l.eligible',
      'l.intensive',
      'l.student_groups',
    ])
    .where('l.lea_id', '=', leaId)
    .orderBy('d.year', 'desc')
    .orderBy('d.run_at', 'desc')
    .execute();
}

/** The stored decision (report and explanation) of one LEA in one determination. */
export async function findLeaDecision(db: Db, determinationId: string, leaId: string): Promise<unknown> {
  const row = await db
    .selectFrom('da_lea_decisions')
    .select('decision')
    .where('determination_id', '=', determinationId)
    .where('lea_id', '=', leaId)
    .executeTakeFirstOrThrow();
  return row.decision;
}

/** The name and county of an LEA some determination decided, or undefined. */
export async function findDecidedLea(
  db: Db,
  leaId: string,
): Promise<{ leaName: string | null; county: string | null } | undefined> {
  const row = await db
    .selectFrom('da_lea_decisions')
    .select(['lea_name', 'county'])
    .where('lea_id', '=', leaId)
    .limit(1)
    .executeTakeFirst();
  return row && { leaName: row.lea_name, county: row.county };
}
