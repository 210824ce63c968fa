import { CALIFORNIA_DA_SETTINGS, californiaRuleSets, type RuleSet } from '../../core/accountability';
import { mergeRuleSets, parseRuleSets } from '../../core/accountability/rule-set-schema';
import { DomainError } from '../../core/common/domain-error';
import type { Db } from '../../data/db';
import { listStoredRuleSets } from '../../data/repositories/da-rule-sets.repository';

export const DA_SETTINGS = CALIFORNIA_DA_SETTINGS;

let california: readonly RuleSet[] | undefined;

/** California's rule sets (RULES.md §3), built once. */
export function californiaDaRuleSets(): readonly RuleSet[] {
  california ??= californiaRuleSets(CALIFORNIA_DA_SETTINGS);
  return california;
}

/** The rule sets determinations use: California's, with the state's additions and overrides (same id replaces). */
export async function daRuleSetsOf(db: Db): Promise<RuleSet[]> {
  const rows = await listStoredRuleSets(db);
  return mergeRuleSets(
    californiaDaRuleSets(),
    rows.map((row) => row.definition as RuleSet),
  );
}

/** Validate `json` (one rule set or an array) against the rule-set schema, naming each problem's field. */
export function parseRuleSetsOrRefuse(json: unknown, origin: string): RuleSet[] {
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
