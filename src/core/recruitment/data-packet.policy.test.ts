import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import { dataPacketPolicy } from './data-packet.policy';

const REGION_A = 'region-a';
const REGION_B = 'region-b';

function actor(role: Role, regionId: string | null): Actor {
  return { userId: 'me', role, regionId, districtId: null, assignedRegionIds: [REGION_A], label: role };
}

describe("who reads a data packet and writes its team's protocol", () => {
  it.each([
    // role, actor's region, packet's region (null: the state's), read, writeProtocol
    ['state_admin', null, REGION_A, true, true],
    ['state_admin', null, null, true, true],
    ['region_director', REGION_A, REGION_A, true, true],
    ['ir_manager', REGION_A, REGION_A, true, true],
    ['data_specialist', REGION_A, REGION_A, true, true],
    ['recruiter', REGION_A, REGION_A, true, true],
    ['recruiter', REGION_A, REGION_B, false, false],
    ['recruiter', REGION_A, null, true, false],
    ['state_consultant', null, REGION_A, true, false],
    ['state_consultant', null, REGION_B, false, false],
    ['state_consultant', null, null, true, false],
    ['reviewer', REGION_A, REGION_A, true, false],
    ['reviewer', null, REGION_B, true, false],
    ['reviewer', null, null, true, false],
    ['district_staff', null, REGION_A, false, false],
  ] as const)(
    '%s of %s on the packet of %s: read %s, writeProtocol %s',
    (role, actorRegion, packetRegion, read, writeProtocol) => {
      expect(dataPacketPolicy.abilitiesOf(actor(role, actorRegion), { regionId: packetRegion })).toEqual({
        read,
        writeProtocol,
      });
    },
  );
});
