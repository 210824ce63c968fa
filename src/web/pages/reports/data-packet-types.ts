/** The data packet as GET /api/reports/data-packet returns it: the core's own types. */
import type { DataPacket } from '../../../core/recruitment/data-packet';
import type { PacketReading } from '../../../core/recruitment/data-packet-readings';
import { periodStartYearOf, periodStartingIn } from '../../../core/recruitment/performance-period';

export {
  RESIDENCY_BANDS,
  residencyBandPercents,
  type DataPacket,
  type PeriodFigures,
  type ResidencyBand,
} from '../../../core/recruitment/data-packet';
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
  const lastStart = periodStartYearOf(today.toISOString().slice(0, 10));
  return Array.from({ length: lastStart - 2010 + 1 }, (_, i) => periodStartingIn(2010 + i).name);
}
