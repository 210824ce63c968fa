import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { todayInState } from '../../usecases/clock';
import { CLI_ACTOR } from '../../usecases/context';
import {
  createMoveNoticeOutcomes,
  moveNoticeOutcomesFile,
} from '../../usecases/exchange/create-move-notice-outcomes';
import { importMoveNotices } from '../../usecases/exchange/import-move-notices';
import { withDatabase } from '../cli-database';
import { regionIdOfOption } from '../cli-options';

/**
 * `ciclo msix import-move-notices FILE [--region N]` and `ciclo msix move-notice-outcomes --out
 * FILE`: MSIX move notices as recruiter tasks and the answers sent back (docs/rules/msix.md X10).
 */
export function registerMsixMoveNoticeCommands(msix: Command): void {
  msix
    .command('import-move-notices <file>')
    .description(
      'Import MSIX move notices (Ciclo’s CSV layout) as tasks of the receiving region’s contact queue; without --region each notice goes to the region of its destination. Notices imported before are skipped; bad rows are named',
    )
    .option('--region <number>', 'the receiving region')
    .action(async (file: string, opts: { region?: string }) => {
      await withDatabase(async ({ db }) => {
        const summary = await importMoveNotices(
          { db, actor: CLI_ACTOR },
          {
            fileName: basename(file),
            content: await readFile(file),
            regionId: await regionIdOfOption(db, opts.region),
          },
          todayInState(),
          (done, total) => {
            process.stderr.write(
              `Imported ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} notices\n`,
            );
          },
        );
        console.log(
          `${summary.notices} notice(s) in ${summary.rows} row(s): ${summary.imported} imported, ${summary.duplicates} imported before, ${summary.skippedCount} row(s) with problems`,
        );
        for (const row of summary.skipped)
          console.log(`  line ${row.line}${row.column ? `, ${row.column}` : ''}: ${row.message}`);
        if (summary.skippedCount > 0) process.exitCode = 1;
      });
    });

  msix
    .command('move-notice-outcomes')
    .description(
      'Write the answers to move notices recorded and not yet sent (the state’s, or one region’s) to a CSV file, and mark them sent',
    )
    .requiredOption('--out <file>', 'where to write the CSV file')
    .option('--region <number>', 'only this region’s answers')
    .action(async (opts: { out: string; region?: string }) => {
      await withDatabase(async ({ db }) => {
        const ctx = { db, actor: CLI_ACTOR };
        const made = await createMoveNoticeOutcomes(ctx, {
          regionId: await regionIdOfOption(db, opts.region),
        });
        const file = await moveNoticeOutcomesFile(ctx, made.id);
        await writeFile(opts.out, file.body);
        console.log(`${made.answers} answer(s) in ${made.rows} row(s); written to ${opts.out}`);
      });
    });
}
