/** The data packet as GET /api/reports/data-packet returns it. */
export const RESIDENCY_BANDS = ['lt30', 'm1to2', 'm2to6', 'm6to12', 'gt12'] as const;
export type ResidencyBand = (typeof RESIDENCY_BANDS)[number];

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
  scope: string;
  periods: PeriodFigures[];
}

export interface PacketReading {
  figure: 'qualified' | 'newlyQualified' | 'subsequentMove' | 'within60DaysOfQad' | 'within90DaysOfQad' | 'recruitedWithin30DaysOfResidency';
  period: string;
  value: number | null;
  previousPeriod: string | null;
  previousValue: number | null;
  change: number | null;
  stateValue: number | null;
}

export interface DataPacketView {
  from: string;
  to: string;
  region: { id: string; number: number; name: string } | null;
  state: DataPacket;
  regionPacket: DataPacket | null;
  readings: PacketReading[];
}

/** Performance periods a user can pick: 2010-11 up to the one that contains `today`. */
export function selectablePeriods(today: Date): string[] {
  const lastStart = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  const periods: string[] = [];
  for (let year = 2010; year <= lastStart; year += 1) periods.push(`${year}-${String((year + 1) % 100).padStart(2, '0')}`);
  return periods;
}
