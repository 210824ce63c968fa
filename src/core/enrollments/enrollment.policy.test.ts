import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import { enrollmentPolicy, type EnrollmentSubject } from './enrollment.policy';

const actorOf = (role: Role, overrides: Partial<Actor> = {}): Actor => ({
  userId: 'u1',
  role,
  regionId: 'r1',
  districtId: null,
  assignedRegionIds: [],
  label: 'u1',
  ...overrides,
});

const inD1: EnrollmentSubject = { childRegionId: 'r1', districtId: 'd1' };
const inD2: EnrollmentSubject = { childRegionId: 'r1', districtId: 'd2' };
const otherRegion: EnrollmentSubject = { childRegionId: 'r2', districtId: 'd9' };
const districtStaff = actorOf('district_staff', { districtId: 'd1' });

describe('enrollment policy', () => {
  it.each([
    [
      'a recruiter records enrollments of their region’s children in any district',
      actorOf('recruiter'),
      inD2,
      [true, true],
    ],
    [
      'a recruiter neither reads nor records another region’s enrollments',
      actorOf('recruiter'),
      otherRegion,
      [false, false],
    ],
    ['a regional reviewer reads but does not record', actorOf('reviewer'), inD1, [true, false]],
    [
      'a state consultant reads an assigned region’s enrollments but does not record',
      actorOf('state_consultant', { regionId: null, assignedRegionIds: ['r1'] }),
      inD1,
      [true, false],
    ],
    [
      'a state administrator records anywhere',
      actorOf('state_admin', { regionId: null }),
      otherRegion,
      [true, true],
    ],
    ['district staff record an enrollment in their district', districtStaff, inD1, [true, true]],
    [
      'district staff neither read nor record an enrollment in another district',
      districtStaff,
      inD2,
      [false, false],
    ],
  ] as const)('%s', (_rule, actor, enrollment, [read, write]) => {
    expect(enrollmentPolicy.abilitiesOf(actor, enrollment)).toEqual({
      read,
      create: write,
      update: write,
      delete: write,
    });
  });
});
