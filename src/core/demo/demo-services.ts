/**
 * The demo's services half (pure and seeded): state assessment results of the demo children
 * for the school years before the current one, and in each demo region a few services per
 * term of the current and the previous performance period aligned to the demo plan's MPOs
 * 1.0 (ELA), 2.0 (mathematics) and 7.0 (school readiness), with enrollments of children in
 * the MPO's population, weekly sessions and pre/post tests showing realistic growth: enough
 * that every MPO page and report has figures. Every record keeps the services rules: an
 * enrollment on a day the child is eligible within the service's dates, attendance and tests
 * within the service's dates from the enrollment on, scores within the instrument's range.
 */
import { addDays, compareDates, type CalendarDate } from '../common/calendar-date';
import { periodStartingIn, periodStartYearOf } from '../recruitment/performance-period';
import type { AssessmentSubject } from '../services/assessment-levels';
import type { StateAssessmentResult } from '../services/assessment-result';
import { schoolYearStartingIn } from '../services/assessment-result';
import { ageOn, isEligibleOn } from '../services/service-eligibility';
import type { EligibilitySpan, EnrollmentReason, Mpo, ServiceTerm } from '../services/service-records';
import { enrollmentReasonFor, targetList } from '../services/target-list';
import { CALIFORNIA_TERM_WINDOWS, dateInPeriod, termDatesIn } from '../services/target-list-terms';
import { seededRandom, type SeededRandom } from './seeded-random';

/** A demo child as the generator needs them. */
export interface DemoServiceChild {
  studentId: string;
  birthDate: CalendarDate;
  spans: readonly EligibilitySpan[];
}

export interface DemoServicesInput {
  seed: number;
  today: CalendarDate;
  /** The plan's MPOs; services are aligned to those numbered 1.0, 2.0 and 7.0. */
  mpos: readonly Mpo[];
  /** The demo regions, each with its children. */
  regions: ReadonlyArray<{ number: number; children: readonly DemoServiceChild[] }>;
}

export interface DemoService {
  /** A key of the generated service, unique in the dataset (`R5-2025-26-RSY-1`). */
  code: string;
  regionNumber: number;
  name: string;
  term: ServiceTerm;
  mpos: string[];
  startDate: CalendarDate;
  endDate: CalendarDate;
  enrollments: DemoEnrollment[];
}

export interface DemoEnrollment {
  studentId: string;
  enrolledOn: CalendarDate;
  reason: EnrollmentReason;
  /** Weekly sessions attended, each 60 minutes. */
  sessions: CalendarDate[];
  tests: Array<{ kind: 'pre' | 'post'; date: CalendarDate; score: number }>;
}

export interface DemoServicesData {
  assessments: StateAssessmentResult[];
  services: DemoService[];
}

/** Children per service at most: enough for an MPO's minimum number, small enough for a quick load. */
const ENROLLMENTS_PER_SERVICE = 35;
export const SESSION_MINUTES = 60;
export const DEMO_INSTRUMENT = { min: 0, max: 100, higherIsBetter: true } as const;

/** The services of every demo region in each period: term, MPOs, name and dates (MM-DD within the period). */
const SERVICE_PLANS: ReadonlyArray<{
  term: ServiceTerm;
  mpos: string[];
  name: string;
  from: string;
  to: string;
}> = [
  { term: 'RSY', mpos: ['1.0'], name: 'After-school reading club', from: '10-01', to: '05-29' },
  { term: 'RSY', mpos: ['2.0'], name: 'Saturday math academy', from: '10-05', to: '05-22' },
  { term: 'RSY', mpos: ['7.0'], name: 'Home-based preschool', from: '09-15', to: '05-29' },
  { term: 'SUMMER', mpos: ['1.0', '2.0'], name: 'Summer migrant academy', from: '06-22', to: '07-31' },
  { term: 'SUMMER', mpos: ['7.0'], name: 'Summer school readiness', from: '06-22', to: '07-24' },
  { term: 'INTERSESSION', mpos: ['1.0'], name: 'Spring intersession literacy', from: '03-16', to: '04-10' },
];

/** Migrant students' CAASPP levels lean low; ELPAC levels spread wider. */
const CAASPP_LEVELS: ReadonlyArray<readonly [number, number]> = [
  [1, 38],
  [2, 30],
  [3, 21],
  [4, 11],
];
const ELPAC_LEVELS: ReadonlyArray<readonly [number, number]> = [
  [1, 14],
  [2, 30],
  [3, 36],
  [4, 20],
];

/** CAASPP is taken in grades 3–8 and 11 (about ages 8–13 and 16); ELPAC by English learners from kindergarten. */
function assessmentsOf(
  child: DemoServiceChild,
  startYears: readonly number[],
  random: SeededRandom,
): StateAssessmentResult[] {
  const results: StateAssessmentResult[] = [];
  const englishLearner = random.chance(0.55);
  for (const startYear of startYears) {
    const age = ageOn(child.birthDate, `${startYear}-09-01`);
    const schoolYear = schoolYearStartingIn(startYear);
    const take = (subject: AssessmentSubject, weights: typeof CAASPP_LEVELS) =>
      results.push({ studentId: child.studentId, subject, schoolYear, level: random.weighted(weights) });
    if ((age >= 8 && age <= 13) || age === 16) {
      take('ELA', CAASPP_LEVELS);
      take('MATH', CAASPP_LEVELS);
    }
    if (englishLearner && age >= 5 && age <= 17) take('ELPAC', ELPAC_LEVELS);
  }
  return results;
}

/** Weekly sessions from the enrollment to the service's end (or today), most attended. */
function sessionsOf(from: CalendarDate, to: CalendarDate, random: SeededRandom): CalendarDate[] {
  const sessions: CalendarDate[] = [];
  const attendance = random.chance(0.15) ? 0.45 : 0.88;
  for (let day = from; compareDates(day, to) <= 0; day = addDays(day, 7))
    if (random.chance(attendance)) sessions.push(day);
  return sessions;
}

/** A pre test on the first session and, when the service has ended, a post test on the last: most children grow. */
function testsOf(
  sessions: readonly CalendarDate[],
  ended: boolean,
  random: SeededRandom,
): DemoEnrollment['tests'] {
  const first = sessions[0];
  const last = sessions.at(-1);
  if (!first) return [];
  const pre = random.integer(12, 62);
  const tests: DemoEnrollment['tests'] = [{ kind: 'pre', date: first, score: pre }];
  if (ended && last && last !== first && random.chance(0.9)) {
    const gain = random.chance(0.74) ? random.integer(4, 22) : random.integer(-4, 0);
    tests.push({
      kind: 'post',
      date: last,
      score: Math.min(DEMO_INSTRUMENT.max, Math.max(DEMO_INSTRUMENT.min, pre + gain)),
    });
  }
  return tests;
}

/** The demo's assessment results and services; the same input gives the same data. */
export function demoServices(input: DemoServicesInput): DemoServicesData {
  const random = seededRandom(input.seed ^ 0x5e7c1ce5);
  const current = periodStartingIn(periodStartYearOf(input.today));
  const periods = [periodStartingIn(current.startYear - 1), current];
  const assessmentYears = [current.startYear - 3, current.startYear - 2, current.startYear - 1];
  const mpoOf = new Map(input.mpos.map((mpo) => [mpo.number, mpo]));
  const assessments: StateAssessmentResult[] = [];
  const services: DemoService[] = [];

  for (const region of input.regions) {
    for (const child of region.children) assessments.push(...assessmentsOf(child, assessmentYears, random));
    for (const period of periods)
      SERVICE_PLANS.forEach((plan, index) => {
        const mpos = plan.mpos.filter((number) => mpoOf.has(number));
        const startDate = dateInPeriod(period, plan.from);
        const endDate = dateInPeriod(period, plan.to);
        if (mpos.length === 0 || compareDates(startDate, input.today) > 0) return;
        const lastDay = compareDates(endDate, input.today) <= 0 ? endDate : input.today;
        const termDates = termDatesIn(period, plan.term, CALIFORNIA_TERM_WINDOWS);
        const chosen = new Map<string, EnrollmentReason>();
        for (const number of mpos) {
          const mpo = mpoOf.get(number)!;
          const list = targetList({
            mpo,
            term: termDates,
            candidates: region.children,
            assessments,
            enrolledStudentIds: new Set(),
            // The demo draws enrollments by student number, as before the order of service existed.
            serviceOrder: new Map(),
          });
          for (const row of list.rows)
            if (!chosen.has(row.studentId) && random.chance(0.6))
              chosen.set(row.studentId, enrollmentReasonFor(mpo));
        }
        const spansOf = new Map(region.children.map((c) => [c.studentId, c.spans]));
        const enrollments: DemoEnrollment[] = [];
        for (const [studentId, reason] of chosen) {
          if (enrollments.length >= ENROLLMENTS_PER_SERVICE) break;
          const enrolledOn = addDays(startDate, random.integer(0, 10));
          if (compareDates(enrolledOn, lastDay) > 0 || !isEligibleOn(spansOf.get(studentId)!, enrolledOn))
            continue;
          const sessions = sessionsOf(enrolledOn, lastDay, random);
          enrollments.push({
            studentId,
            enrolledOn,
            reason,
            sessions,
            tests: testsOf(sessions, lastDay === endDate, random),
          });
        }
        services.push({
          code: `R${region.number}-${period.name}-${plan.term}-${index + 1}`,
          regionNumber: region.number,
          name: plan.name,
          term: plan.term,
          mpos,
          startDate,
          endDate,
          enrollments,
        });
      });
  }
  return { assessments, services };
}
