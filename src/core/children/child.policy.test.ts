import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import { childPolicy, type ChildSubject } from './child.policy';

function actor(role: Role, overrides: Partial<Actor> = {}): Actor {
  return {
    userId: `${role}-1`,
    role,
    regionId: 'r1',
    districtId: null,
    assignedRegionIds: [],
    label: role,
    ...overrides,
  };
}

const child = (overrides: Partial<ChildSubject> = {}): ChildSubject => ({
  regionId: 'r1',
  districtIds: [],
  ...overrides,
});

const recruiter = actor('recruiter');
const dataSpecialist = actor('data_specialist');
const reviewer = actor('reviewer');
const consultant = actor('state_consultant', { regionId: null, assignedRegionIds: ['r1'] });
const districtStaff = actor('district_staff', { districtId: 'd1' });
const admin = actor('state_admin', { regionId: null });

describe('child policy', () => {
  it.each([
    ['region staff read a child of their region', recruiter, child(), true],
    ['region staff do not read another region', recruiter, child({ regionId: 'r2' }), false],
    ['a state consultant reads an assigned region', consultant, child(), true],
    ['a state consultant does not read other regions', consultant, child({ regionId: 'r2' }), false],
    [
      'district staff read a child enrolled in their district',
      districtStaff,
      child({ districtIds: ['d1'] }),
      true,
    ],
    [
      'district staff do not read a child enrolled elsewhere',
      districtStaff,
      child({ districtIds: ['d2'] }),
      false,
    ],
    ['district staff do not read a child of their region without enrollment', districtStaff, child(), false],
    ['the state administrator reads everywhere', admin, child({ regionId: 'r9' }), true],
  ])('read: %s', (_rule, who, record, expected) => {
    expect(childPolicy.can(who, 'read', record)).toBe(expected);
  });

  it.each([
    ['a recruiter updates in their region', recruiter, child(), true],
    ['a recruiter does not update in another region', recruiter, child({ regionId: 'r2' }), false],
    ['a reviewer only reads', reviewer, child(), false],
    ['a state consultant only reads', consultant, child(), false],
    ['district staff do not change a child', districtStaff, child({ districtIds: ['d1'] }), false],
    ['the state administrator updates everywhere', admin, child({ regionId: 'r9' }), true],
  ])('update: %s', (_rule, who, record, expected) => {
    expect(childPolicy.can(who, 'update', record)).toBe(expected);
  });

  it.each([
    ['a data specialist deletes in their region', dataSpecialist, child(), true],
    ['a data specialist does not delete in another region', dataSpecialist, child({ regionId: 'r2' }), false],
    ['a recruiter does not delete', recruiter, child(), false],
    ['district staff do not delete', districtStaff, child({ districtIds: ['d1'] }), false],
    ['the state administrator deletes everywhere', admin, child({ regionId: 'r9' }), true],
  ])('delete: %s', (_rule, who, record, expected) => {
    expect(childPolicy.can(who, 'delete', record)).toBe(expected);
  });

  it('lists every ability of one child', () => {
    expect(childPolicy.abilitiesOf(recruiter, child())).toEqual({ read: true, update: true, delete: false });
  });
});
