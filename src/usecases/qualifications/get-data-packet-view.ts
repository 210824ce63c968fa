import type { DataPacket } from '../../core/recruitment/data-packet';
import { readingsOf, type PacketReading } from '../../core/recruitment/data-packet-readings';
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
}

/** The packet page: the state's figures, a region's beside them, and their readings. */
export async function getDataPacketView(
  ctx: UseCaseContext,
  options: { from: string; to: string; region?: number | undefined },
): Promise<DataPacketView> {
  const region = await dataPacketRegion(ctx, options.region);
  const state = await buildDataPacket(ctx, { from: options.from, to: options.to });
  const regionPacket = region
    ? await buildDataPacket(ctx, { from: options.from, to: options.to, region: region.number })
    : null;
  return {
    from: options.from,
    to: options.to,
    region,
    state,
    regionPacket,
    readings: regionPacket ? readingsOf(regionPacket, state) : readingsOf(state),
  };
}
