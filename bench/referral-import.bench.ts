/**
 * Importing a district's referral list of N rows (CSV): reading, matching every referral
 * against the children Ciclo knows (a demo dataset of 20,000), ranking, and inserting; then
 * the same file again (everything already listed). Target: 100,000 rows in under 10 s.
 * Run: npx tsx bench/referral-import.bench.ts [--rows 100000]
 *      DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/referral-import.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { addDays, type CalendarDate } from '../src/core/common/calendar-date';
import { seededRandom } from '../src/core/demo/seeded-random';
import { openDatabase, type DatabaseOptions } from '../src/data/db';
import { migrateToLatest } from '../src/data/migrate';
import { CLI_ACTOR } from '../src/usecases/context';
import { loadDemoDataset } from '../src/usecases/demo/load-demo-dataset';
import { importReferrals } from '../src/usecases/referrals/import-referrals';

const index = process.argv.indexOf('--rows');
const rowCount = index > 0 ? Number(process.argv[index + 1]) : 100_000;
const FIRST = [
  'José',
  'María',
  'Juan',
  'Ana',
  'Luis',
  'Rosa',
  'Pedro',
  'Lucía',
  'Miguel',
  'Sofía',
  'Carlos',
  'Elena',
];
const LAST = [
  'García',
  'Hernández',
  'López',
  'Martínez',
  'González',
  'Pérez',
  'Sánchez',
  'Ramírez',
  'Cruz',
  'Flores',
  'Gómez',
  'Díaz',
];

function districtList(rows: number): string {
  const random = seededRandom(11);
  const lines = [
    'Student ID,First Name,Last Name,Second Last Name,Birthdate,DstEnterDt,Enter Date,Hispanic?,Guardian,Phone,School,Grade',
  ];
  for (let i = 0; i < rows; i += 1) {
    const birth = addDays('2005-01-01' as CalendarDate, random.integer(0, 17 * 365));
    const entered = addDays('2025-08-01' as CalendarDate, random.integer(0, 300));
    const [y, m, d] = entered.split('-');
    lines.push(
      [
        i + 1,
        random.pick(FIRST),
        random.pick(LAST),
        random.pick(LAST),
        birth,
        `${m}/${d}/${y!.slice(2)}`,
        random.chance(0.5) ? `${m}/${d}/${y!.slice(2)}` : '',
        random.chance(0.8) ? 'Y' : 'N',
        `${random.pick(FIRST)} ${random.pick(LAST)}`,
        `(209) 555-${String(i % 10_000).padStart(4, '0')}`,
        'Lincoln Elementary',
        String(random.integer(1, 12)),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

async function seconds<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - start) / 1e9];
}

async function run(label: string, options: DatabaseOptions, csv: string) {
  const handle = await openDatabase(options);
  try {
    await migrateToLatest(handle.db);
    await loadDemoDataset(handle.db, { children: 20_000, seed: 1, today: '2026-11-22' });
    const district = await handle.db
      .selectFrom('districts')
      .select('id')
      .orderBy('cds_code')
      .executeTakeFirstOrThrow();
    const file = { districtId: district.id, fileName: 'list.csv', content: Buffer.from(csv) };
    const ctx = { db: handle.db, actor: CLI_ACTOR };
    const [first, firstSeconds] = await seconds(() => importReferrals(ctx, file, '2026-11-23'));
    const [again, againSeconds] = await seconds(() => importReferrals(ctx, file, '2026-11-23'));
    console.log(
      `${label}: ${rowCount.toLocaleString('en-US')} rows imported in ${firstSeconds.toFixed(1)} s (${first.added.toLocaleString('en-US')} added, ${first.priorMigrants.toLocaleString('en-US')} prior migrants, ${first.alreadyListed.toLocaleString('en-US')} listed twice); ` +
        `the same file again ${againSeconds.toFixed(1)} s (${again.added} added)`,
    );
  } finally {
    await handle.close();
  }
}

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);
const csv = districtList(rowCount);
const folder = mkdtempSync(path.join(tmpdir(), 'ciclo-bench-referrals-'));
try {
  await run('PGlite', { dataDir: folder }, csv);
  if (process.env.DATABASE_URL) {
    const name = `ciclo_bench_referrals_${process.pid}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    try {
      await run(
        'PostgreSQL server',
        { url: Object.assign(new URL(process.env.DATABASE_URL), { pathname: `/${name}` }).toString() },
        csv,
      );
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
