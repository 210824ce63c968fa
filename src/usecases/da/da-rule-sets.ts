import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CALIFORNIA_DA_SETTINGS, californiaRuleSets, type RuleSet } from '../../core/accountability';
import { mergeRuleSets, parseRuleSets } from '../../core/accountability/rule-set-schema';
import { DomainError } from '../../core/common/domain-error';
import { hasPermission } from '../../core/people/roles';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import type { UseCaseContext } from '../context';

export const DA_SETTINGS = CALIFORNIA_DA_SETTINGS;

let california: readonly RuleSet[] | undefined;

/** California's rule sets (RULES.md §3), built once. */
function californiaDaRuleSets(): readonly RuleSet[] {
  california ??= californiaRuleSets(CALIFORNIA_DA_SETTINGS);
  return california;
}

/** The rule sets determinations use: California's, with the state's additions and overrides (same id replaces). */
export async function daRuleSetsOf(db: Db): Promise<RuleSet[]> {
  const rows = await db.selectFrom('da_rule_sets').select('definition').orderBy('id').execute();
  return mergeRuleSets(
    californiaDaRuleSets(),
    rows.map((row) => row.definition as RuleSet),
  );
}

export interface RuleSetListing {
  id: string;
  /** Where the set in force comes from. */
  source: 'california' | 'web' | 'startup-file';
  overridesCalifornia: boolean;
  updatedAt: string | null;
  definition: RuleSet;
}

export async function listDaRuleSets(ctx: UseCaseContext): Promise<RuleSetListing[]> {
  if (!hasPermission(ctx.actor.role, 'da.read'))
    throw new DomainError('forbidden', 'Your role cannot read differentiated-assistance rule sets.');
  const rows = await ctx.db
    .selectFrom('da_rule_sets')
    .select(['id', 'definition', 'source', 'updated_at'])
    .execute();
  const stored = new Map(rows.map((row) => [row.id, row]));
  const californiaIds = new Set(californiaDaRuleSets().map((set) => set.id));
  return (await daRuleSetsOf(ctx.db)).map((set) => {
    const row = stored.get(set.id);
    return {
      id: set.id,
      source: row?.source ?? 'california',
      overridesCalifornia: row !== undefined && californiaIds.has(set.id),
      updatedAt: row ? new Date(row.updated_at).toISOString() : null,
      definition: set,
    };
  });
}

/** Validate `json` (one rule set or an array) against the rule-set schema, naming each problem's field. */
function parseOrRefuse(json: unknown, origin: string): RuleSet[] {
  try {
    return parseRuleSets(json);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new DomainError(
      'invalid_input',
      `${origin}: ${error.message}`,
      error.problems.map((p) => ({ field: `${origin}: ${p.field}`, message: p.message })),
    );
  }
}

async function storeRuleSets(
  db: Db,
  sets: readonly RuleSet[],
  source: 'web' | 'startup-file',
  userId: string | null,
): Promise<void> {
  for (const set of sets) {
    const definition = JSON.stringify(set);
    await db
      .insertInto('da_rule_sets')
      .values({ id: set.id, definition, source, updated_by: userId })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({ definition, source, updated_by: userId, updated_at: new Date() }),
      )
      .execute();
  }
}

/** A state administrator adds or overrides rule sets without a code change; audited. */
export async function saveDaRuleSets(ctx: UseCaseContext, json: unknown): Promise<RuleSetListing[]> {
  if (!hasPermission(ctx.actor.role, 'da.manage'))
    throw new DomainError('forbidden', 'Only a state administrator changes rule sets.');
  const sets = parseOrRefuse(json, 'definition');
  await ctx.db.transaction().execute(async (trx) => {
    await storeRuleSets(trx, sets, 'web', ctx.actor.userId);
    for (const set of sets)
      await recordAudit(trx, ctx.actor, {
        action: 'update',
        entityType: 'da_rule_set',
        entityId: set.id,
        regionId: null,
        after: set,
      });
  });
  return listDaRuleSets(ctx);
}

/** Remove a state rule set; an override of California's gives California's back. */
export async function deleteDaRuleSet(ctx: UseCaseContext, id: string): Promise<void> {
  if (!hasPermission(ctx.actor.role, 'da.manage'))
    throw new DomainError('forbidden', 'Only a state administrator changes rule sets.');
  await ctx.db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom('da_rule_sets')
      .where('id', '=', id)
      .returning(['definition'])
      .executeTakeFirst();
    if (!removed) throw new DomainError('not_found', `No state rule set ${id}.`);
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'da_rule_set',
      entityId: id,
      regionId: null,
      before: removed.definition,
    });
  });
}

/**
 * At start: the rule sets of the JSON file CICLO_DA_RULE_SETS names, validated and stored, so
 * a state can ship its rules with its deployment. A bad file stops the start, naming the field.
 */
export async function loadStartupRuleSets(db: Db, file: string): Promise<string[]> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw DomainError.invalidField(
      'CICLO_DA_RULE_SETS',
      `${file} cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const sets = parseOrRefuse(json, path.basename(file));
  await db.transaction().execute((trx) => storeRuleSets(trx, sets, 'startup-file', null));
  return sets.map((set) => set.id);
}
