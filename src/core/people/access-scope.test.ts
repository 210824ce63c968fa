import { describe, expect, it } from 'vitest';
import { accessScopeOf, canReachRecord, canWriteInRegion, type Actor } from './access-scope';
import { hasPermission, ROLES, PERMISSIONS } from './roles';

const base: Actor = {
  userId: 'u',
  role: 'recruiter',
  regionId: 'r1',
  districtId: null,
  assignedRegionIds: [],
  label: 'u',
};

describe('access scope', () => {
  it.each([
    ['state administrator anywhere', { role: 'state_admin', regionId: null }, { regionId: 'r9' }, true],
    ['recruiter in their own region', {}, { regionId: 'r1' }, true],
    ['recruiter in another region', {}, { regionId: 'r2' }, false],
    [
      'state consultant in an assigned region',
      { role: 'state_consultant', regionId: null, assignedRegionIds: ['r2'] },
      { regionId: 'r2' },
      true,
    ],
    [
      'state consultant in a region not assigned',
      { role: 'state_consultant', regionId: null, assignedRegionIds: ['r2'] },
      { regionId: 'r1' },
      false,
    ],
    ['statewide reviewer anywhere', { role: 'reviewer', regionId: null }, { regionId: 'r7' }, true],
    ['regional reviewer elsewhere', { role: 'reviewer' }, { regionId: 'r7' }, false],
    [
      'district staff with a child enrolled in their district',
      { role: 'district_staff', regionId: 'r1', districtId: 'd1' },
      { regionId: 'r1', districtIds: ['d1'] },
      true,
    ],
    [
      'district staff with a child of their region enrolled elsewhere',
      { role: 'district_staff', regionId: 'r1', districtId: 'd1' },
      { regionId: 'r1', districtIds: ['d2'] },
      false,
    ],
  ] as const)('%s', (_name, overrides, record, expected) => {
    const actor = { ...base, ...(overrides as Partial<Actor>) } as Actor;
    expect(canReachRecord(actor, record)).toBe(expected);
  });

  it('a region user with no region reaches nothing', () => {
    expect(accessScopeOf({ ...base, regionId: null })).toEqual({ kind: 'regions', regionIds: [] });
  });

  it('district staff never write into a region, region staff only into theirs', () => {
    expect(canWriteInRegion({ ...base, role: 'district_staff', districtId: 'd1' }, 'r1')).toBe(false);
    expect(canWriteInRegion(base, 'r1')).toBe(true);
    expect(canWriteInRegion(base, 'r2')).toBe(false);
  });
});

describe('role permissions', () => {
  it('only the state administrator reads the audit log and manages users', () => {
    for (const role of ROLES) {
      expect(hasPermission(role, 'audit.read')).toBe(role === 'state_admin');
      expect(hasPermission(role, 'user.manage')).toBe(role === 'state_admin');
    }
  });
  it('reviewers, consultants and district staff do not edit children', () => {
    for (const role of ['reviewer', 'state_consultant', 'district_staff'] as const) {
      expect(hasPermission(role, 'child.write')).toBe(false);
    }
  });
  it('the state administrator has every permission', () => {
    for (const permission of PERMISSIONS) expect(hasPermission('state_admin', permission)).toBe(true);
  });
});
