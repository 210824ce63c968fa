import { describe, expect, it } from 'vitest';
import { familyPolicy } from '../families/family.policy';
import { referralPolicy } from '../recruitment/referral.policy';
import { accessScopeOf, canWriteInDistrict, type Actor } from './access-scope';
import { permissionsOf } from './roles';

const districtRecruiter: Actor = {
  userId: 'dr-1',
  role: 'district_recruiter',
  regionId: 'r1',
  districtId: 'd1',
  assignedRegionIds: [],
  label: 'dr',
};
const districtStaff: Actor = { ...districtRecruiter, userId: 'ds-1', role: 'district_staff' };
const recruiter: Actor = { ...districtRecruiter, userId: 'rc-1', role: 'recruiter', districtId: null };

describe('the district recruiter role (DR1)', () => {
  it('holds exactly what the contact queue, interviews, COEs and the contact log need, and reads the plan as every role does (DR1.1)', () => {
    expect(permissionsOf('district_recruiter')).toEqual([
      'organization.read',
      'child.read',
      'family.read',
      'family.write',
      'eligibility.determine',
      'coe.read',
      'coe.prepare',
      'school_contact.read',
      'school_contact.write',
      'referral.read',
      'referral.contact',
      'plan.read',
    ]);
  });

  it('reaches the records of their district only', () => {
    expect(accessScopeOf(districtRecruiter)).toEqual({ kind: 'district', districtId: 'd1' });
    expect(accessScopeOf({ ...districtRecruiter, districtId: null })).toEqual({
      kind: 'regions',
      regionIds: [],
    });
  });

  it.each([
    ['a district recruiter in their district', districtRecruiter, 'd1', true],
    ['a district recruiter in another district of the region', districtRecruiter, 'd2', false],
    ['a district recruiter with no district named', districtRecruiter, null, false],
    ['district staff, even in their district', districtStaff, 'd1', false],
    ['a region recruiter in any district of the region', recruiter, 'd2', true],
  ] as const)('writes in a district: %s → %s (DR1.2)', (_rule, actor, districtId, expected) => {
    expect(canWriteInDistrict(actor, { regionId: 'r1', districtId })).toBe(expected);
  });

  it.each([
    ['a referral of their district, unassigned', { districtId: 'd1', assignedToId: null }, true, true],
    ['a referral of their district assigned to them', { districtId: 'd1', assignedToId: 'dr-1' }, true, true],
    [
      'a referral of their district assigned to someone else',
      { districtId: 'd1', assignedToId: 'rc-1' },
      true,
      false,
    ],
    ['a referral of another district', { districtId: 'd2', assignedToId: null }, false, false],
  ])('referrals: %s — read %s, contact %s (DR1.2)', (_rule, referral, read, contact) => {
    const subject = { regionId: 'r1', ...referral };
    expect(referralPolicy.can(districtRecruiter, 'read', subject)).toBe(read);
    expect(referralPolicy.can(districtRecruiter, 'contact', subject)).toBe(contact);
    expect(referralPolicy.can(districtRecruiter, 'assign', subject)).toBe(false);
  });

  it('reads a family with a child enrolled in their district, never another district’s, and changes none of them', () => {
    const enrolledIn = (districtId: string) => ({
      regionId: 'r1',
      districtId: null,
      districtIds: [districtId],
    });
    expect(familyPolicy.can(districtRecruiter, 'read', enrolledIn('d1'))).toBe(true);
    expect(familyPolicy.can(districtRecruiter, 'read', enrolledIn('d2'))).toBe(false);
    expect(familyPolicy.can(districtRecruiter, 'update', enrolledIn('d1'))).toBe(false);
  });

  it.each([
    ['creates, reads and changes a family recorded for their district', 'd1', true],
    ['neither creates nor reads a family recorded for another district', 'd2', false],
  ])('%s (DR1.5)', (_rule, districtId, allowed) => {
    const family = { regionId: 'r1', districtId, districtIds: [] };
    expect(familyPolicy.abilitiesOf(districtRecruiter, family)).toEqual({
      read: allowed,
      create: allowed,
      update: allowed,
      addMember: allowed,
    });
    expect(familyPolicy.can(districtRecruiter, 'create', { ...family, districtId: null })).toBe(false);
    // District staff read their district's family and change none.
    expect(familyPolicy.abilitiesOf(districtStaff, family)).toEqual({
      read: allowed,
      create: false,
      update: false,
      addMember: false,
    });
  });
});
