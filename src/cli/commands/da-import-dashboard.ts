import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { commandGroup } from '../command-group';
import type { DaImportSummary } from '../../core/accountability';
import { DomainError } from '../../core/common/domain-error';
import { CLI_ACTOR } from '../../usecases/context';
import { runDetermination } from '../../usecases/da/run-determination';
import { uploadDashboardFiles } from '../../usecases/da/upload-dashboard-files';
import { withDatabase } from '../cli-database';

/**
 * `ciclo da import-dashboard FILES… [--year Y] [--run]`: the CDE's Dashboard downloadable
 * files as published (.txt, or a .zip of them; local_indicators.csv and lea_status.csv beside
 * them) — or the contract's files — kept as an upload, as the web page does, and the import
 * report printed. Bad input exits with status 2, naming file, line and column; nothing is kept.
 */
export function registerDaImportDashboardCommand(program: Command): void {
  const da = commandGroup(program, 'da', 'Differentiated assistance (DA) for LEAs from Dashboard results');
  da.command('import-dashboard')
    .description(
      "Import the California School Dashboard's downloadable data files (one per indicator and year) and print what was read",
    )
    .argument(
      '<files...>',
      'the CDE files as downloaded (.txt or .zip), with local_indicators.csv, lea_status.csv',
    )
    .option('--year <year>', 'the determination (Dashboard) year; default the latest year read')
    .option('--run', "also run the year's determination and print each LEA's decision")
    .action(async (files: string[], opts: { year?: string; run?: boolean }) => {
      if (opts.year !== undefined && !/^\d{4}$/.test(opts.year))
        throw DomainError.invalidField('--year', `"${opts.year}" is not a year`);
      const year = opts.year === undefined ? undefined : Number(opts.year);
      const uploaded: Record<string, Uint8Array> = {};
      for (const file of files) {
        if (!existsSync(file) || !statSync(file).isFile())
          throw DomainError.invalidField('files', `${file} is not a file`);
        const name = path.basename(file);
        if (uploaded[name]) throw DomainError.invalidField('files', `${name} is given twice`);
        uploaded[name] = new Uint8Array(readFileSync(file));
      }
      await withDatabase(async ({ db }) => {
        const ctx = { db, actor: CLI_ACTOR };
        const view = await uploadDashboardFiles(ctx, { files: uploaded, year });
        console.log(`Upload ${view.id} (Dashboard ${view.year}, ${view.rules})`);
        console.log(importReport(view.summary));
        if (opts.run) {
          const run = await runDetermination(ctx, view.id, year);
          console.log(
            `Determination ${run.id}: ${run.eligibleCount} of ${run.leaCount} LEAs eligible for differentiated assistance in ${run.year}`,
          );
        }
      });
    });
}

/** The import report in lines: files read, LEAs, groups, rows left out and why. */
export function importReport(summary: DaImportSummary): string {
  const lines: string[] = [];
  const cde = summary.cde;
  if (cde) {
    for (const f of cde.files)
      lines.push(
        `${f.file}: ${f.indicator} ${f.year} (by ${f.recognizedBy === 'columns' ? 'its columns' : 'its columns and name'}, ${f.delimiter}-delimited) · ${f.rows} rows, ${f.leaRows} LEA rows, ${f.ignored} left out`,
      );
    lines.push(`Student groups: ${cde.groups.join(', ') || 'none'}`);
    const reasons = Object.entries(cde.ignoredByReason).filter(([, n]) => n > 0);
    if (reasons.length > 0)
      lines.push(
        `Left out of the CDE files: ${reasons.map(([reason, n]) => `${n} ${reason.replaceAll('_', ' ')}`).join(', ')}`,
      );
    for (const row of cde.ignored.slice(0, 20))
      lines.push(
        `  ${row.file}, line ${row.line}: ${row.reason.replaceAll('_', ' ')}${row.detail ? ` (${row.detail})` : ''}`,
      );
  }
  lines.push(
    `LEAs: ${summary.leas} (${summary.leasByType.district} districts, ${summary.leasByType.coe} county offices, ${summary.leasByType.charter} charters) · years ${summary.years.join(', ')}`,
  );
  const unused = Object.entries(summary.ignoredByReason).filter(([, n]) => n > 0);
  lines.push(
    `Rows the engine will not use: ${summary.ignoredCount}${unused.length > 0 ? ` (${unused.map(([reason, n]) => `${n} ${reason.replaceAll('_', ' ')}`).join(', ')})` : ''}`,
  );
  return lines.join('\n');
}
