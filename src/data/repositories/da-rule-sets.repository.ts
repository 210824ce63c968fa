import { sql } from 'kysely';
import type { Db } from '../db';
import type { DaRuleSetsTable } from '../tables';

/** The rule sets the state stored (added or overriding California's), by id. */
export async function listStoredRuleSets(db: Db) {
  return db
    .selectFrom('da_rule_sets')
    .select(['id', 'definition', 'source', 'updated_at', 'version'])
    .orderBy('id')
    .execute();
}

interface StoredRuleSet {
  id: string;
  definition: unknown;
  source: DaRuleSetsTable['source'];
  updatedBy: string | null;
}

/** Store a rule set whatever is stored under its id (a startup file is the state's word). */
export async function upsertRuleSet(db: Db, ruleSet: StoredRuleSet): Promise<void> {
  const definition = JSON.stringify(ruleSet.definition);
  const { source, updatedBy } = ruleSet;
  await db
    .insertInto('da_rule_sets')
    .values({ id: ruleSet.id, definition, source, updated_by: updatedBy })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        definition,
        source,
        updated_by: updatedBy,
        updated_at: new Date(),
        version: sql`da_rule_sets.version + 1`,
      }),
    )
    .execute();
}

/**
 * Store a rule set only if it is still at the version read (0: none stored under its id).
 * False when someone saved or removed it since; nothing is written then.
 */
export async function saveRuleSetAtVersion(db: Db, ruleSet: StoredRuleSet, versionRead: number): Promise<boolean> {
  const definition = JSON.stringify(ruleSet.definition);
  const { source, updatedBy } = ruleSet;
  if (versionRead === 0) {
    const inserted = await db
      .insertInto('da_rule_sets')
      .values({ id: ruleSet.id, definition, source, updated_by: updatedBy })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }
  const updated = await db
    .updateTable('da_rule_sets')
    .set({ definition, source, updated_by: updatedBy, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', ruleSet.id)
    .where('version', '=', versionRead)
    .executeTakeFirst();
  return updated.numUpdatedRows === 1n;
}

/** The stored rule set of an id with its version, or undefined when none is stored. */
export async function findStoredRuleSet(db: Db, id: string) {
  return db.selectFrom('da_rule_sets').select(['definition', 'version']).where('id', '=', id).executeTakeFirst();
}

/** Remove a stored rule set at the version read; returns its definition, or undefined when it was not there at that version. */
export async function deleteRuleSetRow(db: Db, id: string, versionRead: number): Promise<unknown> {
  const removed = await db
    .deleteFrom('da_rule_sets')
    .where('id', '=', id)
    .where('version', '=', versionRead)
    .returning(['definition'])
    .executeTakeFirst();
  return removed?.definition;
}
