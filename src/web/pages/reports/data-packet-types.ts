/** The data packet as GET /api/reports/data-packet returns it: the core's own types. */
import type { DataPacket } from '../../../core/recruitment/data-packet';
import type { PacketReading } from '../../../core/recruitment/data-packet-readings';

export { RESIDENCY_BANDS, residencyBandPercents, type DataPacket, type PeriodFigures, type ResidencyBand } from '../../../core/recruitment/data-packet';
export type { PacketReading } from '../../../core/recruitment/data-packet-readings';

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
