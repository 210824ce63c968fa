/**
 * The contract's definitions of an MPO's figures (services/FORMAT.md, "Definitions"), one small
 * pure function each. Scores, ranges and thresholds are compared as exact decimals: a number
 * stands for the decimal it prints as (`String(0.1)` is `0.1`), and arithmetic on them is done
 * in scaled BigInts, never in binary floating point.
 */
import type { CalendarDate } from '../common/calendar-date';
import { periodStartYearOf } from '../recruitment/performance-period';
import { ageOn } from './service-eligibility';
import type {
  AssessedSubject,
  AssessmentResult,
  GrowthRule,
  Instrument,
  Mpo,
  MpoFunnel,
  MpoOutcome,
  MpoPopulation,
  MpoStatus,
  TestResult,
} from './service-records';

/** A decimal as `units × 10^-scale`, exactly. */
interface Decimal {
  units: bigint;
  scale: number;
}

/** The exact decimal a finite number prints as (its shortest round-trip form). */
export function decimalOf(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const [mantissa = '0', exponentText] = String(value).toLowerCase().split('e');
  const exponent = Number(exponentText ?? 0);
  const negative = mantissa.startsWith('-');
  const [whole = '0', fraction = ''] = mantissa.replace('-', '').split('.');
  const units = BigInt(whole + fraction) * (negative ? -1n : 1n);
  const scale = fraction.length - exponent;
  return scale >= 0 ? { units, scale } : { units: units * 10n ** BigInt(-scale), scale: 0 };
}

function atScale(d: Decimal, scale: number): bigint {
  return d.units * 10n ** BigInt(scale - d.scale);
}

/** Compare two decimals exactly: negative, zero or positive. */
function compareDecimals(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const difference = atScale(a, scale) - atScale(b, scale);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

function subtract(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: atScale(a, scale) - atScale(b, scale), scale };
}

function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** Whether `a ≥ b`, compared exactly as decimals. */
export function isAtLeast(a: number, b: number): boolean {
  return compareDecimals(decimalOf(a), decimalOf(b)) >= 0;
}

/** `2023-24` → 2023. */
function schoolYearStart(schoolYear: string): number {
  return Number(schoolYear.slice(0, 4));
}

/** A state assessment result in any subject (ELA, MATH, or the ELPAC for Priority for Services). */
export interface LevelResult<Subject extends string> {
  subject: Subject;
  schoolYear: string;
  level: number;
}

/**
 * S3.3: the student's most recent state assessment result in `subject` before the period: the
 * row with the latest school year that starts before the period (`2023-24` or before for
 * `2024-25`); null when there is none.
 */
export function latestResultBeforePeriod<Result extends LevelResult<string>>(
  results: readonly Result[],
  subject: Result['subject'],
  periodStartYear: number,
): Result | null {
  let latest: Result | null = null;
  for (const result of results) {
    if (result.subject !== subject || schoolYearStart(result.schoolYear) >= periodStartYear) continue;
    if (!latest || result.schoolYear > latest.schoolYear) latest = result;
  }
  return latest;
}

/** S3.3: the level of the student's most recent state assessment in `subject` before the period. */
export function levelBeforePeriod(
  results: readonly AssessmentResult[],
  subject: AssessedSubject,
  periodStartYear: number,
): number | null {
  return latestResultBeforePeriod(results, subject, periodStartYear)?.level ?? null;
}

/** What population membership looks at: the student, and the enrollment's service start. */
export interface PopulationFacts {
  birthDate: CalendarDate;
  /** The student's state assessment results (any subject, any year). */
  assessments: readonly AssessmentResult[];
  /** The start date of the service the enrollment is in; its period is the service's period. */
  serviceStart: CalendarDate;
}

/** Why a student is in an MPO's population: their latest level before the period, or their age. */
export type PopulationReason =
  { kind: 'belowProficient'; subject: AssessedSubject; level: number } | { kind: 'age'; age: number };

/**
 * S3.3–S3.4: why an enrollment puts the student in the MPO's population, or null when it does
 * not: below proficient on the latest assessment before the service's period, or of age on the
 * service's start date.
 */
export function populationReason(population: MpoPopulation, facts: PopulationFacts): PopulationReason | null {
  if (population.kind === 'age') {
    const age = ageOn(facts.birthDate, facts.serviceStart);
    return population.minAge <= age && age <= population.maxAge ? { kind: 'age', age } : null;
  }
  const level = levelBeforePeriod(
    facts.assessments,
    population.subject,
    periodStartYearOf(facts.serviceStart),
  );
  return level !== null && level <= population.maxLevel
    ? { kind: 'belowProficient', subject: population.subject, level }
    : null;
}

/** S3.3–S3.4: whether an enrollment puts the student in the MPO's population. */
export function isInPopulation(population: MpoPopulation, facts: PopulationFacts): boolean {
  return populationReason(population, facts) !== null;
}

/** S3.5: the dosage is met when the attended minutes reach `minHours × 60` (always when null). */
export function meetsDosage(minutes: number, minHours: number | null): boolean {
  if (minHours === null) return true;
  return compareDecimals(decimalOf(minutes), multiply(decimalOf(minHours), decimalOf(60))) >= 0;
}

/** A test as the pair is chosen from: which kind, when, what score. */
export type TestScore = Pick<TestResult, 'kind' | 'date' | 'score'>;

/** The pre and post scores of one enrollment that its growth is judged on. */
export interface TestPair<T extends TestScore = TestResult> {
  pre: T;
  post: T;
}

/**
 * S3.6: an enrollment's pair: its earliest pre test (ties: the lower score) and its latest post
 * test (ties: the better score); null without both, or unless the post is dated after the pre.
 */
export function testPairOf<T extends TestScore>(
  tests: readonly T[],
  higherIsBetter: boolean,
): TestPair<T> | null {
  const isBetter = (a: number, b: number) => (higherIsBetter ? a > b : a < b);
  let pre: T | null = null;
  let post: T | null = null;
  for (const test of tests) {
    if (test.kind === 'pre') {
      if (!pre || test.date < pre.date || (test.date === pre.date && test.score < pre.score)) pre = test;
    } else {
      if (!post || test.date > post.date || (test.date === post.date && isBetter(test.score, post.score)))
        post = test;
    }
  }
  return pre && post && post.date > pre.date ? { pre, post } : null;
}

/**
 * S3.7: whether a pre/post pair meets the growth rule, following the instrument's direction;
 * an improvement of exactly the threshold meets it.
 */
export function meetsGrowth(rule: GrowthRule, instrument: Instrument, pre: number, post: number): boolean {
  const improvement = instrument.higherIsBetter
    ? subtract(decimalOf(post), decimalOf(pre))
    : subtract(decimalOf(pre), decimalOf(post));
  switch (rule.kind) {
    case 'anyGain':
      return improvement.units > 0n;
    case 'points':
      return compareDecimals(improvement, decimalOf(rule.points)) >= 0;
    case 'percentOfRange': {
      // improvement ≥ percent/100 × (max − min)  ⇔  100 × improvement ≥ percent × (max − min)
      const range = subtract(decimalOf(instrument.max), decimalOf(instrument.min));
      return (
        compareDecimals(multiply(improvement, decimalOf(100)), multiply(decimalOf(rule.percent), range)) >= 0
      );
    }
    case 'reach': {
      const reached = compareDecimals(decimalOf(post), decimalOf(rule.score));
      return instrument.higherIsBetter ? reached >= 0 : reached <= 0;
    }
  }
}

/** S3.9: `100 × grew / tested` to one decimal, half away from zero, exactly; null when no one was tested. */
export function percentGrew(grew: number, tested: number): number | null {
  if (tested === 0) return null;
  // Tenths of a percent, rounded half up (the counts are never negative): ⌊(2000g + t) / 2t⌋.
  const tenths = (2000n * BigInt(grew) + BigInt(tested)) / (2n * BigInt(tested));
  return Number(tenths) / 10;
}

/**
 * S3.10: `insufficient` below `minN` tested children (and always when no one was tested);
 * otherwise `met` when the percentage reaches the target, else `notMet`.
 */
export function mpoStatus(tested: number, pct: number | null, mpo: Pick<Mpo, 'minN' | 'target'>): MpoStatus {
  if (tested === 0 || tested < mpo.minN || pct === null) return 'insufficient';
  return isAtLeast(pct, mpo.target) ? 'met' : 'notMet';
}

/** One MPO's line of the report from its counts. */
export function outcomeOf(mpo: Mpo, funnel: MpoFunnel): MpoOutcome {
  const pct = percentGrew(funnel.grew, funnel.tested);
  return {
    mpo: mpo.number,
    served: funnel.served,
    inPopulation: funnel.inPopulation,
    dosageMet: funnel.dosageMet,
    tested: funnel.tested,
    grew: funnel.grew,
    pct,
    target: mpo.target,
    status: mpoStatus(funnel.tested, pct, mpo),
  };
}
