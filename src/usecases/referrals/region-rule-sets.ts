import {
  REGION_3_RULE_SET,
  type PrioritizationRule,
  type RuleSet,
} from '../../core/recruitment/prioritization';
import type { Db } from '../../data/db';

/** The region's prioritization rules; regions that set none use Region 3's set, the state default. */
export async function ruleSetOfRegion(db: Db, regionId: string): Promise<RuleSet & { isDefault: boolean }> {
  const row = await db
    .selectFrom('prioritization_rule_sets')
    .select(['lowest_priority', 'rules'])
    .where('region_id', '=', regionId)
    .executeTakeFirst();
  if (!row) return { ...REGION_3_RULE_SET, isDefault: true };
  return { lowestPriority: row.lowest_priority, rules: row.rules as PrioritizationRule[], isDefault: false };
}

/** The region's holidays, which are not working days for the contact quota. */
export async function holidaysOfRegion(db: Db, regionId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('region_holidays')
    .select('holiday')
    .where('region_id', '=', regionId)
    .execute();
  return new Set(rows.map((row) => row.holiday));
}
