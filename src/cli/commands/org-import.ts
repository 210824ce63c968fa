import { decodeUtf8OrWindows1252 } from '../../core/common/decode-text';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { commandGroup } from '../command-group';
import type { ChangeCounts } from '../../core/organizations/directory-update';
import type { RegionDefinition } from '../../core/organizations/state-regions';
import { CLI_ACTOR } from '../../usecases/context';
import {
  importSchoolDirectory,
  parseRegionsFile,
  type SchoolDirectorySummary,
} from '../../usecases/organizations/import-school-directory';
import { withDatabase } from '../cli-database';
import { readInputFile } from '../input-files';

const counted = (counts: ChangeCounts) =>
  `${counts.added} added, ${counts.updated} updated, ${counts.closed} closed, ${counts.unchanged} unchanged` +
  (counts.notInFile > 0 ? `, ${counts.notInFile} not in the file (kept)` : '');

/** The summary of a load as the command prints it. */
export function summaryLines(summary: SchoolDirectorySummary): string[] {
  const r = summary.regions;
  const lines = [
    `Loaded ${summary.fileName}: ${summary.counties} counties.`,
    `Regions:   ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged`,
    `Districts: ${counted(summary.districts)}`,
    `Schools:   ${counted(summary.schools)}`,
  ];
  if (summary.withoutRegion.length > 0) {
    lines.push(`Left out, in no region's counties or districts (with their schools):`);
    for (const d of summary.withoutRegion) lines.push(`  ${d.cdsCode} ${d.name} (${d.county})`);
  }
  return lines;
}

/** `ciclo org import FILE [--regions FILE.json]`: load the state's school directory and regions. */
export function registerOrgImportCommand(program: Command): void {
  const org = commandGroup(program, 'org', "The state's regions, districts and schools");
  org
    .command('import')
    .description(
      "Load districts and schools from the CDE's public schools export (pubschls.txt, tab-delimited) and the " +
        "state's regions (California's on an empty database): all or nothing, nothing deleted; prints what changed",
    )
    .argument('<file>', 'the public schools file')
    .option('--regions <file.json>', 'the regions: [{number, name, kind, counties, districtCodes}]')
    .action(async (file: string, opts: { regions?: string }) => {
      const text = decodeUtf8OrWindows1252(readInputFile(file, 'file'));
      const regions: RegionDefinition[] | undefined = opts.regions
        ? parseRegionsFile(
            readInputFile(opts.regions, '--regions').toString('utf8'),
            basename(opts.regions),
            '--regions',
          )
        : undefined;
      await withDatabase(async ({ db }) => {
        const summary = await importSchoolDirectory(
          { db, actor: CLI_ACTOR },
          { fileName: basename(file), text, regions },
        );
        console.log(summaryLines(summary).join('\n'));
      });
    });
}
