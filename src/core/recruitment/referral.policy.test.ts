import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import {
  canEnterReferral,
  contactQueueSettingsPolicy,
  isEligibleAssignee,
  recruiterSchedulePolicy,
  referralPolicy,
} from './referral.policy';

const REGION_A = 'region-a';
const REGION_B = 'region-b';
const DISTRICT_A = 'district-a';

function actor(role: Role, regionId: string | null, userId = 'me', districtId: string | null = null): Actor {
  return { userId, role, regionId, districtId, assignedRegionIds: [REGION_A], label: role };
}

const referral = (regionId: string, assignedToId: string | null = null) => ({
  regionId,
  districtId: DISTRICT_A,
  assignedToId,
});

describe('who may read, assign and contact a referral', () => {
  it.each([
    // role, actor's region, referral's region, assigned to, read, assign, contact
    ['state_admin', null, REGION_A, null, true, true, true],
    ['ir_manager', REGION_A, REGION_A, null, true, true, true],
    ['ir_manager', REGION_A, REGION_A, 'someone-else', true, true, true],
    ['ir_manager', REGION_A, REGION_B, null, false, false, false],
    ['region_director', REGION_A, REGION_A, null, true, true, true],
    ['data_specialist', REGION_A, REGION_A, null, true, false, false],
    ['recruiter', REGION_A, REGION_A, null, true, false, true],
    ['recruiter', REGION_A, REGION_A, 'me', true, false, true],
    ['recruiter', REGION_A, REGION_A, 'someone-else', true, false, false],
    ['recruiter', REGION_A, REGION_B, null, false, false, false],
    ['state_consultant', null, REGION_A, null, false, false, false],
    ['reviewer', REGION_A, REGION_A, null, false, false, false],
  ] as const)(
    '%s of %s on a referral of %s assigned to %s: read %s, assign %s, contact %s',
    (role, actorRegion, referralRegion, assignedTo, read, assign, contact) => {
      expect(
        referralPolicy.abilitiesOf(actor(role, actorRegion), referral(referralRegion, assignedTo)),
      ).toEqual({
        read,
        assign,
        contact,
        override: assign,
      });
    },
  );

  it('district staff read no referral, not even of their own district', () => {
    expect(
      referralPolicy.can(actor('district_staff', null, 'me', DISTRICT_A), 'read', referral(REGION_A)),
    ).toBe(false);
  });
});

describe("who reads and changes a region's prioritization rules and holidays", () => {
  it.each([
    // role, actor's region, settings' region, read, write
    ['state_admin', null, REGION_A, true, true],
    ['ir_manager', REGION_A, REGION_A, true, true],
    ['ir_manager', REGION_A, REGION_B, false, false],
    ['region_director', REGION_A, REGION_A, true, true],
    ['data_specialist', REGION_A, REGION_A, true, false],
    ['recruiter', REGION_A, REGION_A, true, false],
    ['state_consultant', null, REGION_A, false, false],
    ['reviewer', null, REGION_A, false, false],
  ] as const)(
    '%s of %s on the settings of %s: read %s, write %s',
    (role, actorRegion, region, read, write) => {
      expect(contactQueueSettingsPolicy.abilitiesOf(actor(role, actorRegion), { regionId: region })).toEqual({
        read,
        write,
      });
    },
  );
});

describe('who may be assigned referrals', () => {
  it.each([
    // role, user's region, active, eligible for a referral of REGION_A
    ['recruiter', REGION_A, true, true],
    ['recruiter', REGION_A, false, false],
    ['recruiter', REGION_B, true, false],
    ['ir_manager', REGION_A, true, true],
    ['data_specialist', REGION_A, true, false],
    ['reviewer', REGION_A, true, false],
  ] as const)('a %s of %s (active: %s): %s', (role, regionId, isActive, eligible) => {
    expect(isEligibleAssignee({ role, regionId, isActive }, REGION_A)).toBe(eligible);
  });
});

describe('who may enter a referral by hand', () => {
  it.each([
    ['ir_manager', REGION_A, REGION_A, true],
    ['recruiter', REGION_A, REGION_A, true],
    ['recruiter', REGION_A, REGION_B, false],
    ['data_specialist', REGION_A, REGION_A, true],
    ['reviewer', REGION_A, REGION_A, false],
    ['state_consultant', null, REGION_A, false],
  ] as const)('%s of %s in a district of %s: %s', (role, actorRegion, region, expected) => {
    expect(canEnterReferral(actor(role, actorRegion), { regionId: region, districtId: DISTRICT_A })).toBe(
      expected,
    );
  });
});

describe("who reads and changes a recruiter's working days", () => {
  const schedule = { userId: 'recruiter-1', regionId: REGION_A };
  it.each([
    ['recruiter', REGION_A, 'recruiter-1', true, false],
    ['recruiter', REGION_A, 'recruiter-2', false, false],
    ['ir_manager', REGION_A, 'manager', true, true],
    ['ir_manager', REGION_B, 'manager', false, false],
    ['state_admin', null, 'admin', true, true],
    ['data_specialist', REGION_A, 'someone', false, false],
  ] as const)('%s of %s (%s): read %s, write %s', (role, actorRegion, userId, read, write) => {
    expect(recruiterSchedulePolicy.abilitiesOf(actor(role, actorRegion, userId), schedule)).toEqual({
      read,
      write,
    });
  });
});
