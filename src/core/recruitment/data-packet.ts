/**
 * The I&R data packet (contract `qualifications/FORMAT.md`): per performance period, the
 * students qualified, newly qualified, qualified on a subsequent move, the time from residency
 * to recruitment of the newly qualified, and those recruited within 60 and 90 days of the QAD.
 * Every figure counts distinct students, each by their row for the period. Beyond the
 * contract (docs/rules/data-packet.md, DP1): figure 3 by the engine's basis, and the families
 * the regions' aims count.
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
  /** DP1.2: qualified on a subsequent qualifying move by the engine's basis (with, to join, precede, as the worker). */
  subsequentMoveByBasis: number;
  /** DP1.3: the families of the students counted. */
  families: number;
  /** DP1.4: of them, families none of whose children counted had a prior COE. */
  newFamilies: number;
  /** DP1.5: of them, families identified within 90 days of the QAD. */
  familiesWithin90DaysOfQad: number;
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
  subsequentMoveByBasis: number;
  subsequentMoveByBasisPct: number | null;
  families: number;
  newFamilies: number;
  familiesWithin90DaysOfQad: number;
  familiesWithin90DaysOfQadPct: number | null;
}

/** The fields of a period the contract's JSON prints, in its order; the rest are Ciclo's own. */
export const CONTRACT_PERIOD_FIELDS = [
  'period',
  'qualified',
  'newlyQualified',
  'newlyQualifiedPct',
  'subsequentMove',
  'subsequentMovePct',
  'residencyToRecruitment',
  'within60DaysOfQad',
  'within60DaysOfQadPct',
  'within90DaysOfQad',
  'within90DaysOfQadPct',
] as const;

export interface DataPacket {
  /** `state` or `region 5` */
  scope: string;
  periods: PeriodFigures[];
}

/** A student's row as the figures need it. */
export type CountedRow = Pick<
  QualificationRecord,
  'studentId' | 'coeId' | 'qad' | 'residencyDate' | 'recruitmentDate' | 'workerMoveDate' | 'movedWithWorker'
> & { priorCoe: boolean; basis: QualificationRecord['basis']; familyId: QualificationRecord['familyId'] };

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
    subsequentMoveByBasis: 0,
    families: 0,
    newFamilies: 0,
    familiesWithin90DaysOfQad: 0,
  };
}

/**
 * DP1.2: whether a row's qualifying move was a subsequent qualifying move by the engine's
 * basis, whatever the child's move with the worker. A row of Ciclo's own COE carries the
 * engine's basis; an imported row is decided from its dates: an SQM's QAD always comes after
 * the worker move date (R7.2, R7.5). Only a child who joined the worker at the establishing
 * move's destination also has a later QAD, and an imported file cannot tell that child apart.
 */
export function isSubsequentMoveByBasis(row: Pick<CountedRow, 'basis' | 'qad' | 'workerMoveDate'>): boolean {
  if (row.basis) return row.basis === 'sqm';
  return compareDates(row.qad, row.workerMoveDate) > 0;
}

/** DP1.3: the family a row counts for: the family its COE certified, else the COE itself. */
export function familyKeyOf(row: Pick<CountedRow, 'familyId' | 'coeId'>): string {
  return row.familyId ? `family:${row.familyId}` : `coe:${row.coeId}`;
}

/**
 * The order of a family's rows in a period: earliest recruitment, then smallest coe_id, then
 * earliest QAD, then smallest student id. The first is the row that identified the family.
 */
function compareFamilyRows(a: CountedRow, b: CountedRow): number {
  return (
    compareRecords(a, b) ||
    compareDates(a.qad, b.qad) ||
    (a.studentId < b.studentId ? -1 : a.studentId > b.studentId ? 1 : 0)
  );
}

/**
 * DP1.3–DP1.5: the family figures of a period from the students' rows for it: each family
 * once; new when none of its children counted had a prior COE; identified within 90 days
 * of the QAD when its first row (compareFamilyRows) was recruited at most 90 days after
 * that row's QAD.
 */
export function countFamilies(
  rows: readonly CountedRow[],
): Pick<PeriodCounts, 'families' | 'newFamilies' | 'familiesWithin90DaysOfQad'> {
  const byFamily = new Map<string, CountedRow[]>();
  for (const row of rows) byFamily.set(familyKeyOf(row), [...(byFamily.get(familyKeyOf(row)) ?? []), row]);
  let newFamilies = 0;
  let within90 = 0;
  for (const members of byFamily.values()) {
    if (members.every((row) => !row.priorCoe)) newFamilies += 1;
    const first = [...members].sort(compareFamilyRows)[0]!;
    if (daysBetween(first.qad, first.recruitmentDate) <= 90) within90 += 1;
  }
  return { families: byFamily.size, newFamilies, familiesWithin90DaysOfQad: within90 };
}

/** Adds one student's row for the period to its counts (the student figures; families are counted apart). */
function countRow(counts: PeriodCounts, row: CountedRow): void {
  counts.qualified += 1;
  if (!row.priorCoe) {
    counts.newlyQualified += 1;
    counts.residencyToRecruitment[residencyBand(daysBetween(row.residencyDate, row.recruitmentDate))] += 1;
  }
  if (row.movedWithWorker && compareDates(row.qad, row.workerMoveDate) > 0) counts.subsequentMove += 1;
  if (isSubsequentMoveByBasis(row)) counts.subsequentMoveByBasis += 1;
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
    const rows: CountedRow[] = [...byPeriod.get(period.startYear)!.values()].map((record) => ({
      ...record,
      priorCoe: prior.get(record)!,
      basis: record.basis ?? null,
      familyId: record.familyId ?? null,
    }));
    for (const row of rows) countRow(counts, row);
    return { ...counts, ...countFamilies(rows) };
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
      subsequentMoveByBasis: c.subsequentMoveByBasis,
      subsequentMoveByBasisPct: percent(c.subsequentMoveByBasis, c.qualified),
      families: c.families,
      newFamilies: c.newFamilies,
      familiesWithin90DaysOfQad: c.familiesWithin90DaysOfQad,
      familiesWithin90DaysOfQadPct: percent(c.familiesWithin90DaysOfQad, c.families),
    })),
  };
}

export function scopeName(region?: number): string {
  return region === undefined ? 'state' : `region ${region}`;
}

/**
 * The packet as the contract prints it: its fields only (Ciclo's own measures are on the page
 * and in the exports), two-space JSON with every percentage to one decimal (21.0).
 */
export function formatDataPacketJson(packet: DataPacket): string {
  const periods = packet.periods.map((period) =>
    Object.fromEntries(CONTRACT_PERIOD_FIELDS.map((field) => [field, period[field]])),
  );
  return contractJson({ scope: packet.scope, periods }, (key) => key.endsWith('Pct'));
}

export type { CalendarDate };
