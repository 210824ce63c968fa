/** The data packet as GET /api/reports/data-packet returns it: the types of its own schemas. */
import type { Static } from '@sinclair/typebox';
import type { DataPacket } from '../../../core/recruitment/data-packet';
import { periodStartYearOf, periodStartingIn } from '../../../core/recruitment/performance-period';
import type {
  DataPacketViewReply,
  ImportQualificationsReply,
  ProtocolReply,
} from '../../../server/routes/reports/reports.schemas';

export {
  RESIDENCY_BANDS,
  residencyBandPercents,
  type DataPacket,
  type PeriodFigures,
  type ResidencyBand,
} from '../../../core/recruitment/data-packet';

type DataPacketViewSchema = Static<typeof DataPacketViewReply>;
/**
 * GET /api/reports/data-packet. The schema builds each period's residency bands from the
 * core's band list at run time, which TypeBox cannot type; the packets are the core's.
 */
export type DataPacketView = Omit<DataPacketViewSchema, 'state' | 'regionPacket'> & {
  state: DataPacket;
  regionPacket: DataPacket | null;
};
export type PacketReading = DataPacketViewSchema['readings'][number];
export type ReferralQuarterRow = DataPacketViewSchema['referralQuarters'][number];
export type Protocol = Static<typeof ProtocolReply>;
export type QualificationImportSummary = Static<typeof ImportQualificationsReply>;

/** Performance periods a user can pick: 2010-11 up to the one that contains `today`. */
export function selectablePeriods(today: Date): string[] {
  const lastStart = periodStartYearOf(today.toISOString().slice(0, 10));
  return Array.from({ length: lastStart - 2010 + 1 }, (_, i) => periodStartingIn(2010 + i).name);
}
