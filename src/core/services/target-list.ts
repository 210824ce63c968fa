/**
 * The MPO target lists (seed 000: "MSIN SSDP MPO Reports 1.0, 2.0 and 7.0", run in November
 * and May): for one MPO of the plan, a region, a performance period and a term, the children
 * eligible during the term who are in the MPO's population, each marked enrolled or not in
 * one of the region's services of that term and period aligned to the MPO, so staff verify
 * enrollments and enroll the others from the list.
 */
import type { PerformancePeriod } from '../recruitment/performance-period';
import type { AssessmentSubject } from './assessment-levels';
import { ageOn } from './service-eligibility';
import type { EligibilitySpan, EnrollmentReason, Mpo } from './service-records';
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

/** Why a child is on the list: their latest result and its year, or their age on the term's start. */
export type TargetReason =
  | { kind: 'belowProficient'; subject: AssessmentSubject; level: number; schoolYear: string }
  | { kind: 'age'; age: number };

export interface TargetRow {
  studentId: string;
  reason: TargetReason;
  enrolled: boolean;
}

export interface TargetList {
  rows: TargetRow[];
  /** How many of the rows are enrolled ("N of M enrolled"). */
  enrolled: number;
}

export interface TargetListInput {
  mpo: Mpo;
  period: PerformancePeriod;
  term: TermDates;
  candidates: readonly TargetCandidate[];
  assessments: readonly TargetAssessment[];
  /** Students with an enrollment in a region service of the term and period aligned to the MPO. */
  enrolledStudentIds: ReadonlySet<string>;
}

/** Eligible on at least one day from `dates.from` to `dates.to` (both included). */
export function isEligibleDuring(spans: readonly EligibilitySpan[], dates: TermDates): boolean {
  return spans.some((span) => span.from <= dates.to && span.to >= dates.from);
}

/**
 * A student's most recent result in `subject` from a school year before the period (for
 * 2024-25: 2023-24 or earlier), the same reading as the MPO report's population rule.
 */
export function latestResultBefore(
  results: readonly TargetAssessment[],
  subject: AssessmentSubject,
  period: PerformancePeriod,
): TargetAssessment | undefined {
  let latest: TargetAssessment | undefined;
  for (const result of results)
    if (
      result.subject === subject &&
      result.schoolYear < period.name &&
      (!latest || result.schoolYear > latest.schoolYear)
    )
      latest = result;
  return latest;
}

/** Why the candidate is in the MPO's population during the term, or undefined when they are not. */
export function populationReason(
  input: Pick<TargetListInput, 'mpo' | 'period' | 'term'>,
  candidate: TargetCandidate,
  results: readonly TargetAssessment[],
): TargetReason | undefined {
  const population = input.mpo.population;
  if (population.kind === 'age') {
    const age = ageOn(candidate.birthDate, input.term.from);
    return age >= population.minAge && age <= population.maxAge ? { kind: 'age', age } : undefined;
  }
  const latest = latestResultBefore(results, population.subject, input.period);
  return latest && latest.level <= population.maxLevel
    ? { kind: 'belowProficient', subject: latest.subject, level: latest.level, schoolYear: latest.schoolYear }
    : undefined;
}

/** The target list: eligible during the term, in the population; ordered by student number. */
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
    const reason = populationReason(input, candidate, resultsByStudent.get(candidate.studentId) ?? []);
    if (reason)
      rows.push({
        studentId: candidate.studentId,
        reason,
        enrolled: input.enrolledStudentIds.has(candidate.studentId),
      });
  }
  rows.sort((a, b) => (a.studentId < b.studentId ? -1 : a.studentId > b.studentId ? 1 : 0));
  return { rows, enrolled: rows.filter((row) => row.enrolled).length };
}

/** The reason an enrollment made from an MPO's list records. */
export function enrollmentReasonFor(mpo: Mpo): EnrollmentReason {
  if (mpo.population.kind === 'age') return mpo.population.maxAge <= 5 ? 'pre_k' : 'other';
  return mpo.population.subject === 'ELA' ? 'below_proficient_ela' : 'below_proficient_math';
}
