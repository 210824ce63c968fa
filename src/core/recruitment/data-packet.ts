/**
 * The I&R data packet (contract `qualifications/FORMAT.md`): per performance period, the
 * students qualified, newly qualified, qualified on a subsequent move, the time from residency
 * to recruitment of the newly qualified, and those recruited within 60 and 90 days of the QAD.
 * Every figure counts distinct students, each by their row for the period.
 */
import { compareDates, daysBetween, type CalendarDate } from '../common/calendar-date';
import { contractJson } from '../common/contract-json';
import { periodStartYearOf, type PerformancePeriod } from './performance-period';
import { compareRecords, resolvePriorCoe, type QualificationRecord } from './qualification-record';

export const RESIDENCY_BANDS = ['lt30', 'm1to2', 'm2to6', 'm6to12', 'gt12'] as const;
export type ResidencyBand = (typeof RESIDENCY_BANDS)[number];

/** The counts of one period; the percentages follow from them. */
export interface PeriodCounts {
  period: string;
  qualified: number;
  newlyQualified: number;
  subsequentMove: number;
  residencyToRecruitment: Record<ResidencyBand, number>;
  within60DaysOfQad: number;
  within90DaysOfQad: number;
}

export interface PeriodFigures {
  period: string;
  qualified: number;
  newlyQualified: number;
  newlyQualifiedPct: number | null;
  subsequentMove: number;
  subsequentMovePct: number | null;
  residencyToRecruitment: Record<ResidencyBand, number>;
  within60DaysOfQad: number;
  within60DaysOfQadPct: number | null;
  within90DaysOfQad: number;
  within90DaysOfQadPct: number | null;
}

export interface DataPacket {
  /** `state` or `region 5` */
  scope: string;
  periods: PeriodFigures[];
}

/** A student's row as the figures need it. */
export type CountedRow = Pick<
  QualificationRecord,
  'qad' | 'residencyDate' | 'recruitmentDate' | 'workerMoveDate' | 'movedWithWorker'
> & { priorCoe: boolean };

/** Days from residency to recruitment → its band: 0–29, 30–60, 61–182, 183–365, 366+. */
export function residencyBand(days: number): ResidencyBand {
  if (days < 30) return 'lt30';
  if (days <= 60) return 'm1to2';
  if (days <= 182) return 'm2to6';
  if (days <= 365) return 'm6to12';
  return 'gt12';
}

/** 100 × part / whole to one decimal, half away from zero, exactly (integers only); null when whole is 0. */
export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  const tenths = Math.floor((2_000 * part + whole) / (2 * whole));
  return tenths / 10;
}

/** Figure 4a as shares: each band's percent of the period's newly qualified (null when none). */
export function residencyBandPercents(
  period: Pick<PeriodFigures, 'newlyQualified' | 'residencyToRecruitment'>,
): Record<ResidencyBand, number | null> {
  const shares = {} as Record<ResidencyBand, number | null>;
  for (const band of RESIDENCY_BANDS)
    shares[band] = percent(period.residencyToRecruitment[band], period.newlyQualified);
  return shares;
}

export function emptyCounts(period: string): PeriodCounts {
  return {
    period,
    qualified: 0,
    newlyQualified: 0,
    subsequentMove: 0,
    residencyToRecruitment: { lt30: 0, m1to2: 0, m2to6: 0, m6to12: 0, gt12: 0 },
    within60DaysOfQad: 0,
    within90DaysOfQad: 0,
  };
}

/** Adds one student's row for the period to its counts. */
function countRow(counts: PeriodCounts, row: CountedRow): void {
  counts.qualified += 1;
  if (!row.priorCoe) {
    counts.newlyQualified += 1;
    counts.residencyToRecruitment[residencyBand(daysBetween(row.residencyDate, row.recruitmentDate))] += 1;
  }
  if (row.movedWithWorker && compareDates(row.qad, row.workerMoveDate) > 0) counts.subsequentMove += 1;
  const daysFromQad = daysBetween(row.qad, row.recruitmentDate);
  if (daysFromQad <= 60) counts.within60DaysOfQad += 1;
  if (daysFromQad <= 90) counts.within90DaysOfQad += 1;
}

/**
 * The counts of every period from the records (the reference the database query must match).
 * A prior COE not stated is decided from all the student's records, whatever the region.
 */
export function computePeriodCounts(
  records: readonly QualificationRecord[],
  periods: readonly PerformancePeriod[],
  region?: number,
): PeriodCounts[] {
  const prior = resolvePriorCoe(records);
  const byPeriod = new Map(
    periods.map((period) => [period.startYear, new Map<string, QualificationRecord>()]),
  );
  for (const record of records) {
    if (region !== undefined && record.region !== region) continue;
    const students = byPeriod.get(periodStartYearOf(record.recruitmentDate));
    if (!students) continue;
    const current = students.get(record.studentId);
    if (!current || compareRecords(record, current) < 0) students.set(record.studentId, record);
  }
  return periods.map((period) => {
    const counts = emptyCounts(period.name);
    for (const record of byPeriod.get(period.startYear)!.values())
      countRow(counts, { ...record, priorCoe: prior.get(record)! });
    return counts;
  });
}

export function dataPacketOf(scope: string, counts: readonly PeriodCounts[]): DataPacket {
  return {
    scope,
    periods: counts.map((c) => ({
      period: c.period,
      qualified: c.qualified,
      newlyQualified: c.newlyQualified,
      newlyQualifiedPct: percent(c.newlyQualified, c.qualified),
      subsequentMove: c.subsequentMove,
      subsequentMovePct: percent(c.subsequentMove, c.qualified),
      residencyToRecruitment: { ...c.residencyToRecruitment },
      within60DaysOfQad: c.within60DaysOfQad,
      within60DaysOfQadPct: percent(c.within60DaysOfQad, c.qualified),
      within90DaysOfQad: c.within90DaysOfQad,
      within90DaysOfQadPct: percent(c.within90DaysOfQad, c.qualified),
    })),
  };
}

export function scopeName(region?: number): string {
  return region === undefined ? 'state' : `region ${region}`;
}

/** The packet as the contract prints it: two-space JSON with every percentage to one decimal (21.0). */
export function formatDataPacketJson(packet: DataPacket): string {
  return contractJson(packet, (key) => key.endsWith('Pct'));
}

export type { CalendarDate };
