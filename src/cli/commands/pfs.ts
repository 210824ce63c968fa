import type { Command } from 'commander';
import type { ServiceTerm } from '../../core/services/service-records';
import { CLI_ACTOR } from '../../usecases/context';
import { pfsCriterionText } from '../../usecases/pfs/pfs-criterion-text';
import { reportPfs, type PfsReport } from '../../usecases/pfs/report-pfs';
import { withDatabase } from '../cli-database';
import { textTable } from '../cli-output';

const count = (n: number) => n.toLocaleString('en-US');
const percent = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)}%`);

function reportText(report: PfsReport): string {
  if (report.kind === 'regions')
    return textTable(
      `Priority for Services ${report.period} ${report.term}: state`,
      ['Region', 'Eligible', 'PFS', 'Served', 'Served %'],
      report.regions.map((r) => [
        `${r.region} ${r.name}`,
        count(r.eligible),
        count(r.pfs),
        count(r.served),
        percent(r.servedPercent),
      ]),
    );
  const { list } = report;
  const title = `Priority for Services ${list.period} ${list.term}: region ${list.region.number}, on ${list.on}
${count(list.pfs)} PFS of ${count(list.eligible)} eligible; ${count(list.served)} served (${percent(list.servedPercent)})`;
  return textTable(
    title,
    ['Student', 'Name', 'Served', 'Criteria'],
    list.rows.map((row) => [
      row.studentId,
      row.child?.name ?? '',
      row.served ? 'Y' : 'N',
      row.criteria.map(pfsCriterionText).join('; '),
    ]),
    [0, 1, 2, 3],
  );
}

/** `ciclo report pfs`: a region's Priority for Services list, or every region's figures. */
export function registerPfsCommand(
  report: Command,
  regionOption: (region: string | undefined) => number | undefined,
  termOption: (term: string | undefined) => ServiceTerm | undefined,
): void {
  report
    .command('pfs')
    .description(
      'Priority for Services of a performance period and term: one region’s children with their criteria, or every region’s figures',
    )
    .requiredOption('--period <period>', 'performance period, e.g. 2024-25')
    .option('--region <number>', 'this region’s list of PFS children')
    .option('--term <term>', 'RSY (default), SUMMER or INTERSESSION')
    .option('--json', 'print the report as JSON')
    .action(async (opts: { period: string; region?: string; term?: string; json?: boolean }) => {
      const regionNumber = regionOption(opts.region);
      const term = termOption(opts.term) ?? 'RSY';
      await withDatabase(async ({ db }) => {
        const result = await reportPfs({ db, actor: CLI_ACTOR }, { period: opts.period, term, regionNumber });
        const json = result.kind === 'region' ? result.list : result;
        process.stdout.write(opts.json ? `${JSON.stringify(json, null, 2)}\n` : `${reportText(result)}\n`);
      });
    });
}
