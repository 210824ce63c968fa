/**
 * The MPO target lists (seed 000: "MSIN SSDP MPO Reports 1.0, 2.0 and 7.0", run in November
 * and May): for one MPO of the plan, a region, a performance period and a term, the children
 * eligible during the term who are in the MPO's population, each marked enrolled or not in
 * one of the region's services of that term and period aligned to the MPO, so staff verify
 * enrollments and enroll the others from the list.
 */
import type { AssessmentSubject } from './assessment-levels';
import { populationReason, type PopulationReason } from './mpo-rules';
import { compareServiceOrder, type ServiceOrderGroup } from './priority-for-services';
import type { AssessmentResult, EligibilitySpan, EnrollmentReason, Mpo } from './service-records';
import type { TermDates } from './target-list-terms';

/** A student who may be on the list: born when, eligible when. */
export interface TargetCandidate {
  studentId: string;
  birthDate: string;
  spans: readonly EligibilitySpan[];
}

/** A state assessment result as the rule needs it. */
export interface TargetAssessment {
  studentId: string;
  subject: AssessmentSubject;
  schoolYear: string;
  level: number;
}

/** Why a child is on the list: their latest level before the period, or their age on the term's start. */
export type TargetReason = PopulationReason;

export interface TargetRow {
  studentId: string;
  reason: TargetReason;
  enrolled: boolean;
  /** The child's group in the order of service (S6.8): `pfs` for Priority for Services. */
  group: ServiceOrderGroup;
}

export interface TargetList {
  rows: TargetRow[];
  /** How many of the rows are enrolled ("N of M enrolled"). */
  enrolled: number;
}

export interface TargetListInput {
  mpo: Mpo;
  /** The term's dates in the performance period the list is for. */
  term: TermDates;
  candidates: readonly TargetCandidate[];
  assessments: readonly TargetAssessment[];
  /** Students with an enrollment in a region service of the term and period aligned to the MPO. */
  enrolledStudentIds: ReadonlySet<string>;
  /** Each candidate's group in the order of service on the term's day (S6.7, S6.8). */
  serviceOrder: ReadonlyMap<string, ServiceOrderGroup>;
}

/** Eligible on at least one day from `dates.from` to `dates.to` (both included). */
export function isEligibleDuring(spans: readonly EligibilitySpan[], dates: TermDates): boolean {
  return spans.some((span) => span.from <= dates.to && span.to >= dates.from);
}

/**
 * The target list: eligible during the term, in the population; in the order of service (S6.8):
 * Priority for Services children first, then Education Code 54443's groups, each by student number.
 */
export function targetList(input: TargetListInput): TargetList {
  const resultsByStudent = new Map<string, TargetAssessment[]>();
  for (const result of input.assessments) {
    const list = resultsByStudent.get(result.studentId);
    if (list) list.push(result);
    else resultsByStudent.set(result.studentId, [result]);
  }
  const rows: TargetRow[] = [];
  for (const candidate of input.candidates) {
    if (!isEligibleDuring(candidate.spans, input.term)) continue;
    // The MPO report's own rule (mpo-rules.ts), the term's first day standing for the service's start.
    const reason = populationReason(input.mpo.population, {
      birthDate: candidate.birthDate,
      assessments: (resultsByStudent.get(candidate.studentId) ?? []).filter(
        (result): result is AssessmentResult => result.subject !== 'ELPAC',
      ),
      serviceStart: input.term.from,
    });
    if (reason)
      rows.push({
        studentId: candidate.studentId,
        reason,
        enrolled: input.enrolledStudentIds.has(candidate.studentId),
        // A candidate the caller gave no group is served last (it does not happen: every candidate has one).
        group: input.serviceOrder.get(candidate.studentId) ?? 'preschoolFormer',
      });
  }
  rows.sort(compareServiceOrder);
  return { rows, enrolled: rows.filter((row) => row.enrolled).length };
}

/** The reason an enrollment made from an MPO's list records. */
export function enrollmentReasonFor(mpo: Mpo): EnrollmentReason {
  if (mpo.population.kind === 'age') return mpo.population.maxAge <= 5 ? 'pre_k' : 'other';
  return mpo.population.subject === 'ELA' ? 'below_proficient_ela' : 'below_proficient_math';
}
