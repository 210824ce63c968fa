/**
 * Accountability: differentiated-assistance (DA) eligibility of LEAs from Dashboard results
 * (shared/contracts/da/RULES.md, FORMAT.md). The public surface of the module.
 */
export { californiaRuleSets, CHRONIC_ABSENTEEISM_GRID, DA_SOURCES } from './california-rule-sets';
export { CALIFORNIA_DA_SETTINGS, type DaSettings } from './da-settings';
export type { DaData, DaRequest, IndicatorRow, LeaRow, LeaStatusRow, LocalIndicatorRow } from './da-input';
export { DA_FILES, readDaCase, type DaCaseFiles } from './read-da-case';
export { evaluateDifferentiatedAssistance, explainDifferentiatedAssistance, resolveRuleSet, type DaDecision, type DaLeaDecision } from './evaluate-da';
export { mergeRuleSets, parseRuleSet, parseRuleSets, RULE_SET_SCHEMA } from './rule-set-schema';
export type { RuleSet } from './rule-set';
