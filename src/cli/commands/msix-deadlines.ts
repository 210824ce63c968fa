import type { Command } from 'commander';
import { CLI_ACTOR } from '../../usecases/context';
import { getMsixDeadlines } from '../../usecases/exchange/get-msix-deadlines';
import { withDatabase } from '../cli-database';
import { ALL, regionIdOfOption } from '../cli-options';

/**
 * `ciclo msix deadlines [--region N] [--overdue]`: the MSIX deadlines per child, overdue first
 * (docs/rules/msix.md X8); exit code 1 when any is overdue.
 */
export function registerMsixDeadlinesCommand(msix: Command): void {
  msix
    .command('deadlines')
    .description(
      'Print the MSIX deadlines of each child’s enrollments, withdrawals and approved COEs (the state’s, or one region’s), overdue first; exit code 1 when any is overdue',
    )
    .option('--region <number>', 'only this region’s children')
    .option('--overdue', 'only the overdue deadlines')
    .action(async (opts: { region?: string; overdue?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const regionId = await regionIdOfOption(db, opts.region);
        const reply = await getMsixDeadlines(
          { db, actor: CLI_ACTOR },
          { regionId, status: opts.overdue ? 'overdue' : undefined, limit: ALL },
        );
        const scope = reply.region ? `region ${reply.region.number} ${reply.region.name}` : 'the state';
        const { overdue, dueSoon, pending, late, met } = reply.summary;
        console.log(
          `MSIX deadlines of ${scope} on ${reply.today}: ${overdue} overdue, ${dueSoon} due within 5 working days, ${pending} pending, ${late} late, ${met} met`,
        );
        for (const row of reply.rows) {
          const past = row.status === 'overdue' ? ` (${row.daysOverdue} day(s) overdue)` : '';
          const sent = row.submittedOn ? `, sent ${row.submittedOn}` : '';
          console.log(
            `${row.status}${past}: ${row.studentNumber} ${row.name}: ${row.kind} ${row.eventDate}${row.about ? ` ${row.about}` : ''}, due ${row.dueDate}${sent}`,
          );
        }
        if (overdue > 0) process.exitCode = 1;
      });
    });
}
