/**
 * The catalog of measures an improvement team can watch (IP2), each computed from Ciclo's own
 * records by period, never typed in. The records come in as plain facts; the data layer reads
 * them in the reader's scope.
 */
import { addYears, compareDates, daysBetween, type CalendarDate } from '../common/calendar-date';
import { DomainError } from '../common/domain-error';
import { meetsDosage, meetsGrowth, testPairOf, type TestScore } from '../services/mpo-rules';
import type { Instrument, Mpo } from '../services/service-records';
import { periodsBetween, periodLabel, periodStart, type PeriodKind } from './periods';

export const MEASURE_IDS = [
  'children-qualified',
  'newly-qualified-percent',
  'subsequent-move-percent',
  'families-within-60-days',
  'families-within-90-days',
  'children-within-60-days',
  'children-within-90-days',
  'residency-within-60-days',
  'referrals-per-quarter',
  'contacts-per-recruiter-week',
  'mpo-growth-percent',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

/** How a measure's value reads: a count, a percentage, or a rate per person. */
export type MeasureUnit = 'count' | 'percent' | 'rate';

export interface MeasureDefinition {
  id: MeasureId;
  period: PeriodKind;
  unit: MeasureUnit;
  /** Whether a higher value is better (the aim's direction by default). */
  higherIsBetter: boolean;
}

const monthlyPercent = (id: MeasureId): MeasureDefinition => ({
  id,
  period: 'month',
  unit: 'percent',
  higherIsBetter: true,
});

/** IP2.2–IP2.10: each measure's period and unit. */
export const MEASURES: Record<MeasureId, MeasureDefinition> = {
  'children-qualified': { id: 'children-qualified', period: 'month', unit: 'count', higherIsBetter: true },
  'newly-qualified-percent': {
    id: 'newly-qualified-percent',
    period: 'month',
    unit: 'percent',
    higherIsBetter: true,
  },
  'subsequent-move-percent': {
    id: 'subsequent-move-percent',
    period: 'month',
    unit: 'percent',
    higherIsBetter: true,
  },
  'families-within-60-days': {
    id: 'families-within-60-days',
    period: 'month',
    unit: 'percent',
    higherIsBetter: true,
  },
  'families-within-90-days': {
    id: 'families-within-90-days',
    period: 'month',
    unit: 'percent',
    higherIsBetter: true,
  },
  'children-within-60-days': monthlyPercent('children-within-60-days'),
  'children-within-90-days': monthlyPercent('children-within-90-days'),
  'residency-within-60-days': monthlyPercent('residency-within-60-days'),
  'mpo-growth-percent': monthlyPercent('mpo-growth-percent'),
  'referrals-per-quarter': {
    id: 'referrals-per-quarter',
    period: 'quarter',
    unit: 'count',
    higherIsBetter: true,
  },
  'contacts-per-recruiter-week': {
    id: 'contacts-per-recruiter-week',
    period: 'week',
    unit: 'rate',
    higherIsBetter: true,
  },
};

/** The most periods one chart plots (IP2.1, design choice: five years of weeks). */
export const MAX_CHART_PERIODS = 260;

/** IP2.1: a chart from `from` to `to` holds at most MAX_CHART_PERIODS periods; else `field` is refused. */
export function checkChartRange(id: MeasureId, from: CalendarDate, to: CalendarDate, field: string): void {
  if (periodsBetween(MEASURES[id].period, from, to).length > MAX_CHART_PERIODS)
    throw DomainError.invalidField(field, `a chart holds at most ${MAX_CHART_PERIODS} periods`);
}

export function isMeasureId(value: unknown): value is MeasureId {
  return typeof value === 'string' && (MEASURE_IDS as readonly string[]).includes(value);
}

/** An eligible child of an approved COE (IP2.2). */
export interface QualifiedChildFact {
  coeId: string;
  /** The recruitment date: the day the COE was signed, or its interview date. */
  recruitedOn: CalendarDate;
  qad: CalendarDate;
  basis: 'qualifying-work' | 'sqm' | null;
  priorCoe: boolean;
  /** The day the family began residing where it was recruited (the COE's residency date). */
  residencyDate: CalendarDate | null;
}

export interface ReferralFact {
  receivedOn: CalendarDate;
}

export interface SchoolContactFact {
  userId: string;
  contactDate: CalendarDate;
}

/** A student's enrollment in a service aligned to MPOs (IP2.10), with its tests and minutes. */
export interface TestedEnrollmentFact {
  tests: readonly TestScore[];
  attendedMinutes: number;
  instrument: Instrument;
  /** The MPOs of the plan the service is aligned to. */
  mpos: readonly Pick<Mpo, 'minHours' | 'growth'>[];
}

export interface MeasureRecords {
  children: readonly QualifiedChildFact[];
  referrals: readonly ReferralFact[];
  contacts: readonly SchoolContactFact[];
  enrollments: readonly TestedEnrollmentFact[];
}

/** Which kind of record each measure counts: what the data layer must read for it. */
export function recordsCounted(id: MeasureId): keyof MeasureRecords {
  if (id === 'referrals-per-quarter') return 'referrals';
  if (id === 'contacts-per-recruiter-week') return 'contacts';
  if (id === 'mpo-growth-percent') return 'enrollments';
  return 'children';
}

/** One period of a measure: its value (null without a denominator) and how it was reached. */
export interface MeasurePoint {
  start: CalendarDate;
  label: string;
  value: number | null;
  numerator: number;
  /** The count the value is of (children, families, recruiters); null for plain counts. */
  denominator: number | null;
  /** Referrals: the change against the same quarter of the year before, in percent (IP2.5). */
  changeFromPriorYear?: number | null;
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((1000 * part) / whole) / 10;
}

/** Group facts by the start of the period their date falls in. */
function byPeriod<T>(
  kind: PeriodKind,
  facts: readonly T[],
  dateOf: (fact: T) => CalendarDate,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const fact of facts) {
    const key = periodStart(kind, dateOf(fact));
    const group = groups.get(key);
    if (group) group.push(fact);
    else groups.set(key, [fact]);
  }
  return groups;
}

/** The families of some children: one per COE, recruited when the earliest QAD is (IP2.4). */
function familiesOf(
  children: readonly QualifiedChildFact[],
): Array<{ recruitedOn: CalendarDate; qad: CalendarDate }> {
  const families = new Map<string, { recruitedOn: CalendarDate; qad: CalendarDate }>();
  for (const child of children) {
    const family = families.get(child.coeId);
    if (!family) families.set(child.coeId, { recruitedOn: child.recruitedOn, qad: child.qad });
    else if (compareDates(child.qad, family.qad) < 0) family.qad = child.qad;
  }
  return [...families.values()];
}

/**
 * A measure's points for every period from the one holding `from` to the one holding `to`
 * (IP2.1–IP2.6). A period with nothing to divide by has no value (a missing point, IP1.1).
 */
export function computeMeasure(
  id: MeasureId,
  records: MeasureRecords,
  range: { from: CalendarDate; to: CalendarDate },
): MeasurePoint[] {
  const kind = MEASURES[id].period;
  const starts = periodsBetween(kind, range.from, range.to);
  const point = (start: CalendarDate, numerator: number, denominator: number | null): MeasurePoint => ({
    start,
    label: periodLabel(kind, start),
    value: denominator === null ? numerator : percentOrRate(numerator, denominator),
    numerator,
    denominator,
  });
  const percentOrRate = (n: number, d: number) =>
    MEASURES[id].unit === 'percent' ? percent(n, d) : d === 0 ? null : Math.round((100 * n) / d) / 100;

  switch (id) {
    case 'children-qualified':
    case 'newly-qualified-percent':
    case 'subsequent-move-percent': {
      const groups = byPeriod(kind, records.children, (c) => c.recruitedOn);
      return starts.map((start) => {
        const children = groups.get(start) ?? [];
        if (id === 'children-qualified') return point(start, children.length, null);
        const part =
          id === 'newly-qualified-percent'
            ? children.filter((c) => !c.priorCoe).length
            : children.filter((c) => c.basis === 'sqm').length;
        return point(start, part, children.length);
      });
    }
    case 'families-within-60-days':
    case 'families-within-90-days': {
      const days = id === 'families-within-60-days' ? 60 : 90;
      const groups = byPeriod(kind, familiesOf(records.children), (f) => f.recruitedOn);
      return starts.map((start) => {
        const families = groups.get(start) ?? [];
        const inTime = families.filter((f) => daysBetween(f.qad, f.recruitedOn) <= days).length;
        return point(start, inTime, families.length);
      });
    }
    case 'children-within-60-days':
    case 'children-within-90-days': {
      const days = id === 'children-within-60-days' ? 60 : 90;
      const groups = byPeriod(kind, records.children, (c) => c.recruitedOn);
      return starts.map((start) => {
        const children = groups.get(start) ?? [];
        const inTime = children.filter((c) => daysBetween(c.qad, c.recruitedOn) <= days).length;
        return point(start, inTime, children.length);
      });
    }
    case 'residency-within-60-days': {
      const newcomers = records.children.filter((c) => !c.priorCoe && c.residencyDate !== null);
      const groups = byPeriod(kind, newcomers, (c) => c.recruitedOn);
      return starts.map((start) => {
        const children = groups.get(start) ?? [];
        const inTime = children.filter((c) => daysBetween(c.residencyDate!, c.recruitedOn) <= 60).length;
        return point(start, inTime, children.length);
      });
    }
    case 'mpo-growth-percent': {
      const groups = byPeriod(kind, growthJudgements(records.enrollments), (j) => j.postDate);
      return starts.map((start) => {
        const judgements = groups.get(start) ?? [];
        return point(start, judgements.filter((j) => j.grew).length, judgements.length);
      });
    }
    case 'referrals-per-quarter': {
      const groups = byPeriod(kind, records.referrals, (r) => r.receivedOn);
      return starts.map((start) => {
        const count = groups.get(start)?.length ?? 0;
        const prior = groups.get(addYears(start, -1))?.length ?? 0;
        return {
          ...point(start, count, null),
          changeFromPriorYear: prior === 0 ? null : percent(count - prior, prior),
        };
      });
    }
    case 'contacts-per-recruiter-week': {
      const groups = byPeriod(kind, records.contacts, (c) => c.contactDate);
      return starts.map((start) => {
        const contacts = groups.get(start) ?? [];
        return point(start, contacts.length, new Set(contacts.map((c) => c.userId)).size);
      });
    }
  }
}

/**
 * IP2.10: one judgement per tested enrollment and MPO of its service whose hours it met: did the
 * student grow as the MPO asks, judged on the enrollment's pre and post tests (S3.7–S3.9),
 * dated by the post test.
 */
function growthJudgements(
  enrollments: readonly TestedEnrollmentFact[],
): Array<{ postDate: CalendarDate; grew: boolean }> {
  const judgements: Array<{ postDate: CalendarDate; grew: boolean }> = [];
  for (const enrollment of enrollments) {
    const pair = testPairOf(enrollment.tests, enrollment.instrument.higherIsBetter);
    if (!pair) continue;
    for (const mpo of enrollment.mpos) {
      if (!meetsDosage(enrollment.attendedMinutes, mpo.minHours)) continue;
      judgements.push({
        postDate: pair.post.date,
        grew: meetsGrowth(mpo.growth, enrollment.instrument, pair.pre.score, pair.post.score),
      });
    }
  }
  return judgements;
}

/** How far before `from` a measure needs records (IP2.5: referrals compare with the year before). */
export function recordsFrom(id: MeasureId, from: CalendarDate): CalendarDate {
  const start = periodStart(MEASURES[id].period, from);
  return id === 'referrals-per-quarter' ? addYears(start, -1) : start;
}

/**
 * Whether a measure's points counted any record (IP4.7): a period with something to divide by,
 * or a count above zero. A region without one has no data for the measure.
 */
export function countsAnyRecord(points: readonly Pick<MeasurePoint, 'numerator' | 'denominator'>[]): boolean {
  return points.some((p) => (p.denominator ?? p.numerator) > 0);
}
