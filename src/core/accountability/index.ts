/**
 * Accountability: differentiated-assistance (DA) eligibility of LEAs from Dashboard results
 * (docs/rules/differentiated-assistance.md and differentiated-assistance-format.md). The public surface of the module.
 */
export { californiaRuleSets } from './california-rule-sets';
export { CALIFORNIA_DA_SETTINGS, type DaSettings } from './da-settings';
export type { DaData, DaRequest, IndicatorRow, LeaRow, LeaStatusRow, LocalIndicatorRow } from './da-input';
export { DA_FILES, readDaCase, type DaCaseFiles } from './read-da-case';
export {
  evaluateDifferentiatedAssistance,
  explainDifferentiatedAssistance,
  resolveRuleSet,
  type DaDecision,
  type DaLeaDecision,
} from './evaluate-da';
export { mergeRuleSets, parseRuleSets } from './rule-set-schema';
export type { RuleSet } from './rule-set';
export {
  buildLeaReport,
  type AreaCause,
  type CitedRow,
  type DaLeaReport,
  type GroupCauses,
} from './da-lea-report';
export { explainLeaInWords, type DaLanguage } from './explain-da-in-words';
export {
  summarizeDaImport,
  IGNORED_REASONS,
  type DaImportSummary,
  type IgnoredReason,
} from './da-import-summary';
export {
  ASSISTANCE_KINDS,
  ROOT_CAUSE_THEMES,
  type AssistanceKind,
  type RootCauseTheme,
} from './da-assistance';
export { countyOfCdsCode } from './lea-county';
export { LEA_TYPES, STUDENT_GROUPS, type LeaType, type StudentGroup } from './da-codes';
export {
  contractFilesOfCde,
  readCdeDashboardFiles,
  CDE_IGNORED_REASONS,
  type CdeFile,
  type CdeImportReport,
} from './cde-dashboard-files';
