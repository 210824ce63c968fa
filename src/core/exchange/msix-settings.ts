/**
 * What a state sets for the MSIX exchange, with the federal defaults (docs/rules/msix.md X6.5,
 * X3.5). The deadlines are the regulation's as this repository reads them; a state whose own
 * rule is stricter (fewer days) sets its own.
 */
export type MsixEventKind =
  'enrollment' | 'withdrawal' | 'coe-approval' | 'term-end' | 'data-change' | 'move-notice';

export interface MsixDeadlineRule {
  amount: number;
  unit: 'working-days' | 'calendar-days';
}

export interface MsixSettings {
  deadlines: Readonly<Record<MsixEventKind, MsixDeadlineRule>>;
  /**
   * How the Eligibility Expiration Date is written: the first day the child is no longer
   * eligible (QAD + 36 months, MSIX's definition) or the last day still eligible (QAD + 36
   * months − 1 day, as some state systems print it).
   */
  eligibilityExpiration: 'first-day-not-eligible' | 'last-day-eligible';
}

export const FEDERAL_MSIX_SETTINGS: MsixSettings = Object.freeze({
  deadlines: Object.freeze({
    enrollment: { amount: 10, unit: 'working-days' },
    withdrawal: { amount: 10, unit: 'working-days' },
    'coe-approval': { amount: 10, unit: 'working-days' },
    'term-end': { amount: 30, unit: 'calendar-days' },
    'data-change': { amount: 10, unit: 'working-days' },
    'move-notice': { amount: 4, unit: 'working-days' },
  }),
  eligibilityExpiration: 'first-day-not-eligible',
} satisfies MsixSettings);
