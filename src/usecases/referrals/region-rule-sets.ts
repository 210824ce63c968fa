import { REGION_3_RULE_SET, type RuleSet } from '../../core/recruitment/prioritization';
import type { Db } from '../../data/db';
import { findRuleSetOfRegion } from '../../data/repositories/prioritization-rule-sets.repository';

/** The region's prioritization rules; regions that set none use Region 3's set, the state default. */
export async function ruleSetOfRegion(db: Db, regionId: string): Promise<RuleSet & { isDefault: boolean }> {
  const saved = await findRuleSetOfRegion(db, regionId);
  return saved ? { ...saved, isDefault: false } : { ...REGION_3_RULE_SET, isDefault: true };
}
