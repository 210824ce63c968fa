/**
 * The Annual Performance Progress Report (APPR) of a subgrantee: each MPO's outcome with the
 * drop-off from each count to the next (served → in population → dosage met → tested → grew),
 * the steps that lose many children named as findings (a child without a pair of tests is a
 * finding in itself, not only a missing figure), the participation counts, and the
 * subgrantee's review (seed 000, November: challenges, practices that address them, goals for
 * the new year). Also the state's roll-up of every subgrantee's statuses. Pure: the figures
 * come from the MPO rules (mpo-rules.ts); nothing here computes an MPO figure.
 */
import type { FieldProblem } from '../common/domain-error';
import type { MpoFunnel, MpoOutcome, MpoStatus, ServiceTerm } from './service-records';

/** The counts of the funnel, in order: each is a subset of the one before. */
export const FUNNEL_STEPS = ['served', 'inPopulation', 'dosageMet', 'tested', 'grew'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** From one count to the next: how many children went on, and how many were lost. */
export interface FunnelDrop {
  from: FunnelStep;
  to: FunnelStep;
  /** The count before the step. */
  of: number;
  kept: number;
  lost: number;
  /** `100 × kept / of`, one decimal; null when `of` is 0. */
  keptPct: number | null;
  /** `100 × lost / of`, one decimal; null when `of` is 0. */
  lostPct: number | null;
}

/**
 * The steps that say something about how the service ran: children served outside the MPO's
 * population, in the population without the dosage, with the dosage but without a pair of
 * tests. Whether the tested grew is the outcome itself (pct against target), not a finding.
 */
export const FINDING_STEPS = ['inPopulation', 'dosageMet', 'tested'] as const;
export type FindingStep = (typeof FINDING_STEPS)[number];

/** A step loses "many" when at least this share (%) of the children before it do not go on. */
export const MANY_LOST_PCT = 20;

/** A step of the funnel that loses many children, in numbers the words are built from. */
export interface ApprFinding {
  /** The step the children did not reach. */
  step: FindingStep;
  /** The MPO's minimum hours, for the dosage finding's words. */
  minHours: number | null;
  lost: number;
  of: number;
  lostPct: number;
}

/** One MPO in the APPR. */
export interface ApprMpo extends MpoOutcome {
  dropOff: FunnelDrop[];
  findings: ApprFinding[];
}

/** What one term of the period served: distinct children, enrollments and attended hours. */
export interface TermParticipation {
  term: ServiceTerm;
  childrenServed: number;
  enrollments: number;
  attendedHours: number;
}

/** The subgrantee's participation in the period; `childrenServed` counts each child once over every term. */
export interface Participation {
  terms: TermParticipation[];
  childrenServed: number;
  enrollments: number;
  attendedHours: number;
}

/** The figures of an APPR, as shown and as saved beside the review. */
export interface ApprFigures {
  mpos: ApprMpo[];
  participation: Participation;
}

/** The subgrantee's review of the report (seed 000, November). */
export interface ApprReview {
  challenges: string;
  practices: string;
  goals: string;
}

export const REVIEW_FIELDS = ['challenges', 'practices', 'goals'] as const satisfies ReadonlyArray<
  keyof ApprReview
>;

/** The most characters each answer of the review holds (about two printed pages). */
export const REVIEW_MAX_LENGTH = 4000;

/** `100 × part / whole`, rounded to one decimal half away from zero; null when `whole` is 0. */
export function percentOf(part: number, whole: number): number | null {
  if (whole === 0) return null;
  const tenths = (1000 * part) / whole;
  return (Math.sign(tenths) * Math.round(Math.abs(tenths) + 1e-9)) / 10;
}

/** The four steps from each count of the funnel to the next. */
export function dropOffOf(funnel: MpoFunnel): FunnelDrop[] {
  return FUNNEL_STEPS.slice(1).map((to, index) => {
    const from = FUNNEL_STEPS[index]!;
    const of = funnel[from];
    const kept = funnel[to];
    return {
      from,
      to,
      of,
      kept,
      lost: of - kept,
      keptPct: percentOf(kept, of),
      lostPct: percentOf(of - kept, of),
    };
  });
}

/** The steps that lose at least `manyLostPct` % of the children before them (and at least one child). */
export function findingsOf(
  funnel: MpoFunnel,
  minHours: number | null,
  manyLostPct = MANY_LOST_PCT,
): ApprFinding[] {
  return dropOffOf(funnel).flatMap((drop): ApprFinding[] => {
    const step = drop.to;
    if (!isFindingStep(step) || drop.lost === 0 || drop.lostPct === null || drop.lostPct < manyLostPct)
      return [];
    return [{ step, minHours, lost: drop.lost, of: drop.of, lostPct: drop.lostPct }];
  });
}

function isFindingStep(step: FunnelStep): step is FindingStep {
  return (FINDING_STEPS as readonly string[]).includes(step);
}

/** One MPO's line of the APPR: its outcome, the drop-off and the findings. */
export function apprMpoOf(outcome: MpoOutcome, minHours: number | null): ApprMpo {
  return { ...outcome, dropOff: dropOffOf(outcome), findings: findingsOf(outcome, minHours) };
}

/** Minutes as hours, one decimal. */
export function hoursOfMinutes(minutes: number): number {
  return Math.round(minutes / 6) / 10;
}

/**
 * The period's participation from per-term counts: every term appears (zeros when nothing ran),
 * in the plan's order of terms. `distinctChildren` is the count of children over all terms (a
 * child served in two terms is one child).
 */
export function participationOf(
  perTerm: ReadonlyArray<{ term: ServiceTerm; childrenServed: number; enrollments: number; minutes: number }>,
  distinctChildren: number,
  terms: readonly ServiceTerm[],
): Participation {
  const rows = terms.map((term): TermParticipation => {
    const row = perTerm.find((candidate) => candidate.term === term);
    return {
      term,
      childrenServed: row?.childrenServed ?? 0,
      enrollments: row?.enrollments ?? 0,
      attendedHours: hoursOfMinutes(row?.minutes ?? 0),
    };
  });
  const minutes = perTerm.reduce((sum, row) => sum + row.minutes, 0);
  return {
    terms: rows,
    childrenServed: distinctChildren,
    enrollments: rows.reduce((sum, row) => sum + row.enrollments, 0),
    attendedHours: hoursOfMinutes(minutes),
  };
}

/** The review with surrounding blanks trimmed, or the problems of each answer that is too long. */
export function checkReview(review: ApprReview): { review: ApprReview; problems: FieldProblem[] } {
  const trimmed: ApprReview = {
    challenges: review.challenges.trim(),
    practices: review.practices.trim(),
    goals: review.goals.trim(),
  };
  const problems = REVIEW_FIELDS.filter((field) => [...trimmed[field]].length > REVIEW_MAX_LENGTH).map(
    (field) => ({ field, message: `at most ${REVIEW_MAX_LENGTH} characters` }),
  );
  return { review: trimmed, problems };
}

/** How many subgrantees met, did not meet, or had too few tested for an MPO. */
export type StatusCounts = Record<MpoStatus, number>;

/** One subgrantee's line of the roll-up: its status on every MPO, in the plan's order. */
export interface RollUpRegion {
  regionId: string;
  regionNumber: number;
  regionName: string;
  mpos: Array<Pick<MpoOutcome, 'mpo' | 'tested' | 'grew' | 'pct' | 'status'>>;
}

/** The state's roll-up: every subgrantee × MPO status, and per MPO the state's own figures beside the count of subgrantees by status. */
export interface StateRollUp {
  period: string;
  regions: RollUpRegion[];
  mpos: Array<{ state: ApprMpo; subgrantees: StatusCounts }>;
}

/**
 * The roll-up of a period: subgrantees by number, each with its outcome on every MPO of the
 * state's report (an MPO missing from a subgrantee's report counts as `insufficient` with no
 * one tested), and per MPO the state's figures (each child counted once) and the statuses.
 */
export function stateRollUpOf(
  period: string,
  state: ApprMpo[],
  regions: ReadonlyArray<{
    regionId: string;
    regionNumber: number;
    regionName: string;
    outcomes: readonly MpoOutcome[];
  }>,
): StateRollUp {
  const sorted = [...regions].sort((a, b) => a.regionNumber - b.regionNumber);
  const lines: RollUpRegion[] = sorted.map((region) => ({
    regionId: region.regionId,
    regionNumber: region.regionNumber,
    regionName: region.regionName,
    mpos: state.map(({ mpo }) => {
      const outcome = region.outcomes.find((candidate) => candidate.mpo === mpo);
      return outcome
        ? { mpo, tested: outcome.tested, grew: outcome.grew, pct: outcome.pct, status: outcome.status }
        : { mpo, tested: 0, grew: 0, pct: null, status: 'insufficient' };
    }),
  }));
  return {
    period,
    regions: lines,
    mpos: state.map((mpo) => {
      const subgrantees: StatusCounts = { met: 0, notMet: 0, insufficient: 0 };
      for (const line of lines) {
        const status = line.mpos.find((candidate) => candidate.mpo === mpo.mpo)!.status;
        subgrantees[status] += 1;
      }
      return { state: mpo, subgrantees };
    }),
  };
}
