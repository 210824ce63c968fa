import type { DataPacket } from '../../core/recruitment/data-packet';
import { readingsOf, type PacketReading } from '../../core/recruitment/data-packet-readings';
import { parsePeriod, periodsBetween } from '../../core/recruitment/performance-period';
import { referralQuarterRows, type ReferralQuarterRow } from '../../core/recruitment/referral-quarters';
import { countReferralQuarters } from '../../data/repositories/referral-quarters.repository';
import type { UseCaseContext } from '../context';
import { buildDataPacket } from './build-data-packet';
import { dataPacketRegion } from './data-packet-region';

export interface DataPacketView {
  from: string;
  to: string;
  region: { id: string; number: number; name: string } | null;
  state: DataPacket;
  regionPacket: DataPacket | null;
  /** Readings of the region's packet (against the state), or of the state's. */
  readings: PacketReading[];
  /**
   * Referrals per quarter by source (DP3) of the region, or of the state without one, each
   * beside the same quarter of the period before.
   */
  referralQuarters: ReferralQuarterRow[];
}

/** The packet page: the state's figures, a region's beside them, their readings, and the referrals per quarter. */
export async function getDataPacketView(
  ctx: UseCaseContext,
  options: { from: string; to: string; region?: number | undefined },
): Promise<DataPacketView> {
  const region = await dataPacketRegion(ctx, options.region);
  const state = await buildDataPacket(ctx, { from: options.from, to: options.to });
  const regionPacket = region
    ? await buildDataPacket(ctx, { from: options.from, to: options.to, region: region.number })
    : null;
  const periods = periodsBetween(parsePeriod(options.from, 'from'), parsePeriod(options.to, 'to'));
  const quarterCounts = await countReferralQuarters(ctx.db, {
    fromYear: periods[0]!.startYear - 1,
    toYear: periods.at(-1)!.startYear,
    regionId: region?.id,
  });
  return {
    from: options.from,
    to: options.to,
    region,
    state,
    regionPacket,
    readings: regionPacket ? readingsOf(regionPacket, state) : readingsOf(state),
    referralQuarters: referralQuarterRows(quarterCounts, periods),
  };
}
