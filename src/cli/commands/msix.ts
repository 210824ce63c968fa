import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { CLI_ACTOR } from '../../usecases/context';
import { createMsixExport } from '../../usecases/exchange/create-msix-export';
import { getMsixValidation } from '../../usecases/exchange/get-msix-validation';
import { msixExportFile } from '../../usecases/exchange/list-msix-exports';
import { withDatabase } from '../cli-database';
import { ALL, regionIdOfOption } from '../cli-options';
import { registerMsixChildCountCommand } from './msix-child-count';
import { registerMsixRecordCommands } from './msix-consolidated-records';
import { registerMsixDeadlinesCommand } from './msix-deadlines';
import { registerMsixMoveNoticeCommands } from './msix-move-notices';

/** `ciclo msix validate` and `ciclo msix export`: the MSIX exchange (issue 21, docs/rules/msix.md X7). */
export function registerMsixCommands(program: Command): void {
  const msix = program
    .command('msix')
    .description('The exchange with MSIX, the Migrant Student Information Exchange');

  msix
    .command('validate')
    .description(
      'Check every child’s Minimum Data Elements (the state’s, or one region’s) and print the problems; exit code 1 when there are any',
    )
    .option('--region <number>', 'only this region’s children')
    .action(async (opts: { region?: string }) => {
      await withDatabase(async ({ db }) => {
        const regionId = await regionIdOfOption(db, opts.region);
        const report = await getMsixValidation({ db, actor: CLI_ACTOR }, { regionId, limit: ALL });
        const scope = report.region ? `region ${report.region.number} ${report.region.name}` : 'the state';
        console.log(
          `MSIX validation of ${scope}: ${report.children} children, ${report.valid} ready to send, ${report.withProblems} with problems`,
        );
        for (const total of report.totals)
          console.log(
            `  ${total.element} ${total.elementName}: ${total.problems} problem(s), ${total.children} child(ren)`,
          );
        for (const row of report.rows) {
          console.log(`${row.studentNumber} ${row.name} (${row.childId})`);
          for (const problem of row.problems)
            console.log(`  ${problem.field}: ${problem.message} [${problem.rule}]`);
        }
        if (report.withProblems > 0) process.exitCode = 1;
      });
    });

  registerMsixDeadlinesCommand(msix);
  registerMsixRecordCommands(msix);
  registerMsixMoveNoticeCommands(msix);
  registerMsixChildCountCommand(msix);

  msix
    .command('export')
    .description(
      'Export the changes since the last export (inserts, updates, deletes) to a CSV file, as the state administrator; records with problems are held back',
    )
    .requiredOption('--out <file>', 'where to write the CSV file')
    .action(async (opts: { out: string }) => {
      await withDatabase(async ({ db }) => {
        const ctx = { db, actor: CLI_ACTOR };
        const made = await createMsixExport(ctx);
        const file = await msixExportFile(ctx, made.id);
        await writeFile(opts.out, file.body);
        const { inserted, updated, deleted, heldBack } = made.counts;
        console.log(
          `MSIX export ${made.id}: ${inserted} inserted, ${updated} updated, ${deleted} deleted, ${heldBack} held back; written to ${opts.out}`,
        );
        for (const child of made.heldBack)
          console.log(`  held back: ${child.studentNumber} ${child.name}: ${child.problems} problem(s)`);
      });
    });
}
