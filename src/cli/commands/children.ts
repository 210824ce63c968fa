import type { Command } from 'commander';
import { DomainError } from '../../core/common/domain-error';
import { CHILD_REFERENCES } from '../../data/repositories/child-identities.repository';
import { changeChildMatchThreshold, childMatchSettings } from '../../usecases/children/child-match-settings';
import type { ChildOperationRecord } from '../../usecases/children/child-operation-record';
import { listChildMatchProposals } from '../../usecases/children/list-child-match-proposals';
import { mergeChildren } from '../../usecases/children/merge-children';
import { loadChildrenToReconcile } from '../../usecases/children/reconciliation-common';
import { splitChild } from '../../usecases/children/split-child';
import { undoChildOperation } from '../../usecases/children/undo-child-operation';
import { todayInState } from '../../usecases/clock';
import { CLI_ACTOR } from '../../usecases/context';
import { withDatabase } from '../cli-database';
import { ALL, regionIdOfOption } from '../cli-options';

function printOperation(operation: ChildOperationRecord): void {
  const name = (c: ChildOperationRecord['keptChild']) => `${c.studentNumber} ${c.firstName} ${c.lastSurname}`;
  console.log(
    operation.kind === 'merge'
      ? `Merged ${name(operation.otherChild)} into ${name(operation.keptChild)} (operation ${operation.id})`
      : `Split records of ${name(operation.keptChild)} to ${name(operation.otherChild)} (operation ${operation.id})`,
  );
  for (const moved of operation.moved) console.log(`  ${moved.table}: ${moved.count} row(s)`);
  for (const [identifier, value] of Object.entries(operation.identifiers))
    console.log(`  ${identifier}: ${value}`);
}

/** `table:key` with the key's columns joined by `/` (assessment_results:ELA/2024-25). */
function parseRecord(text: string): { table: string; key: Record<string, string> } {
  const at = text.indexOf(':');
  const table = text.slice(0, at);
  const reference = CHILD_REFERENCES.find((r) => r.table === table);
  const values = text.slice(at + 1).split('/');
  if (at < 0 || !reference || values.length !== reference.key.length)
    throw DomainError.invalidField('--record', `${text} is not TABLE:KEY of a child's record`);
  return { table, key: Object.fromEntries(reference.key.map((k, i) => [k, values[i]!])) };
}

/**
 * `ciclo children matches|merge|split|undo|match-threshold`: one child across identifiers
 * (docs/rules/identification-and-recruitment.md IR5), as the system actor.
 */
export function registerChildrenCommands(program: Command): void {
  const children = program.command('children').description('Children: one child across identifiers (IR5)');

  children
    .command('matches')
    .description('List the pairs of children likely to be one child, certain ones first')
    .option('--region <number>', 'only pairs with a child of this region')
    .action(async (opts: { region?: string }) => {
      await withDatabase(async ({ db }) => {
        const regionId = await regionIdOfOption(db, opts.region);
        const queue = await listChildMatchProposals(
          { db, actor: CLI_ACTOR },
          { regionId, limit: ALL, offset: 0 },
        );
        console.log(`${queue.total} pair(s) (likely matches from a score of ${queue.threshold})`);
        for (const p of queue.items) {
          const side = (c: typeof p.first) =>
            `${c.id} ${c.studentNumber} ${c.firstName} ${c.lastSurname} ${c.birthDate} region ${c.regionNumber}`;
          console.log(`${p.certain ? 'certain' : `score ${p.score}`}: ${p.reasons.join(', ')}`);
          console.log(`  ${side(p.first)}`);
          console.log(`  ${side(p.second)}`);
          if (p.conflicts.length > 0) console.log(`  different: ${p.conflicts.join(', ')}`);
        }
      });
    });

  children
    .command('merge')
    .description('Merge MERGED into KEPT: every record of MERGED moves to KEPT, which is kept')
    .argument('<kept>', 'the id of the child kept')
    .argument('<merged>', 'the id of the child merged and retired')
    .option('--reason <text>', 'why they are one child although their identifiers differ')
    .action(async (kept: string, merged: string, opts: { reason?: string }) => {
      await withDatabase(async ({ db }) => {
        const ctx = { db, actor: CLI_ACTOR };
        const [a, b] = await loadChildrenToReconcile(ctx, db, [kept, merged]);
        printOperation(
          await mergeChildren(ctx, {
            keptChildId: kept,
            keptVersion: a!.version,
            mergedChildId: merged,
            mergedVersion: b!.version,
            overrideReason: opts.reason ?? null,
          }),
        );
      });
    });

  children
    .command('split')
    .description('Move records of CHILD to a new child (or to --into another child)')
    .argument('<child>', 'the id of the child whose records are split')
    .requiredOption(
      '--record <table:key>',
      'a record to move, e.g. enrollments:<id> or assessment_results:ELA/2024-25 (repeat)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--into <child>', 'an existing child to take the records')
    .option('--first-name <name>', 'the new child’s first name')
    .action(async (child: string, opts: { record: string[]; into?: string; firstName?: string }) => {
      await withDatabase(async ({ db }) => {
        const ctx = { db, actor: CLI_ACTOR };
        const [source, into] = await loadChildrenToReconcile(
          ctx,
          db,
          opts.into ? [child, opts.into] : [child],
        );
        const target = into ? { childId: into.id, version: into.version } : undefined;
        printOperation(
          await splitChild(
            ctx,
            {
              childId: child,
              version: source!.version,
              rows: opts.record.map(parseRecord),
              target,
              newChild: opts.firstName ? { firstName: opts.firstName } : undefined,
            },
            todayInState(),
          ),
        );
      });
    });

  children
    .command('undo')
    .description('Undo a merge or a split: exactly the records it moved go back')
    .argument('<operation>', 'the id of the merge or split')
    .action(async (operation: string) => {
      await withDatabase(async ({ db }) => {
        const undone = await undoChildOperation({ db, actor: CLI_ACTOR }, operation);
        console.log(`Undone: ${undone.kind} ${undone.id}`);
      });
    });

  children
    .command('match-threshold')
    .description('Set the score from which likely matches are proposed (1–100)')
    .argument('<score>', 'the score')
    .action(async (score: string) => {
      await withDatabase(async ({ db }) => {
        const ctx = { db, actor: CLI_ACTOR };
        const { version } = await childMatchSettings(db);
        const saved = await changeChildMatchThreshold(ctx, Number(score), version);
        console.log(`Likely matches are proposed from a score of ${saved.threshold}`);
      });
    });
}
