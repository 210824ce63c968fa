import type { ExpressionBuilder, Insertable, Updateable } from 'kysely';
import type { Db } from '../db';
import type { DaAssistanceRecordsTable, Database } from '../tables';

/** Record assistance given to an LEA; returns the stored row. */
export async function insertAssistance(db: Db, values: Insertable<DaAssistanceRecordsTable>) {
  return db.insertInto('da_assistance_records').values(values).returningAll().executeTakeFirstOrThrow();
}

/** One record of assistance as stored, or undefined. */
export async function findAssistanceRow(db: Db, id: string) {
  return db.selectFrom('da_assistance_records').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Correct a record of assistance at the version read; undefined when it changed since or is gone. */
export async function updateAssistanceRowIfVersion(
  db: Db,
  id: string,
  version: number,
  values: Updateable<DaAssistanceRecordsTable>,
) {
  return db
    .updateTable('da_assistance_records')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Remove a record of assistance at the version read; false when it changed since or is gone. */
export async function deleteAssistanceRowIfVersion(db: Db, id: string, version: number): Promise<boolean> {
  const result = await db
    .deleteFrom('da_assistance_records')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The county of the LEA an assistance record is for, from the Dashboard rows that decided it. */
function countyOf(eb: ExpressionBuilder<Database & { a: Database['da_assistance_records'] }, 'a'>) {
  return eb.selectFrom('da_lea_decisions as l').select('l.county').whereRef('l.lea_id', '=', 'a.lea_id').limit(1);
}

export interface AssistanceFilters {
  id?: string | undefined;
  leaId?: string | undefined;
  county?: string | undefined;
}

/** Records of assistance, newest first, with the LEA's county and the number of the region that recorded them. */
export async function listAssistanceRows(db: Db, filters: AssistanceFilters) {
  let query = db
    .selectFrom('da_assistance_records as a')
    .leftJoin('regions as r', 'r.id', 'a.region_id')
    .select((eb) => [
      'a.id',
      'a.lea_id',
      'a.lea_name',
      'a.provided_on',
      'a.kind',
      'a.themes',
      'a.summary',
      'a.next_steps',
      'a.provided_by',
      'a.created_at',
      'a.version',
      'a.region_id',
      'r.number as region_number',
      countyOf(eb).as('county'),
    ]);
  if (filters.id) query = query.where('a.id', '=', filters.id);
  if (filters.leaId) query = query.where('a.lea_id', '=', filters.leaId);
  const county = filters.county;
  if (county) query = query.where((eb) => eb(countyOf(eb), '=', county));
  return query.orderBy('a.provided_on', 'desc').orderBy('a.created_at', 'desc').execute();
}

/** How many records of assistance each of these LEAs has (at most 5,000 LEAs asked). */
export async function countAssistanceByLea(db: Db, leaIds: readonly string[]): Promise<Map<string, number>> {
  if (leaIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('da_assistance_records')
    .select((eb) => ['lea_id', eb.fn.countAll<string>().as('n')])
    .where('lea_id', 'in', [...new Set(leaIds)].slice(0, 5_000))
    .groupBy('lea_id')
    .execute();
  return new Map(rows.map((r) => [r.lea_id, Number(r.n)]));
}
