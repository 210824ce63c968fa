/**
 * A service as the region sets it up (issue 11): provider, term, site, planned and actual
 * dates, funding line, the application line it comes from, its alignment to the plan, and its
 * pre/post instrument; and the rules a service must keep before it is saved.
 */
import { isCalendarDate, type CalendarDate } from '../common/calendar-date';
import type { FieldProblem } from '../common/domain-error';
import {
  APPLICATION_KINDS,
  FUNDING_RESOURCES,
  SERVICE_COMPONENTS,
  SERVICE_TERMS,
  type ApplicationKind,
  type FundingResource,
  type ServiceComponent,
  type ServiceTerm,
} from './service-records';

/** A named band of the instrument's scores (`Beginning` 0–3), both ends included. */
export interface InstrumentLevel {
  label: string;
  from: number;
  to: number;
}

export interface ServiceInput {
  /** The service's id in the region's records. */
  code: string;
  name: string;
  term: ServiceTerm;
  site: string | null;
  /** The district that provides the service; null when the region does. */
  districtId: string | null;
  startDate: CalendarDate;
  endDate: CalendarDate;
  actualStartDate: CalendarDate | null;
  actualEndDate: CalendarDate | null;
  fundingResource: FundingResource | null;
  applicationKind: ApplicationKind | null;
  applicationLine: string | null;
  mpos: string[];
  strategies: string[];
  components: ServiceComponent[];
  /** Whether staff professional development must come before the service. */
  pdRequired: boolean;
  instrumentName: string | null;
  instrumentMin: number;
  instrumentMax: number;
  higherIsBetter: boolean;
  instrumentLevels: InstrumentLevel[];
  /** A session's usual length: the attendance sheet's default minutes. */
  sessionMinutes: number | null;
  stateServiceCode: string | null;
}

/** The MPO and strategy numbers of the plan version a service is aligned within. */
export interface PlanNumbers {
  mpos: readonly string[];
  strategies: readonly string[];
}

export const MAX_SESSION_MINUTES = 600;

/** Whether `score` is written with at most two decimals (the instrument's and the tests' precision). */
export function hasAtMostTwoDecimals(score: number): boolean {
  return Number.isFinite(score) && Number(score.toFixed(2)) === score;
}

/**
 * Every problem of a service before it is saved, each naming its field; empty when it may be
 * saved. `plan` is the plan version the service is aligned within, or null when none is adopted.
 */
export function serviceProblems(input: ServiceInput, plan: PlanNumbers | null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });

  if (input.code.trim() === '') problem('code', 'is required');
  if (input.name.trim() === '') problem('name', 'is required');
  if (!SERVICE_TERMS.includes(input.term)) problem('term', `must be one of ${SERVICE_TERMS.join(', ')}`);
  datePairProblems(input.startDate, input.endDate, ['startDate', 'endDate'], problem);
  // A service under way has started and not ended: an actual start may come alone, an actual end may not.
  if (input.actualEndDate !== null)
    datePairProblems(
      input.actualStartDate,
      input.actualEndDate,
      ['actualStartDate', 'actualEndDate'],
      problem,
    );
  else if (input.actualStartDate !== null && !isCalendarDate(input.actualStartDate))
    problem('actualStartDate', 'is not a date (YYYY-MM-DD)');
  if (input.fundingResource !== null && !FUNDING_RESOURCES.includes(input.fundingResource))
    problem('fundingResource', `must be one of ${FUNDING_RESOURCES.join(', ')}`);
  if (input.applicationKind !== null && !APPLICATION_KINDS.includes(input.applicationKind))
    problem('applicationKind', `must be one of ${APPLICATION_KINDS.join(', ')}`);
  if ((input.applicationKind === 'dsa' || input.applicationKind === 'mou') && input.districtId === null)
    problem('districtId', 'a DSA or MOU service is provided by a district: choose it');
  if (input.sessionMinutes !== null && !isWholeNumberIn(input.sessionMinutes, 1, MAX_SESSION_MINUTES))
    problem('sessionMinutes', `must be a whole number of minutes from 1 to ${MAX_SESSION_MINUTES}`);
  for (const bad of input.components.filter((c) => !SERVICE_COMPONENTS.includes(c)))
    problem('components', `${bad} is not a service component`);
  instrumentProblems(input, problem);
  alignmentProblems(input, plan, problem);
  return problems;
}

function isWholeNumberIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function datePairProblems(
  from: CalendarDate | null,
  to: CalendarDate | null,
  [fromField, toField]: [string, string],
  problem: (field: string, message: string) => void,
): void {
  if (from === null) problem(fromField, 'is required with the end date');
  else if (!isCalendarDate(from)) problem(fromField, 'is not a date (YYYY-MM-DD)');
  if (to === null) problem(toField, 'is required with the start date');
  else if (!isCalendarDate(to)) problem(toField, 'is not a date (YYYY-MM-DD)');
  if (from !== null && to !== null && isCalendarDate(from) && isCalendarDate(to) && to < from)
    problem(toField, `${to} is before the start date ${from}`);
}

function instrumentProblems(input: ServiceInput, problem: (field: string, message: string) => void): void {
  const { instrumentMin: min, instrumentMax: max } = input;
  if (!hasAtMostTwoDecimals(min)) problem('instrumentMin', 'must be a number with at most two decimals');
  if (!hasAtMostTwoDecimals(max)) problem('instrumentMax', 'must be a number with at most two decimals');
  if (!(min < max)) problem('instrumentMax', `must be greater than the lowest score ${min}`);
  input.instrumentLevels.forEach((level, i) => {
    const field = `instrumentLevels[${i}]`;
    if (level.label.trim() === '') problem(`${field}.label`, 'is required');
    if (level.from > level.to) problem(field, `${level.from} to ${level.to}: the band starts after it ends`);
    if (level.from < min || level.to > max)
      problem(field, `${level.from} to ${level.to} is outside the instrument's range ${min} to ${max}`);
  });
}

function alignmentProblems(
  input: ServiceInput,
  plan: PlanNumbers | null,
  problem: (field: string, message: string) => void,
): void {
  const check = (
    field: 'mpos' | 'strategies',
    numbers: string[],
    known: readonly string[] | undefined,
    what: string,
  ) => {
    const seen = new Set<string>();
    for (const number of numbers) {
      if (seen.has(number)) problem(field, `${what} ${number} is listed twice`);
      seen.add(number);
      if (known === undefined) problem(field, `${what} ${number}: no plan has been adopted yet`);
      else if (!known.includes(number))
        problem(field, `${what} ${number} is not in the plan (${known.join(', ') || 'none'})`);
    }
  };
  check('mpos', input.mpos, plan?.mpos, 'MPO');
  check('strategies', input.strategies, plan?.strategies, 'Strategy');
}
