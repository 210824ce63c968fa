/**
 * The demo dataset generator and loader (families, children, enrollments, approved COEs with
 * the engine's determinations) into a fresh PGlite folder and, with DATABASE_URL, a fresh
 * database on the server; then a backup of that database and its restore into another.
 * Target: 500,000 children in under 2 minutes.
 * Run: npx tsx bench/demo-dataset.bench.ts [--children 50000]
 *      DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/demo-dataset.bench.ts
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseOptions } from '../src/data/db';
import { migrateToLatest } from '../src/data/migrate';
import { backupDatabase } from '../src/usecases/backup/backup-database';
import { restoreDatabase } from '../src/usecases/backup/restore-database';
import { loadDemoDataset } from '../src/usecases/demo/load-demo-dataset';

const index = process.argv.indexOf('--children');
const children = index > 0 ? Number(process.argv[index + 1]) : 50_000;
const folder = mkdtempSync(path.join(tmpdir(), 'ciclo-bench-demo-'));

async function seconds<T>(work: () => Promise<T>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function run(label: string, source: DatabaseOptions, target: DatabaseOptions) {
  const handle = await openDatabase(source);
  await migrateToLatest(handle.db);
  const load = await seconds(() => loadDemoDataset(handle.db, { children, seed: 1, today: '2026-11-22' }));
  const file = path.join(folder, `${label.replace(/\W+/g, '-')}.ndjson.gz`);
  const backup = await seconds(() => backupDatabase(handle, file));
  await handle.close();
  const restored = await openDatabase(target);
  await migrateToLatest(restored.db);
  const restore = await seconds(() => restoreDatabase(restored, file));
  await restored.close();
  const rate = Math.round(children / load);
  console.log(
    `${label}: load ${children.toLocaleString('en-US')} children ${load.toFixed(1)} s (${rate.toLocaleString('en-US')} children/s; 500,000 would take ~${Math.round(500_000 / rate)} s); ` +
      `backup ${backup.toFixed(1)} s (${(statSync(file).size / 1e6).toFixed(1)} MB); restore ${restore.toFixed(1)} s`,
  );
}

async function withServerDatabases(url: string, work: (source: string, target: string) => Promise<void>) {
  const names = [`ciclo_bench_demo_${process.pid}_a`, `ciclo_bench_demo_${process.pid}_b`];
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  for (const name of names) await admin.query(`create database ${name}`);
  const urlOf = (name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();
  try {
    await work(urlOf(names[0]!), urlOf(names[1]!));
  } finally {
    for (const name of names) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);
try {
  await run('PGlite', { dataDir: path.join(folder, 'a') }, { dataDir: path.join(folder, 'b') });
  if (process.env.DATABASE_URL)
    await withServerDatabases(process.env.DATABASE_URL, (a, b) =>
      run('PostgreSQL server', { url: a }, { url: b }),
    );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
