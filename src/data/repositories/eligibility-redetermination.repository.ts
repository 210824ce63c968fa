import { sql } from 'kysely';
import type { Interview } from '../../core/eligibility/interview-schema';
import { hasOneConnection, type Db } from '../db';

/** What Ciclo stores of one child's determination on an approved COE. */
export interface StoredChildDetermination {
  coe_id: string;
  interview_child_id: string;
  child_id: string | null;
  eligible: boolean;
  qad: string | null;
  eligibility_end_date: string | null;
  end_reason: string | null;
  basis: string | null;
  relation: string | null;
  worker_move_date: string | null;
}

/** An approved COE's interview with its children's stored determinations. */
export interface StoredCoeDetermination {
  id: string;
  interview: Interview;
  children: StoredChildDetermination[];
}

/**
 * Every approved COE with its children's stored determinations, in batches of `size`: on
 * PGlite (one connection) in id order, each batch read when the caller is done with the one
 * before; on a PostgreSQL server through a cursor on a connection of its own.
 * @statewide re-determination after the state's settings change covers every approved COE; nothing read is shown to a user.
 */
export function approvedCoeBatches(db: Db, size: number): AsyncGenerator<StoredCoeDetermination[]> {
  return hasOneConnection(db) ? batchesById(db, size) : batchesInTableOrder(db, size);
}

/**
 * PGlite: batches in id order, each read when the writes before it are done (one connection).
 * @statewide re-determination covers every approved COE; nothing read is shown to a user.
 */
async function* batchesById(db: Db, size: number): AsyncGenerator<StoredCoeDetermination[]> {
  let after = '00000000-0000-0000-0000-000000000000'; // below every uuid: the first page starts at the lowest id
  for (;;) {
    const coes = await db
      .selectFrom('coes')
      .select(['id', 'interview'])
      .where('status', '=', 'approved')
      .where('id', '>', after)
      .orderBy('id')
      .limit(size)
      .execute();
    if (coes.length === 0) return;
    after = coes.at(-1)!.id;
    const stored = await db
      .selectFrom('coe_children')
      .select([
        'coe_id',
        'interview_child_id',
        'child_id',
        'eligible',
        'qad',
        'eligibility_end_date',
        'end_reason',
        'basis',
        'relation',
        'worker_move_date',
      ])
      .where(
        'coe_id',
        'in',
        coes.map((coe) => coe.id),
      )
      .execute();
    const byCoe = new Map<string, StoredChildDetermination[]>();
    for (const row of stored) byCoe.set(row.coe_id, [...(byCoe.get(row.coe_id) ?? []), row]);
    yield coes.map((coe) => ({
      id: coe.id,
      interview: coe.interview as Interview,
      children: byCoe.get(coe.id) ?? [],
    }));
  }
}

/**
 * A PostgreSQL server: one connection reads every approved COE with its children through a
 * cursor in the table's own order (COE ids are random, so id order would jump across a table
 * larger than memory), while other connections write.
 */
async function* batchesInTableOrder(db: Db, size: number): AsyncGenerator<StoredCoeDetermination[]> {
  const connection = await reserveConnection(db);
  let open = false;
  try {
    await sql`begin isolation level repeatable read read only`.execute(connection.db);
    open = true;
    await sql`declare stored_coes no scroll cursor for
      select coes.id, coes.interview,
        (select coalesce(json_agg(json_build_object('coe_id', cc.coe_id, 'interview_child_id', cc.interview_child_id, 'child_id', cc.child_id, 'eligible', cc.eligible, 'qad', cc.qad,
          'eligibility_end_date', cc.eligibility_end_date, 'end_reason', cc.end_reason, 'basis', cc.basis, 'relation', cc.relation, 'worker_move_date', cc.worker_move_date)), '[]'::json)
         from coe_children cc where cc.coe_id = coes.id) as children
      from coes where status = 'approved'`.execute(connection.db);
    for (;;) {
      const rows = await sql<StoredCoeDetermination>`fetch ${sql.raw(String(size))} from stored_coes`.execute(
        connection.db,
      );
      if (rows.rows.length === 0) break;
      yield rows.rows;
    }
    await sql`commit`.execute(connection.db);
    open = false;
  } finally {
    // Stopped early (a failed write): end the read before the connection goes back to the pool.
    if (open) await sql`rollback`.execute(connection.db).catch(() => undefined);
    connection.release();
  }
}

/** One connection of the pool held for the caller until `release` (Kysely's `connection()` scoped to a promise). */
async function reserveConnection(db: Db): Promise<{ db: Db; release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const reserved = new Promise<Db>((resolve, reject) => {
    db.connection()
      .execute(async (connection) => {
        resolve(connection);
        await released;
      })
      .catch(reject);
  });
  return { db: await reserved, release };
}

/**
 * Write the children whose determination changed (their COE's children, their eligibility
 * records) and their COEs' new determinations, in one transaction, when `stillCurrent` (asked
 * first, in that transaction) says the settings they were determined with are still the
 * state's; false when it said no and nothing was written.
 */
export async function writeRedeterminations(
  db: Db,
  children: ReadonlyArray<StoredChildDetermination & { moved_with_worker: boolean }>,
  coes: ReadonlyArray<{ id: string; determination: unknown }>,
  stillCurrent: (trx: Db) => Promise<boolean> = async () => true,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (!(await stillCurrent(trx))) return false;
    const rows = JSON.stringify(children);
    await sql`update coe_children c set eligible = n.eligible, qad = n.qad, eligibility_end_date = n.eligibility_end_date, end_reason = n.end_reason,
        basis = n.basis, relation = n.relation, worker_move_date = n.worker_move_date, moved_with_worker = n.moved_with_worker
      from json_populate_recordset(null::coe_children, ${rows}::json) n
      where c.coe_id = n.coe_id and c.interview_child_id = n.interview_child_id`.execute(trx);
    await sql`delete from child_eligibilities e using json_populate_recordset(null::coe_children, ${rows}::json) n
      where e.coe_id = n.coe_id and e.child_id = n.child_id and not (n.eligible and n.qad is not null)`.execute(
      trx,
    );
    await sql`insert into child_eligibilities (child_id, coe_id, qad, eligibility_end_date, end_reason, basis, relation, worker_move_date, moved_with_worker)
      select child_id, coe_id, qad, eligibility_end_date, end_reason, basis, relation, worker_move_date, moved_with_worker
      from json_populate_recordset(null::coe_children, ${rows}::json) n
      where n.eligible and n.qad is not null and n.child_id is not null
      on conflict (child_id, coe_id) do update set qad = excluded.qad, eligibility_end_date = excluded.eligibility_end_date, end_reason = excluded.end_reason,
        basis = excluded.basis, relation = excluded.relation, worker_move_date = excluded.worker_move_date, moved_with_worker = excluded.moved_with_worker`.execute(
      trx,
    );
    await sql`update coes set determination = n.determination, updated_at = now()
      from json_to_recordset(${JSON.stringify(coes)}::json) as n(id uuid, determination jsonb)
      where coes.id = n.id`.execute(trx);
    return true;
  });
}
