import { describe, expect, it } from 'vitest';
import type { Role } from './roles';
import { findSelfChangeProblems, findUserAccountProblems, scopeFieldsOf, scopeKindOf } from './user-account';

const account = { email: 'ana.ruiz@state.gov', displayName: 'Ana Ruiz' };

describe('the scope an account needs follows its role (UA1.1)', () => {
  it.each([
    ['state_admin', 'state'],
    ['state_consultant', 'assigned_regions'],
    ['reviewer', 'optional_region'],
    ['region_director', 'region'],
    ['ir_manager', 'region'],
    ['data_specialist', 'region'],
    ['recruiter', 'region'],
    ['district_staff', 'district'],
  ] as const)('%s: %s', (role, kind) => {
    expect(scopeKindOf(role)).toBe(kind);
  });

  it.each([
    [
      'a recruiter without a region',
      'recruiter',
      {},
      [{ field: 'regionNumber', message: 'is required for the role recruiter' }],
    ],
    ['a recruiter of region 3', 'recruiter', { regionNumber: 3 }, []],
    [
      'district staff without a district',
      'district_staff',
      { regionNumber: 3 },
      [{ field: 'districtCdsCode', message: 'is required for the role district_staff' }],
    ],
    ['a statewide reviewer', 'reviewer', {}, []],
    ['a consultant with no region yet', 'state_consultant', {}, []],
  ] as const)('%s', (_case, role: Role, scope, problems) => {
    expect(findUserAccountProblems({ ...account, role, ...scope })).toEqual(problems);
  });

  it('names every field at fault at once (UA1.3)', () => {
    expect(
      findUserAccountProblems({ email: 'ana', displayName: ' ', role: 'recruiter' }).map((p) => p.field),
    ).toEqual(['email', 'displayName', 'regionNumber']);
  });
});

describe('an account keeps only the scope fields of its role (UA1.2)', () => {
  const everything = { regionNumber: 3, districtCdsCode: '1964733', assignedRegionNumbers: [2, 2, 5] };
  it.each([
    ['state_admin', { regionNumber: null, districtCdsCode: null, assignedRegionNumbers: [] }],
    ['state_consultant', { regionNumber: null, districtCdsCode: null, assignedRegionNumbers: [2, 5] }],
    ['recruiter', { regionNumber: 3, districtCdsCode: null, assignedRegionNumbers: [] }],
    ['reviewer', { regionNumber: 3, districtCdsCode: null, assignedRegionNumbers: [] }],
    ['district_staff', { regionNumber: null, districtCdsCode: '1964733', assignedRegionNumbers: [] }],
  ] as const)('%s', (role, kept) => {
    expect(scopeFieldsOf(role, everything)).toEqual(kept);
  });
});

describe('an administrator cannot lock themselves out (UA2.2)', () => {
  it.each([
    ['deactivating themselves', { isActive: false }, ['isActive']],
    ['taking another role', { role: 'recruiter' as const }, ['role']],
    ['renaming themselves', {}, []],
    ['keeping their role', { role: 'state_admin' as const, isActive: true }, []],
  ])('%s', (_case, change, fields) => {
    expect(findSelfChangeProblems('me', 'me', change).map((p) => p.field)).toEqual(fields);
  });

  it('applies only to their own account', () => {
    expect(findSelfChangeProblems('me', 'someone', { isActive: false, role: 'recruiter' })).toEqual([]);
  });
});
