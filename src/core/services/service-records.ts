/**
 * The words of the services half of the cycle (contract services/FORMAT.md): the plan's
 * measurable program objectives (MPOs), services with their enrollments, attendance and
 * pre/post tests, and the MPO outcome figures computed from them. Types only; the rules are
 * in the files beside this one.
 */
import type { CalendarDate } from '../common/calendar-date';

export const SERVICE_TERMS = ['RSY', 'SUMMER', 'INTERSESSION'] as const;
export type ServiceTerm = (typeof SERVICE_TERMS)[number];

export const ASSESSED_SUBJECTS = ['ELA', 'MATH'] as const;
export type AssessedSubject = (typeof ASSESSED_SUBJECTS)[number];

/** The plan's service components (seed 000): every service names those it carries out. */
export const SERVICE_COMPONENTS = ['eld', 'social_emotional', 'self_pride', 'cultural_pride'] as const;
export type ServiceComponent = (typeof SERVICE_COMPONENTS)[number];

/** California's funding resources for migrant education services. */
export const FUNDING_RESOURCES = ['3060', '3061', '3110'] as const;
export type FundingResource = (typeof FUNDING_RESOURCES)[number];

/** Which application funds a service: the region's own, or a district's DSA or MOU. */
export const APPLICATION_KINDS = ['regional_application', 'dsa', 'mou'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

export const ENROLLMENT_REASONS = [
  'below_proficient_ela',
  'below_proficient_math',
  'pre_k',
  'other',
] as const;
export type EnrollmentReason = (typeof ENROLLMENT_REASONS)[number];

/** Who an MPO measures. */
export type MpoPopulation =
  | { kind: 'belowProficient'; subject: AssessedSubject; maxLevel: number }
  | { kind: 'age'; minAge: number; maxAge: number };

/** When a child's post test counts as growth over the pre test. Numbers are exact decimals as written. */
export type GrowthRule =
  | { kind: 'anyGain' }
  | { kind: 'points'; points: number }
  | { kind: 'percentOfRange'; percent: number }
  | { kind: 'reach'; score: number };

/** A measurable program objective, as the contract's `plan.json` writes it. */
export interface Mpo {
  /** `1.0` */
  number: string;
  /** The need area's code (`ELA`, `MATH`, `SR`…). */
  area: string;
  population: MpoPopulation;
  /** Minimum attended hours over the child's aligned services of the period; null = none. */
  minHours: number | null;
  growth: GrowthRule;
  /** Percentage of tested children who must grow. */
  target: number;
  /** Below this many tested children the status is `insufficient`. */
  minN: number;
}

/** A pre/post instrument's score range and direction. */
export interface Instrument {
  min: number;
  max: number;
  higherIsBetter: boolean;
}

/** One span of eligibility, both dates included. */
export interface EligibilitySpan {
  from: CalendarDate;
  to: CalendarDate;
  /** The child's grade as the span's record writes it (`KN`, `03`, `OS`…); the child counts use it (S5.4). */
  grade?: string | null;
  /** An English learner during the span (S5.5). */
  englishLearner?: boolean;
  /** A child with a disability (IDEA) during the span (S5.5). */
  disability?: boolean;
}

/** A student as the services records know them. */
export interface ServiceStudent {
  studentId: string;
  birthDate: CalendarDate;
  spans: EligibilitySpan[];
}

export interface AssessmentResult {
  studentId: string;
  subject: AssessedSubject;
  /** `2023-24` */
  schoolYear: string;
  level: number;
}

export interface ServiceRecord {
  serviceId: string;
  region: number;
  name: string;
  term: ServiceTerm;
  mpos: string[];
  startDate: CalendarDate;
  endDate: CalendarDate;
  instrument: Instrument;
}

export interface ServiceEnrollment {
  serviceId: string;
  studentId: string;
  enrolledOn: CalendarDate;
}

export interface AttendanceRecord {
  serviceId: string;
  studentId: string;
  date: CalendarDate;
  /** 1 to 600 */
  minutes: number;
}

export interface TestResult {
  serviceId: string;
  studentId: string;
  kind: 'pre' | 'post';
  date: CalendarDate;
  /** At most two decimals. */
  score: number;
}

/** Everything a services folder holds (contract services/FORMAT.md). */
export interface ServiceRecords {
  mpos: Mpo[];
  students: ServiceStudent[];
  assessments: AssessmentResult[];
  services: ServiceRecord[];
  enrollments: ServiceEnrollment[];
  attendance: AttendanceRecord[];
  tests: TestResult[];
}

/** An MPO's status: its target met, not met, or too few tested to judge (fewer than its minimum n). */
export const MPO_STATUSES = ['met', 'notMet', 'insufficient'] as const;
export type MpoStatus = (typeof MPO_STATUSES)[number];

/** The counts of one MPO, each a subset of the one before (the drop-off the APPR shows). */
export interface MpoFunnel {
  served: number;
  inPopulation: number;
  dosageMet: number;
  tested: number;
  grew: number;
}

/** One MPO's line of the report, in the contract's shape. */
export interface MpoOutcome extends MpoFunnel {
  mpo: string;
  /** `100 × grew / tested`, one decimal, half away from zero; null when no one was tested. */
  pct: number | null;
  target: number;
  status: MpoStatus;
}

/** `ciclo report mpo --json`: `scope` is `state` or `region 5`. */
export interface MpoReport {
  scope: string;
  period: string;
  mpos: MpoOutcome[];
}
