import { CALIFORNIA_DA_SETTINGS, californiaRuleSets, type RuleSet } from '../../core/accountability';

let cached: readonly RuleSet[] | undefined;

/** The rule sets a web determination uses: California's (RULES.md §3), built once. */
export function daRuleSets(): readonly RuleSet[] {
  cached ??= californiaRuleSets(CALIFORNIA_DA_SETTINGS);
  return cached;
}

export const DA_SETTINGS = CALIFORNIA_DA_SETTINGS;
