import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import { consolidatedRecordPolicy } from './msix-consolidated-record.policy';

const actor = (role: Role, regionId: string | null): Actor => ({
  userId: 'u',
  role,
  regionId,
  districtId: null,
  assignedRegionIds: role === 'state_consultant' ? ['r1'] : [],
  label: role,
});
const child = { regionId: 'r1', districtIds: [] };

describe('who reads and attaches consolidated records (X11.4)', () => {
  it.each([
    ['data_specialist', 'r1', { read: true, attach: true }],
    ['data_specialist', 'r2', { read: false, attach: false }],
    ['state_admin', null, { read: true, attach: true }],
    ['recruiter', 'r1', { read: true, attach: false }],
    ['region_director', 'r1', { read: true, attach: false }],
    ['state_consultant', null, { read: true, attach: false }],
  ] as const)('%s of %s', (role, regionId, abilities) => {
    expect(consolidatedRecordPolicy.abilitiesOf(actor(role, regionId), child)).toEqual(abilities);
  });
});
