import type { Command } from 'commander';
import type { MsixCountElement, MsixCountReason } from '../../core/exchange/msix-child-count';
import { CLI_ACTOR } from '../../usecases/context';
import { getMsixChildCountPreview } from '../../usecases/exchange/get-msix-child-count-preview';
import { withDatabase } from '../cli-database';
import { ALL, regionIdOfOption } from '../cli-options';

/** docs/rules/msix.md X9.6, in a sentence each. */
const REASONS: Record<MsixCountReason, string> = {
  not_exported: 'never exported; the record is ready and the next export sends it',
  held_back: 'held back by the validation problems of its record',
  ended_early_not_sent:
    'Ciclo ended the eligibility early after the record was sent; the next export sends it',
  changed_since_export: 'Ciclo’s data changed since the record was sent; the next export sends the update',
  no_child_record: 'a student of the imported records with no child record, so nothing is sent',
  no_longer_in_ciclo: 'sent, but no longer in Ciclo’s records; the next export deletes it',
  no_residency: 'the record has no enrollment showing the child in the state on a countable day',
  no_summer_project: 'the record has no summer or intersession project in the period',
  summer_days_differ: 'the project’s dates and the days attended while eligible differ',
  eligibility_differs: 'Ciclo’s eligibility and the qualifying moves sent differ',
};

const ELEMENTS: Record<MsixCountElement, string> = {
  birthDate: 'birth date',
  qualifyingArrivalDate: 'QAD',
  eligibilityExpirationDate: 'eligibility expiration',
  schoolEnrollments: 'school enrollments',
  summerProjects: 'summer projects',
};

/**
 * `ciclo msix child-count-preview --period P [--region N]`: Category 1 and 2 as MSIX will count
 * them from the records sent, beside Ciclo's, and each child counted by one side only with the
 * reason (docs/rules/msix.md X9); exit code 1 when the two differ.
 */
export function registerMsixChildCountCommand(msix: Command): void {
  msix
    .command('child-count-preview')
    .description(
      'Print a period’s Category 1 and 2 as MSIX will count them from the records sent, beside Ciclo’s own counts (the state’s, or one region’s children), and each child counted by one side only with the reason; exit code 1 when they differ',
    )
    .requiredOption('--period <period>', 'the performance period, e.g. 2025-26')
    .option('--region <number>', 'only this region’s children')
    .action(async (opts: { period: string; region?: string }) => {
      await withDatabase(async ({ db }) => {
        const regionId = await regionIdOfOption(db, opts.region);
        const reply = await getMsixChildCountPreview(
          { db, actor: CLI_ACTOR },
          { period: opts.period, regionId, limit: ALL },
        );
        const scope = reply.region ? `region ${reply.region.number} ${reply.region.name}` : 'the state';
        const sent = reply.lastExportAt ? `the export of ${reply.lastExportAt}` : 'no export yet';
        console.log(`MSIX child counts of ${scope}, ${reply.period}, from ${sent}:`);
        console.log(`  Category 1: Ciclo ${reply.ciclo.category1}, MSIX ${reply.msix.category1}`);
        console.log(`  Category 2: Ciclo ${reply.ciclo.category2}, MSIX ${reply.msix.category2}`);
        console.log(`  ${reply.differences} difference(s)`);
        for (const row of reply.rows) {
          const who = row.countedBy === 'ciclo' ? 'counted by Ciclo only' : 'counted by MSIX only';
          const problems = row.problems > 0 ? ` (${row.problems} problem(s))` : '';
          const elements =
            row.elements.length > 0 ? `; differs: ${row.elements.map((e) => ELEMENTS[e]).join(', ')}` : '';
          console.log(
            `${row.studentNumber} ${row.name ?? ''}: Category ${row.category} ${who}: ${REASONS[row.reason]}${problems}${elements}`,
          );
        }
        if (reply.differences > 0) process.exitCode = 1;
      });
    });
}
