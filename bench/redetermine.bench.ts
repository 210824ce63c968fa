/**
 * Re-determining every stored child after a change of the state's eligibility settings, end
 * to end on the PostgreSQL server: reading each approved COE's interview, running the engine,
 * writing what changed. Loads the demo dataset of N children first (timed too: the demo
 * target is 500,000 children in under 2 minutes). Target: 500,000 children in under 30 s.
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/redetermine.bench.ts [--children 500000]
 */
import { cpus } from 'node:os';
import pg from 'pg';
import { openDatabase } from '../src/data/db';
import { migrateToLatest } from '../src/data/migrate';
import { CLI_ACTOR } from '../src/usecases/context';
import { loadDemoDataset } from '../src/usecases/demo/load-demo-dataset';
import { changeEligibilitySettings } from '../src/usecases/eligibility/change-eligibility-settings';

const index = process.argv.indexOf('--children');
const children = index > 0 ? Number(process.argv[index + 1]) : 500_000;
const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to a PostgreSQL server: the target is measured there.');

const name = `ciclo_bench_redetermine_${process.pid}`;
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query(`create database ${name}`);
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);
try {
  const handle = await openDatabase({
    url: Object.assign(new URL(url), { pathname: `/${name}` }).toString(),
  });
  try {
    await migrateToLatest(handle.db);
    let started = Date.now();
    const demo = await loadDemoDataset(handle.db, { children, seed: 1, today: '2026-11-22' });
    console.log(
      `demo dataset: ${demo.children.toLocaleString('en-US')} children (${demo.approvedCoes.toLocaleString('en-US')} approved COEs) loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const ctx = { db: handle.db, actor: CLI_ACTOR };
    let version = 0; // a fresh database: the settings were never saved
    for (const [label, settings] of [
      ['stricter settings (soonAfterDays 7)', { soonAfterDays: 7 }],
      ["California's settings again", {}],
    ] as const) {
      started = Date.now();
      const change = await changeEligibilitySettings(ctx, settings, version);
      version = change.version;
      const r = change.redetermined;
      console.log(
        `${label}: ${r.children.toLocaleString('en-US')} stored children of ${r.coes.toLocaleString('en-US')} COEs re-determined in ${((Date.now() - started) / 1000).toFixed(1)} s, ${r.changed.toLocaleString('en-US')} changed`,
      );
    }
  } finally {
    await handle.close();
  }
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
