/**
 * The SDP development's code lists (docs/rules/plan-development.md PD1.1, PD1.3, PD4.1), apart
 * from the process's texts so that the web app takes them without the process.
 */

/** The phases of the process (PD1.1). */
export const SDP_PHASES = ['pre_planning', 'development', 'dissemination'] as const;
export type SdpPhase = (typeof SDP_PHASES)[number];

/** Kinds of outcome an action produces (PD1.3). */
export const OUTCOME_KINDS = ['document', 'team_list', 'meeting_schedule', 'agenda', 'other'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** The stakeholder groups whose feedback on a draft is collected (PD4.1). */
export const STAKEHOLDER_GROUPS = [
  'pac',
  'parents',
  'local_agencies',
  'mep_staff',
  'planning_team',
  'partners',
  'other',
] as const;
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];
