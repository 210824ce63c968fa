/**
 * The assistance a county office gives an LEA eligible for DA (seed 004's feedback loop):
 * the kinds of assistance and the root-cause themes the June 2018 memo lists.
 */
export const ASSISTANCE_KINDS = ['meeting', 'training', 'coaching', 'data_review', 'site_visit', 'other'] as const;
export type AssistanceKind = (typeof ASSISTANCE_KINDS)[number];

/** Seed 004, "Themes from Root Cause Analysis Process with School Districts": the five most cited, then the additional ones. */
export const ROOT_CAUSE_THEMES = [
  'culture_beliefs_mindset',
  'data_use_accountability',
  'instruction',
  'systems_coherence',
  'climate_discipline',
  'working_in_silos',
  'identification_process',
  'ownership',
  'inconsistent_expectations',
  'connecting_supports_needs',
  'intervention_strategies',
] as const;
export type RootCauseTheme = (typeof ROOT_CAUSE_THEMES)[number];
