import type { TFunction } from 'i18next';
import { REGION_3_RULE_SET } from '../../../core/recruitment/prioritization';

/**
 * A prioritization rule's label in the reader's language: the state's default rules are
 * translated; a label a region wrote itself is shown as written.
 */
export function ruleLabel(rule: { ruleId: string; label: string }, t: TFunction): string {
  const isDefault = REGION_3_RULE_SET.rules.some(
    (known) => known.id === rule.ruleId && known.label === rule.label,
  );
  return isDefault ? t(`referrals.ruleLabels.${rule.ruleId}`) : rule.label;
}
