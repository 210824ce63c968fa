import type { Db } from '../db';
import type { DaRuleSetsTable } from '../tables';

/** The rule sets the state stored (added or overriding California's), by id. */
export async function listStoredRuleSets(db: Db) {
  return db.selectFrom('da_rule_sets').select(['id', 'definition', 'source', 'updated_at']).orderBy('id').execute();
}

/** Store a rule set, replacing the stored one of the same id. */
export async function upsertRuleSet(
  db: Db,
  ruleSet: { id: string; definition: unknown; source: DaRuleSetsTable['source']; updatedBy: string | null },
): Promise<void> {
  const definition = JSON.stringify(ruleSet.definition);
  const { source, updatedBy } = ruleSet;
  await db
    .insertInto('da_rule_sets')
    .values({ id: ruleSet.id, definition, source, updated_by: updatedBy })
    .onConflict((oc) => oc.column('id').doUpdateSet({ definition, source, updated_by: updatedBy, updated_at: new Date() }))
    .execute();
}

/** Remove a stored rule set; returns its definition, or undefined when there was none. */
export async function deleteRuleSetRow(db: Db, id: string): Promise<unknown> {
  const removed = await db.deleteFrom('da_rule_sets').where('id', '=', id).returning(['definition']).executeTakeFirst();
  return removed?.definition;
}
