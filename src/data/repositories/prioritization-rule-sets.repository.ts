import type { PrioritizationRule, RuleSet } from '../../core/recruitment/prioritization';
import type { Db } from '../db';

/** The rules a region saved, or undefined when it uses the state default. */
export async function findRuleSetOfRegion(db: Db, regionId: string): Promise<RuleSet | undefined> {
  const row = await db.selectFrom('prioritization_rule_sets').select(['lowest_priority', 'rules']).where('region_id', '=', regionId).executeTakeFirst();
  return row ? { lowestPriority: row.lowest_priority, rules: row.rules as PrioritizationRule[] } : undefined;
}

/** Save (or replace) a region's rules. */
export async function saveRuleSetOfRegion(db: Db, regionId: string, ruleSet: RuleSet, userId: string | null): Promise<void> {
  const values = { lowest_priority: ruleSet.lowestPriority, rules: JSON.stringify(ruleSet.rules), updated_by: userId };
  await db
    .insertInto('prioritization_rule_sets')
    .values({ region_id: regionId, ...values })
    .onConflict((oc) => oc.column('region_id').doUpdateSet({ ...values, updated_at: new Date() }))
    .execute();
}
