import { canReachRecord, canWriteInRegion, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission, isRegionRole } from '../people/roles';

/** A data packet as far as access cares: its team, a region (`regionId`) or the state (`null`). */
export interface DataPacketAccess {
  regionId: string | null;
}

/**
 * Who writes a packet's data analysis protocol: the packet's own team. A region's packet is
 * answered by the staff of that region (directors, I&R managers, data specialists,
 * recruiters) or the state administrator; the state's packet by the state administrator.
 * State consultants and designated reviewers read packets but do not answer for a team.
 */
function isTeamOf(actor: Actor, packet: DataPacketAccess): boolean {
  if (actor.role === 'state_admin') return true;
  return packet.regionId !== null && isRegionRole(actor.role) && canWriteInRegion(actor, packet.regionId);
}

/**
 * Who may read a data packet (the state's figures are for every report reader; a region's for
 * those who reach the region) and write its protocol.
 */
export const dataPacketPolicy = definePolicy<'writeProtocol', DataPacketAccess>({
  read: (actor, packet) =>
    hasPermission(actor.role, 'report.read') &&
    (packet.regionId === null || canReachRecord(actor, { regionId: packet.regionId })),
  writeProtocol: (actor, packet) => hasPermission(actor.role, 'report.read') && isTeamOf(actor, packet),
});
