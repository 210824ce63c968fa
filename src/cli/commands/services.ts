import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { commandGroup } from '../command-group';
import { contractJson } from '../../core/common/contract-json';
import { DomainError } from '../../core/common/domain-error';
import { SERVICE_TERMS, type MpoReport, type ServiceTerm } from '../../core/services/service-records';
import { CLI_ACTOR } from '../../usecases/context';
import { SERVICES_FOLDER_FILES } from '../../core/services/read-services-folder';
import {
  importServicesFolder,
  type ServicesImportSummary,
} from '../../usecases/services/import-services-folder';
import { reportMpoOutcomes } from '../../usecases/services/report-mpo-outcomes';
import { withDatabase } from '../cli-database';
import { textTable } from '../cli-output';
import { registerChildCountCommand } from './child-count';
import { registerPfsCommand } from './pfs';

const IMPORT_HELP = `
The folder holds ${SERVICES_FOLDER_FILES.join(', ')} (contract services/FORMAT.md).
All or nothing: a broken folder changes nothing and exits with status 2, naming the file,
line and column. Loading the same folder twice changes nothing.
  plan.json        becomes the adopted plan ("Imported plan (<folder>)"; the version adopted
                   before is superseded), unless the adopted plan has exactly these MPOs
  children.csv     replaces the eligibility spans of the students it names; optional columns
                   grade, english_learner and disability (Y/N) feed the child counts' breakdowns
  assessments.csv  state assessment results, upserted (source: imported)
  services.csv     services upserted by service_id, under the adopted plan; a region number
                   the database lacks is created when it is one of the state's regions
  enrollments.csv, attendance.csv, tests.csv
                   for each service of the folder, its enrollments with their attendance and
                   tests become exactly the folder's (other services are not touched)`;

const count = (n: number) => n.toLocaleString('en-US');

function importSummary(summary: ServicesImportSummary): string {
  const changed = Object.values(summary.changes).reduce((a, b) => a + b, 0);
  return [
    `Read ${count(summary.services)} services, ${count(summary.enrollments)} enrollments, ${count(summary.attendance)} attendance rows, ${count(summary.tests)} tests, ${count(summary.students)} students and ${count(summary.assessments)} assessment results.`,
    summary.planAdopted
      ? 'plan.json adopted as the plan in force.'
      : 'The plan in force already has these MPOs.',
    ...(summary.regionsCreated.length > 0 ? [`Regions created: ${summary.regionsCreated.join(', ')}.`] : []),
    changed === 0
      ? 'Nothing changed: the database already held this folder.'
      : `Rows written or removed: ${Object.entries(summary.changes)
          .map(([table, n]) => `${table} ${count(n)}`)
          .join(', ')}.`,
  ].join('\n');
}

function mpoTable(report: MpoReport): string {
  const header = ['MPO', 'served', 'in population', 'dosage met', 'tested', 'grew', '%', 'target', 'status'];
  const rows = report.mpos.map((m) => [
    m.mpo,
    count(m.served),
    count(m.inPopulation),
    count(m.dosageMet),
    count(m.tested),
    count(m.grew),
    m.pct === null ? '—' : m.pct.toFixed(1),
    String(m.target),
    m.status,
  ]);
  return textTable(`MPO outcomes ${report.period}: ${report.scope}`, header, rows, [0, 8]);
}

function regionOption(region: string | undefined): number | undefined {
  if (region === undefined) return undefined;
  if (!/^\d+$/.test(region)) throw DomainError.invalidField('--region', `"${region}" is not a region number`);
  return Number(region);
}

function termOption(term: string | undefined): ServiceTerm | undefined {
  if (term === undefined) return undefined;
  const upper = term.toUpperCase();
  if (!SERVICE_TERMS.includes(upper as ServiceTerm))
    throw DomainError.invalidField('--term', `"${term}" is not one of ${SERVICE_TERMS.join(', ')}`);
  return upper as ServiceTerm;
}

function readFolder(dir: string): Map<string, string> {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw DomainError.invalidField('dir', `${dir} is not a folder`);
  const files = new Map<string, string>();
  for (const name of SERVICES_FOLDER_FILES) {
    const file = path.join(dir, name);
    if (existsSync(file)) files.set(name, readFileSync(file, 'utf8'));
  }
  return files;
}

/** `ciclo import services DIR`, `ciclo report mpo`, `ciclo report child-count` and `ciclo report pfs`. */
export function registerServicesCommands(program: Command): void {
  commandGroup(program, 'import', 'Import files into Ciclo')
    .command('services')
    .argument('<dir>', 'a services folder (contract services/FORMAT.md)')
    .description(
      'Import service records and the plan’s MPOs from a folder: all or nothing; loading it twice changes nothing',
    )
    .addHelpText('after', IMPORT_HELP)
    .action(async (dir: string) => {
      const files = readFolder(dir);
      await withDatabase(async ({ db }) => {
        const summary = await importServicesFolder(
          { db, actor: CLI_ACTOR },
          path.basename(path.resolve(dir)),
          files,
        );
        console.log(importSummary(summary));
      });
    });
  const report = commandGroup(program, 'report', 'Reports');
  report
    .command('mpo')
    .description(
      'The MPO outcomes of a performance period (served, in population, dosage met, tested, grew), for the state or one region',
    )
    .requiredOption('--period <period>', 'performance period, e.g. 2024-25')
    .option('--region <number>', 'only this region')
    .option('--term <term>', `only services of this term (${SERVICE_TERMS.join(', ')})`)
    .option('--json', 'print the JSON of the contract')
    .action(async (opts: { period: string; region?: string; term?: string; json?: boolean }) => {
      const regionNumber = regionOption(opts.region);
      const term = termOption(opts.term);
      await withDatabase(async ({ db }) => {
        const result = await reportMpoOutcomes(
          { db, actor: CLI_ACTOR },
          { period: opts.period, regionNumber, term },
        );
        process.stdout.write(
          opts.json ? contractJson(result, (key) => key === 'pct') : `${mpoTable(result)}\n`,
        );
      });
    });
  registerChildCountCommand(report, regionOption);
  registerPfsCommand(report, regionOption, termOption);
}
