/**
 * A field of a rule set as the form names it, for the summary of the server's problems:
 * `priorityAreas[3].any[0].all[1].colors` → "Priority 4 · Alternative 1 · Condition 2 · Colors".
 */
import type { TFunction } from 'i18next';
import type { RuleSet } from '../../../../core/accountability/rule-set';

export function ruleSetFieldName(path: string, sent: RuleSet | undefined, t: TFunction): string {
  return path
    .split('.')
    .map((segment, position) => {
      const match = /^(\w+)(?:\[(\d+)\])?$/.exec(segment);
      if (!match) return segment;
      const [, key = '', index] = match;
      const n = index === undefined ? undefined : Number(index) + 1;
      if (key === 'priorityAreas' && n !== undefined) {
        const id = sent?.priorityAreas?.[n - 1]?.id;
        return id ? t(`da.areas.${id}`) : t('da.ruleSets.form.area', { n });
      }
      if (key === 'any' && n !== undefined) return t('da.ruleSets.form.alternative', { n });
      if (key === 'all' && n !== undefined) return t('da.ruleSets.form.condition', { n });
      const name = key === 'id' && position > 0 ? 'id_area' : key;
      const label = t(`da.ruleSets.form.fieldNames.${name}`, { defaultValue: key });
      return n === undefined ? label : `${label} ${n}`;
    })
    .join(' · ');
}
