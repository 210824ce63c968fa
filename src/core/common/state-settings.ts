/**
 * What a state sets differently, with California's values as defaults (DESIGN "Always").
 * Modules add their own settings objects beside their rules (e.g. eligibility settings).
 */
export interface StateSettings {
  /** Two-letter state code, used as the prefix of student numbers. */
  stateCode: string;
  /** The state's time zone: "today" for a recruiter is the date there. */
  timeZone: string;
}

export const CALIFORNIA_SETTINGS: StateSettings = {
  stateCode: 'CA',
  timeZone: 'America/Los_Angeles',
};
