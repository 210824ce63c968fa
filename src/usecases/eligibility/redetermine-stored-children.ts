import { sql } from 'kysely';
import { determineValidInterview } from '../../core/eligibility/determine-eligibility';
import type { EligibilitySettings } from '../../core/eligibility/eligibility-settings';
import type { Interview } from '../../core/eligibility/interview-schema';
import { hasOneConnection, type Db } from '../../data/db';

export interface RedeterminationSummary {
  coes: number;
  children: number;
  changed: number;
  nowEligible: number;
  noLongerEligible: number;
}

const BATCH = 4_000;
/** Batches being written while the next is read and determined (the server overlaps them; PGlite queues them). */
const WRITES_IN_FLIGHT = 2;

interface StoredChild {
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

const FACTS = [
  'eligible',
  'qad',
  'eligibility_end_date',
  'end_reason',
  'basis',
  'relation',
  'worker_move_date',
] as const;

/**
 * Run the engine again, with `settings`, on the interview of every approved COE, and write
 * what changed for each child (the COE's children, their eligibility records, the COE's
 * determination). Reads and writes in batches, one transaction per batch, a batch written
 * while the next is read, so a state's whole caseload goes through with flat memory; rows
 * that did not change are not written.
 */
export async function redetermineStoredChildren(
  db: Db,
  settings: EligibilitySettings,
  onProgress?: (done: RedeterminationSummary) => void,
): Promise<RedeterminationSummary> {
  const summary: RedeterminationSummary = {
    coes: 0,
    children: 0,
    changed: 0,
    nowEligible: 0,
    noLongerEligible: 0,
  };
  const writes: Array<Promise<void>> = [];
  for await (const batch of hasOneConnection(db) ? batchesById(db) : batchesInTableOrder(db)) {
    const changedChildren: Array<StoredChild & { moved_with_worker: boolean }> = [];
    const changedCoes: Array<{ id: string; determination: unknown }> = [];
    for (const coe of batch) {
      const determination = determineValidInterview(coe.interview, { settings });
      let coeChanged = false;
      for (const before of coe.children) {
        const result = determination.children.find((child) => child.child === before.interview_child_id);
        if (!result) continue;
        summary.children += 1;
        const after: StoredChild = {
          ...before,
          eligible: result.eligible,
          qad: result.qad,
          eligibility_end_date: result.eligibilityEndDate,
          end_reason: result.endReason,
          basis: result.basis,
          relation: result.relation,
          worker_move_date: result.workerMoveDate,
        };
        if (FACTS.every((fact) => before[fact] === after[fact])) continue;
        coeChanged = true;
        summary.changed += 1;
        if (after.eligible && !before.eligible) summary.nowEligible += 1;
        if (!after.eligible && before.eligible) summary.noLongerEligible += 1;
        changedChildren.push({ ...after, moved_with_worker: after.relation === 'with' });
      }
      if (coeChanged) changedCoes.push({ id: coe.id, determination });
    }
    summary.coes += batch.length;
    if (changedChildren.length > 0) {
      const write = writeChanges(db, changedChildren, changedCoes);
      write.catch(() => undefined); // awaited below; this only keeps a failure from going unhandled meanwhile
      writes.push(write);
    }
    if (writes.length >= WRITES_IN_FLIGHT) await writes.shift();
    onProgress?.({ ...summary });
  }
  await Promise.all(writes);
  return summary;
}

interface StoredCoe {
  id: string;
  interview: Interview;
  children: StoredChild[];
}

/** PGlite: batches in id order, each read when the writes before it are done (one connection). */
async function* batchesById(db: Db): AsyncGenerator<StoredCoe[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const coes = await db
      .selectFrom('coes')
      .select(['id', 'interview'])
      .where('status', '=', 'approved')
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
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
    const byCoe = new Map<string, StoredChild[]>();
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
async function* batchesInTableOrder(db: Db): AsyncGenerator<StoredCoe[]> {
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
      const rows = await sql<{
        id: string;
        interview: Interview;
        children: StoredChild[];
      }>`fetch ${sql.raw(String(BATCH))} from stored_coes`.execute(connection.db);
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

async function writeChanges(
  db: Db,
  children: Array<StoredChild & { moved_with_worker: boolean }>,
  coes: Array<{ id: string; determination: unknown }>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
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
  });
}
