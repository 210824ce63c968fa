import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import { coePolicy, type CoeSubject } from './coe.policy';
import type { CoeStatus } from './coe-workflow';

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

const coe = (status: CoeStatus, overrides: Partial<CoeSubject> = {}): CoeSubject => ({
  regionId: 'r1',
  districtId: 'd1',
  status,
  recruiterId: 'recruiter-1',
  ...overrides,
});

const recruiter = actor('recruiter');
const reviewer = actor('reviewer');
const statewideReviewer = actor('reviewer', { regionId: null });
const consultant = actor('state_consultant', { regionId: null, assignedRegionIds: ['r1'] });
const districtStaff = actor('district_staff', { districtId: 'd1' });
const admin = actor('state_admin', { regionId: null });
const districtRecruiter = actor('district_recruiter', { districtId: 'd1' });

describe('COE policy', () => {
  it.each([
    ['a recruiter reads a COE of their region', recruiter, coe('draft'), true],
    ['a recruiter does not read a COE of another region', recruiter, coe('draft', { regionId: 'r2' }), false],
    ['a statewide reviewer reads any region', statewideReviewer, coe('submitted', { regionId: 'r9' }), true],
    ['a state consultant reads an assigned region', consultant, coe('approved'), true],
    ['district staff never read COEs', districtStaff, coe('approved'), false],
    ['a district recruiter reads a COE of their district', districtRecruiter, coe('approved'), true],
    [
      'a district recruiter does not read another district',
      districtRecruiter,
      coe('draft', { districtId: 'd2' }),
      false,
    ],
    [
      'a district recruiter does not read a COE with no district',
      districtRecruiter,
      coe('draft', { districtId: null }),
      false,
    ],
  ])('read: %s', (_rule, who, record, expected) => {
    expect(coePolicy.can(who, 'read', record)).toBe(expected);
  });

  it.each([
    ['a recruiter edits a draft of their region', recruiter, coe('draft'), true],
    ['a recruiter edits a returned COE', recruiter, coe('returned'), true],
    ['a submitted COE is not edited', recruiter, coe('submitted'), false],
    ['an approved COE is not edited', recruiter, coe('approved'), false],
    ['a recruiter does not edit in another region', recruiter, coe('draft', { regionId: 'r2' }), false],
    ['a reviewer does not prepare COEs', reviewer, coe('draft'), false],
    ['a state consultant only reads', consultant, coe('draft'), false],
    ['a state administrator edits anywhere', admin, coe('draft', { regionId: 'r9' }), true],
    ['a district recruiter edits a draft of their district', districtRecruiter, coe('draft'), true],
    [
      'a district recruiter does not edit another district',
      districtRecruiter,
      coe('draft', { districtId: 'd2' }),
      false,
    ],
    ['district staff never prepare COEs', districtStaff, coe('draft'), false],
  ])('edit and sign: %s', (_rule, who, record, expected) => {
    expect(coePolicy.can(who, 'edit', record)).toBe(expected);
    expect(coePolicy.can(who, 'sign', record)).toBe(expected);
  });

  it.each([
    ['a draft is submitted', recruiter, coe('draft'), true],
    ['a returned COE is submitted again', recruiter, coe('returned'), true],
    ['a submitted COE is not submitted twice', recruiter, coe('submitted'), false],
    ['not in another region', recruiter, coe('draft', { regionId: 'r2' }), false],
    ['a reviewer does not submit', reviewer, coe('draft'), false],
  ])('submit: %s', (_rule, who, record, expected) => {
    expect(coePolicy.can(who, 'submit', record)).toBe(expected);
  });

  it.each([
    ['a reviewer reviews a submitted COE of their region', reviewer, coe('submitted'), true],
    ['a draft is not reviewed', reviewer, coe('draft'), false],
    ['an approved COE is not reviewed again', reviewer, coe('approved'), false],
    ['a regional reviewer does not review elsewhere', reviewer, coe('submitted', { regionId: 'r2' }), false],
    [
      'a statewide reviewer reviews any region',
      statewideReviewer,
      coe('submitted', { regionId: 'r9' }),
      true,
    ],
    ['a recruiter does not review', recruiter, coe('submitted', { recruiterId: 'someone' }), false],
    ['nobody reviews a COE they prepared', admin, coe('submitted', { recruiterId: admin.userId }), false],
    ['a state administrator reviews what others prepared', admin, coe('submitted'), true],
  ])('review: %s', (_rule, who, record, expected) => {
    expect(coePolicy.can(who, 'review', record)).toBe(expected);
  });

  it('lists every ability of one COE', () => {
    expect(coePolicy.abilitiesOf(recruiter, coe('returned'))).toEqual({
      read: true,
      create: true,
      edit: true,
      sign: true,
      submit: true,
      review: false,
    });
  });

  it.each([
    ['a recruiter makes a COE of their region', recruiter, coe('draft', { districtId: 'd9' }), true],
    ['a district recruiter makes a COE of their district', districtRecruiter, coe('draft'), true],
    [
      'a district recruiter makes no COE of another district',
      districtRecruiter,
      coe('draft', { districtId: 'd2' }),
      false,
    ],
    [
      'a district recruiter makes no COE without a district',
      districtRecruiter,
      coe('draft', { districtId: null }),
      false,
    ],
    ['a reviewer makes no COE', reviewer, coe('draft'), false],
  ])('create: %s', (_rule, who, record, expected) => {
    expect(coePolicy.can(who, 'create', record)).toBe(expected);
  });

  it('a district recruiter never reviews, even a COE of their district they did not prepare', () => {
    expect(coePolicy.can(districtRecruiter, 'review', coe('submitted'))).toBe(false);
  });
});
