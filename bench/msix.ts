/**
 * The MSIX exchange over a state's children on the PostgreSQL server: the demo generator loads
 * N children (families, school enrollments, approved COEs with their determinations), then
 * times what the MSIX page asks for — the statewide validation report, the first export (every
 * ready child an insert), a second export with nothing changed, the deadlines and the Category
 * 1/2 preview — and prints the figures. The report, the exports and the preview build every
 * record in scope afresh; the deadlines read what each export carried (msix_export_sent).
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/msix.ts [--children 100000] [--keep] [--reuse] [--database NAME]
 * It creates the database ciclo_bench_msix (or NAME, so that two engineers' runs do not drop each
 * other's) on that server and drops it at the end (not with --keep); --reuse measures again on
 * the database a --keep run left (its exports included).
 */
import { cpus } from 'node:os';
import { openDatabase } from '../src/data/db';
import { migrateToLatest } from '../src/data/migrate';
import { CLI_ACTOR, type UseCaseContext } from '../src/usecases/context';
import { loadDemoDataset } from '../src/usecases/demo/load-demo-dataset';
import { createMsixExport } from '../src/usecases/exchange/create-msix-export';
import { getMsixChildCountPreview } from '../src/usecases/exchange/get-msix-child-count-preview';
import { getMsixDeadlines } from '../src/usecases/exchange/get-msix-deadlines';
import { getMsixValidation } from '../src/usecases/exchange/get-msix-validation';
import { numberArgument, serverUrlOrExit, timed } from './bench-tools';
import { serverDatabase } from './server-database';

const CHILDREN = numberArgument('children', 100_000);
const databaseIndex = process.argv.indexOf('--database');
const databaseName = databaseIndex > 0 ? process.argv[databaseIndex + 1]! : 'ciclo_bench_msix';
const database = serverDatabase(serverUrlOrExit(), databaseName);
const keep = process.argv.includes('--keep');
const reuse = process.argv.includes('--reuse');

function periodOf(day: Date): string {
  const year = day.getUTCMonth() >= 8 ? day.getUTCFullYear() : day.getUTCFullYear() - 1;
  return `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
}

async function main() {
  if (!reuse) await database.create();
  const handle = await openDatabase({ url: database.url });
  try {
    await migrateToLatest(handle.db);
    const ctx: UseCaseContext = { db: handle.db, actor: CLI_ACTOR };
    console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
    if (!reuse) {
      const [, loadSeconds] = await timed(() => loadDemoDataset(handle.db, { children: CHILDREN, seed: 1 }));
      console.log(`${CHILDREN.toLocaleString('en-US')} demo children loaded in ${loadSeconds.toFixed(1)} s`);
    }

    const [report, validation] = await timed(() => getMsixValidation(ctx, { limit: 50 }));
    console.log(
      `validation report, statewide: ${validation.toFixed(2)} s (${report.children} children, ${report.valid} ready, ${report.withProblems} with problems)`,
    );
    const [first, firstExport] = await timed(() => createMsixExport(ctx));
    console.log(`first export: ${firstExport.toFixed(2)} s (${JSON.stringify(first.counts)})`);
    const [second, secondExport] = await timed(() => createMsixExport(ctx));
    console.log(
      `second export, nothing changed: ${secondExport.toFixed(2)} s (${JSON.stringify(second.counts)})`,
    );
    const [, deadlines] = await timed(() => getMsixDeadlines(ctx, { status: 'overdue', limit: 50 }));
    console.log(`deadlines, statewide, overdue first page: ${deadlines.toFixed(2)} s`);
    const period = periodOf(new Date());
    const [, preview] = await timed(() => getMsixChildCountPreview(ctx, { period, limit: 50 }));
    console.log(`Category 1/2 preview ${period}, statewide: ${preview.toFixed(2)} s`);
  } finally {
    await handle.close();
    if (!keep) await database.drop();
  }
}

await main();
