import path from 'node:path';
import type { Command } from 'commander';
import { commandGroup } from '../command-group';
import { DomainError } from '../../core/common/domain-error';
import { REFERRAL_FIELDS, type ColumnMapping } from '../../core/recruitment/referral';
import { todayInState } from '../../usecases/clock';
import { CLI_ACTOR } from '../../usecases/context';
import { importReferrals } from '../../usecases/referrals/import-referrals';
import { districtIdOfCdsCode } from '../../usecases/referrals/referral-file';
import { withDatabase } from '../cli-database';
import { readInputFile, readJsonFile } from '../input-files';

function readMapping(file: string): ColumnMapping {
  const parsed = readJsonFile(file, '--mapping');
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw DomainError.invalidField('--mapping', 'must be a JSON object of field → column name');
  for (const [field, column] of Object.entries(parsed)) {
    if (!(REFERRAL_FIELDS as readonly string[]).includes(field))
      throw DomainError.invalidField(
        `--mapping ${field}`,
        `is not a referral field (${REFERRAL_FIELDS.join(', ')})`,
      );
    if (typeof column !== 'string')
      throw DomainError.invalidField(`--mapping ${field}`, 'must be a column name');
  }
  return parsed as ColumnMapping;
}

/** `ciclo import referrals FILE --district CDS [--mapping FILE.json]` */
export function registerImportReferralsCommand(program: Command): void {
  const importCommand = commandGroup(program, 'import', 'Import files into Ciclo');
  importCommand
    .command('referrals')
    .argument('<file>', "a district's new-enrollee or referral list (.csv or .xlsx)")
    .requiredOption('--district <cds>', "the district's CDS code (7 digits)")
    .option(
      '--mapping <file>',
      'JSON: referral field → column name, e.g. {"birthDate": "DOB"}; saved for the district. Without it, the saved mapping or a guess from the header',
    )
    .description(
      'Import a referral list: adds only referrals not already listed, ranked by the region’s rules; bad rows are skipped and named',
    )
    .action(async (file: string, opts: { district: string; mapping?: string }) => {
      const content = readInputFile(file, 'file');
      const mapping = opts.mapping ? readMapping(opts.mapping) : undefined;
      await withDatabase(async ({ db }) => {
        const districtId = await districtIdOfCdsCode({ db, actor: CLI_ACTOR }, opts.district);
        if (!districtId)
          throw DomainError.invalidField('--district', `no district with CDS code ${opts.district}`);
        const summary = await importReferrals(
          { db, actor: CLI_ACTOR },
          {
            districtId,
            fileName: path.basename(file),
            content,
            mapping,
          },
          todayInState(),
          (done, total) => {
            process.stderr.write(
              `Imported ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} referrals\n`,
            );
          },
        );
        console.log(
          `Read ${summary.rows.toLocaleString('en-US')} rows: ${summary.added.toLocaleString('en-US')} added, ${summary.alreadyListed.toLocaleString('en-US')} already listed, ${summary.priorMigrants.toLocaleString('en-US')} prior migrants recognized, ${summary.skippedCount.toLocaleString('en-US')} skipped.`,
        );
        for (const row of summary.skipped.slice(0, 20))
          console.log(
            `  skipped line ${row.line}${row.column ? `, column ${row.column}` : ''}: ${row.message}`,
          );
      });
    });
}
