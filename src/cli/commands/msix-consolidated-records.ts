import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { findChildIdByStudentNumber } from '../../data/repositories/msix-consolidated-records.repository';
import { CLI_ACTOR } from '../../usecases/context';
import { attachConsolidatedRecord } from '../../usecases/exchange/attach-consolidated-record';
import { importConsolidatedRecords } from '../../usecases/exchange/import-consolidated-records';
import { withDatabase } from '../cli-database';

/**
 * `ciclo msix attach-record FILE --child N [--msix-id ID]` and `ciclo msix import-records FILE
 * [--confirm]`: consolidated records of children from other states (docs/rules/msix.md X11).
 */
export function registerMsixRecordCommands(msix: Command): void {
  msix
    .command('attach-record')
    .description(
      'Attach a consolidated record from other states (a JSON file, docs/rules/msix.md X11.1) to the child with this student number',
    )
    .argument('<file>', 'the file of consolidated records')
    .requiredOption('--child <student-number>', 'the child’s student number')
    .option('--msix-id <id>', 'which record of a file of several')
    .action(async (file: string, opts: { child: string; msixId?: string }) => {
      const content = await readFile(file);
      await withDatabase(async ({ db }) => {
        const ctx = { db, actor: CLI_ACTOR };
        const childId = await findChildIdByStudentNumber(db, accessScopeOf(CLI_ACTOR), opts.child);
        if (!childId) throw DomainError.invalidField('--child', `there is no child ${opts.child}`);
        const attached = await attachConsolidatedRecord(ctx, childId, {
          fileName: path.basename(file),
          content,
          msixId: opts.msixId,
        });
        console.log(
          `Attached the record of MSIX ID ${attached.msixId} (${attached.sendingStates.join(', ')}) to ${opts.child}, received ${attached.receivedOn}`,
        );
      });
    });

  msix
    .command('import-records')
    .description(
      'Print, for each consolidated record of a file, the children it likely belongs to; with --confirm, attach the records that have a single sure match',
    )
    .argument('<file>', 'the file of consolidated records')
    .option('--confirm', 'attach each record with a single sure match')
    .action(async (file: string, opts: { confirm?: boolean }) => {
      const content = await readFile(file);
      await withDatabase(async ({ db }) => {
        const { records } = await importConsolidatedRecords(
          { db, actor: CLI_ACTOR },
          { fileName: path.basename(file), content },
          { attachSure: opts.confirm === true },
        );
        for (const record of records) {
          const sure = record.matches.find((m) => m.childId === record.sureChildId);
          const outcome = record.attachedRecordId
            ? `attached to ${sure!.studentNumber}`
            : sure
              ? `sure match ${sure.studentNumber}`
              : record.matches.length > 0
                ? 'to confirm'
                : 'no likely child';
          console.log(
            `${record.msixId} ${record.name} ${record.birthDate} (${record.sendingStates.join(', ')}): ${outcome}`,
          );
          for (const match of record.matches)
            console.log(
              `  ${match.studentNumber} ${match.name} ${match.birthDate} region ${match.regionNumber}: ${match.score} (${match.reasons.join(', ')})`,
            );
        }
      });
    });
}
