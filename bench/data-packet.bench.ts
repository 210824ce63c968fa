/**
 * The statewide I&R data packet for five performance periods over N qualification records,
 * on PGlite and (with DATABASE_URL) on the PostgreSQL server, beside a hand-written single
 * SQL query for the same figures measured in the same run. Also times the import.
 * Targets: < 1 s on the server, < 3 s on PGlite, within 1.5× of the hand-written query.
 * Run: npx tsx bench/data-packet.bench.ts [--records 500000] [--runs 5]
 *      DATABASE_URL=postgres://postgres@127.0.0.1:5432/ciclo_bench npx tsx bench/data-packet.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../src/data/db';
import { migrateToLatest } from '../src/data/migrate';
import { upsertQualificationRecords } from '../src/data/repositories/qualifications.repository';
import { CLI_ACTOR } from '../src/usecases/context';
import { buildDataPacket } from '../src/usecases/qualifications/build-data-packet';
import { realisticQualificationRecords } from './qualification-records';
import { median, numberArgument, timed } from './bench-tools';

const recordCount = numberArgument('records', 500_000);
const runs = numberArgument('runs', 5);

/** The same figures, written by hand against the table, as a yardstick. */
const HAND_WRITTEN = sql<{ start_year: number; qualified: number }>`
  with decided as (
    select *, extract(year from recruitment_date - interval '8 months')::int as start_year,
           coalesce(prior_coe, row_number() over (partition by student_id order by recruitment_date, coe_id) > 1) as prior
    from qualification_records
  ), firsts as (
    select distinct on (start_year, student_id) * from decided where start_year between 2017 and 2021
    order by start_year, student_id, recruitment_date, coe_id
  )
  select start_year, count(*)::int as qualified,
    count(*) filter (where not prior)::int, count(*) filter (where moved_with_worker and qad > worker_move_date)::int,
    count(*) filter (where not prior and recruitment_date - residency_date < 30)::int,
    count(*) filter (where not prior and recruitment_date - residency_date between 30 and 60)::int,
    count(*) filter (where not prior and recruitment_date - residency_date between 61 and 182)::int,
    count(*) filter (where not prior and recruitment_date - residency_date between 183 and 365)::int,
    count(*) filter (where not prior and recruitment_date - residency_date >= 366)::int,
    count(*) filter (where recruitment_date - qad <= 60)::int, count(*) filter (where recruitment_date - qad <= 90)::int
  from firsts group by start_year order by start_year`;

async function benchmark(label: string, connection: { url?: string; dataDir?: string }) {
  const handle = await openDatabase(connection);
  try {
    await migrateToLatest(handle.db);
    await sql`truncate qualification_records`.execute(handle.db);
    const records = realisticQualificationRecords(recordCount);
    const [, importSeconds] = await timed(() =>
      handle.db.transaction().execute((trx) => upsertQualificationRecords(trx, records, 'bench.csv')),
    );
    await sql`analyze qualification_records`.execute(handle.db);
    const ctx = { db: handle.db, actor: CLI_ACTOR };
    const ours: number[] = [];
    const hand: number[] = [];
    let qualified = 0;
    for (let run = 0; run < runs; run += 1) {
      const [packet, seconds] = await timed(() => buildDataPacket(ctx, { from: '2017-18', to: '2021-22' }));
      ours.push(seconds);
      qualified = packet.periods.reduce((sum, p) => sum + p.qualified, 0);
      const [rows, handSeconds] = await timed(() => HAND_WRITTEN.execute(handle.db));
      hand.push(handSeconds);
      if (rows.rows.reduce((sum, r) => sum + r.qualified, 0) !== qualified)
        throw new Error('the hand-written query disagrees');
    }
    console.log(
      `${label}: import ${recordCount.toLocaleString('en-US')} records ${importSeconds.toFixed(1)} s; statewide packet, 5 periods (${qualified.toLocaleString('en-US')} student-periods): ` +
        `median ${median(ours).toFixed(3)} s (runs ${ours.map((s) => s.toFixed(3)).join(', ')}); hand-written query median ${median(hand).toFixed(3)} s; ratio ${(median(ours) / median(hand)).toFixed(2)}×`,
    );
    await sql`truncate qualification_records`.execute(handle.db);
  } finally {
    await handle.close();
  }
}

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);
const dataDir = mkdtempSync(path.join(tmpdir(), 'ciclo-bench-packet-'));
try {
  await benchmark('PGlite', { dataDir });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
if (process.env.DATABASE_URL) await benchmark('PostgreSQL server', { url: process.env.DATABASE_URL });
