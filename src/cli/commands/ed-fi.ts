import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DomainError } from '../../core/common/domain-error';
import { edFiJson } from '../../core/exchange/ed-fi/ed-fi-parse';
import { exportEdFi } from '../../usecases/ed-fi/export-ed-fi';
import { CLI_ACTOR } from '../../usecases/context';
import { withDatabase } from '../cli-database';
import { commandGroup } from '../command-group';

interface EdFiExportOptions {
  period: string;
  region?: string;
  out: string;
}

/** `ciclo ed-fi export`: the children of the state or one region as Ed-Fi resources (docs/rules/ed-fi.md). */
export function registerEdFiCommands(program: Command): void {
  commandGroup(program, 'ed-fi', 'Ed-Fi: the children as the Ed-Fi API’s resources')
    .command('export')
    .description(
      'Write the children eligible during a performance period, with their migrant education program associations (QAD, last qualifying move, PFS, services), as one Ed-Fi JSON file',
    )
    .requiredOption('--period <period>', 'performance period, e.g. 2024-25')
    .option('--region <number>', 'only this region (default: the state)')
    .requiredOption('--out <file>', 'the JSON file to write')
    .action(async (opts: EdFiExportOptions) => {
      if (opts.region !== undefined && !/^\d+$/.test(opts.region))
        throw DomainError.invalidField('--region', `"${opts.region}" is not a region number`);
      const regionNumber = opts.region === undefined ? undefined : Number(opts.region);
      await withDatabase(async ({ db }) => {
        const exported = await exportEdFi({ db, actor: CLI_ACTOR }, { period: opts.period, regionNumber });
        writeFileSync(opts.out, edFiJson(exported.document));
        const { students, studentMigrantEducationProgramAssociations } = exported.document;
        console.log(
          `Ed-Fi ${exported.period}, ${exported.scope}: ${students.length} students, ${studentMigrantEducationProgramAssociations.length} migrant education program associations (PFS on ${exported.pfsDay}) written to ${opts.out}`,
        );
      });
    });
}
