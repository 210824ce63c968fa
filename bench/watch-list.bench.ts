/**
 * The eligibility watch lists on a loaded database: the first page, a page deep in the list,
 * for the state and for one region, both lists. Run on a database holding the demo dataset:
 * DATABASE_URL=postgres://… npx tsx bench/watch-list.bench.ts
 */
import { cpus } from 'node:os';
import { openDatabase } from '../src/data/db';
import { todayInState } from '../src/usecases/clock';
import { CLI_ACTOR } from '../src/usecases/context';
import { findEligibilityWatchList } from '../src/usecases/eligibility/find-eligibility-watch-list';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to a database holding the demo dataset.');
const handle = await openDatabase({ url });
const today = todayInState();
const region = await handle.db.selectFrom('regions').select('id').orderBy('number').executeTakeFirstOrThrow();
const regional = { ...CLI_ACTOR, role: 'region_director' as const, regionId: region.id };
const children = await handle.db
  .selectFrom('child_eligibilities')
  .select((eb) => eb.fn.countAll<string>().as('n'))
  .executeTakeFirstOrThrow();
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}; ${Number(children.n).toLocaleString('en-US')} eligibility records; today ${today}`,
);

for (const [scope, actor] of [
  ['state', CLI_ACTOR],
  ['region', regional],
] as const) {
  for (const kind of ['ending', 'residency-due'] as const) {
    for (const offset of [0, 5_000]) {
      const times: number[] = [];
      let total = 0;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        total = (
          await findEligibilityWatchList(
            { db: handle.db, actor },
            { kind, days: 90, today, limit: 50, offset },
          )
        ).total;
        times.push(performance.now() - start);
      }
      console.log(
        `${scope} ${kind} offset ${offset}: ${total.toLocaleString('en-US')} children; best of 3 ${Math.min(...times).toFixed(0)} ms`,
      );
    }
  }
}
await handle.close();
