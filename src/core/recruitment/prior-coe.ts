/**
 * Whether a child certified by a COE had a COE before it (the COE's "prior COE", which the
 * data packet's "newly qualified" turns on; docs/rules/identification-and-recruitment.md,
 * IR3). Decided when the COE is approved, from the child's own history, not only from what
 * the recruiter typed: a Ciclo child record exists only for a child the program has known.
 */
import { compareDates, type CalendarDate } from '../common/calendar-date';

/** Where a prior COE was found; shown beside the answer. */
export const PRIOR_COE_SOURCES = [
  'prior-qad',
  'existing-child',
  'prior-migrant-referral',
  'earlier-coe',
  'imported-history',
] as const;
export type PriorCoeSource = (typeof PRIOR_COE_SOURCES)[number];

/** What the records say about a child of a COE being approved. */
export interface ChildHistory {
  /** The recruiter entered a prior QAD for the child on the interview. */
  hasPriorQad: boolean;
  /** The COE links the child to a Ciclo child record that existed before this COE's approval. */
  isExistingChild: boolean;
  /** A referral of the child (the COE's own, or one naming the child) says prior migrant. */
  hasPriorMigrantReferral: boolean;
  /** Interview dates of the child's other approved COEs in Ciclo. */
  approvedCoeDates: readonly CalendarDate[];
  /** Recruitment dates of the child's imported qualification history. */
  importedRecruitmentDates: readonly CalendarDate[];
}

export interface PriorCoeDecision {
  priorCoe: boolean;
  /** Every source that shows a prior COE, in PRIOR_COE_SOURCES order; empty when newly qualified. */
  sources: PriorCoeSource[];
}

/**
 * IR3.1–IR3.3: the child had a prior COE when any of the sources shows one. A COE or an
 * imported record counts only when it comes before this COE (its date before the interview
 * date), so a COE approved late, or history imported afterwards, never makes an earlier COE
 * look like a requalification.
 */
export function derivePriorCoe(history: ChildHistory, interviewDate: CalendarDate): PriorCoeDecision {
  const before = (dates: readonly CalendarDate[]) =>
    dates.some((date) => compareDates(date, interviewDate) < 0);
  const found: Record<PriorCoeSource, boolean> = {
    'prior-qad': history.hasPriorQad,
    'existing-child': history.isExistingChild,
    'prior-migrant-referral': history.hasPriorMigrantReferral,
    'earlier-coe': before(history.approvedCoeDates),
    'imported-history': before(history.importedRecruitmentDates),
  };
  const sources = PRIOR_COE_SOURCES.filter((source) => found[source]);
  return { priorCoe: sources.length > 0, sources };
}
