import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import { assistanceRefusal, daAssistancePolicy, type AssistanceRecordAccess } from './da-assistance.policy';

const REGION_A = 'region-a';
const REGION_B = 'region-b';

function actor(role: Role, regionId: string | null = null): Actor {
  return { userId: 'u', role, regionId, districtId: null, assignedRegionIds: [REGION_A], label: role };
}

/** A record of REGION_A's, or the state's (`null`), for an LEA in Fresno or Kern; REGION_A serves Fresno. */
function record(
  regionId: string | null,
  leaCounty: string | null,
  servesFresno = true,
): AssistanceRecordAccess {
  return { regionId, leaCounty, countiesActorServes: new Set(servesFresno ? ['fresno'] : []) };
}

describe('who may read, record, correct and remove assistance', () => {
  it.each([
    // role, actor's region, record's region, LEA county, read, create, update, delete
    ['state_admin', null, REGION_A, 'Kern', true, true, true, true],
    ['state_admin', null, null, null, true, true, true, true],
    ['region_director', REGION_A, REGION_A, 'Fresno', true, true, true, true],
    ['region_director', REGION_A, REGION_A, 'FRESNO', true, true, true, true],
    ['region_director', REGION_A, REGION_A, 'Kern', true, false, false, false],
    ['region_director', REGION_A, REGION_A, null, true, false, false, false],
    ['region_director', REGION_A, REGION_B, 'Fresno', true, true, false, false],
    ['region_director', REGION_A, null, 'Fresno', true, true, false, false],
    ['state_consultant', null, REGION_A, 'Fresno', true, false, false, false],
    ['ir_manager', REGION_A, REGION_A, 'Fresno', false, false, false, false],
    ['recruiter', REGION_A, REGION_A, 'Fresno', false, false, false, false],
    ['reviewer', null, REGION_A, 'Fresno', false, false, false, false],
    ['district_staff', REGION_A, REGION_A, 'Fresno', false, false, false, false],
  ] as const)(
    '%s of %s on a record of %s for an LEA in %s: read %s, create %s, update %s, delete %s',
    (role, actorRegion, recordRegion, county, read, create, update, remove) => {
      expect(daAssistancePolicy.abilitiesOf(actor(role, actorRegion), record(recordRegion, county))).toEqual({
        read,
        create,
        update,
        delete: remove,
      });
    },
  );

  it('a county office whose region serves no county records nothing', () => {
    expect(
      daAssistancePolicy.can(actor('region_director', REGION_A), 'create', record(REGION_A, 'Fresno', false)),
    ).toBe(false);
  });
});

describe('why assistance is refused, in words', () => {
  it.each([
    [
      'region_director',
      REGION_A,
      'update',
      REGION_B,
      'Fresno',
      'This assistance was recorded by another region.',
    ],
    [
      'region_director',
      REGION_A,
      'delete',
      null,
      'Fresno',
      'This assistance was recorded by another region.',
    ],
    [
      'region_director',
      REGION_A,
      'create',
      REGION_A,
      'Kern',
      'This LEA is in Kern, outside the counties your region serves.',
    ],
    [
      'region_director',
      REGION_A,
      'update',
      REGION_A,
      null,
      'This LEA is in an unknown county, outside the counties your region serves.',
    ],
    ['state_consultant', null, 'create', REGION_A, 'Fresno', 'Your role does not allow this.'],
    ['region_director', REGION_A, 'update', REGION_A, 'Fresno', undefined],
  ] as const)(
    '%s of %s: %s a record of %s for an LEA in %s → %s',
    (role, region, action, owner, county, reason) => {
      expect(assistanceRefusal(actor(role, region), action, record(owner, county))).toBe(reason);
    },
  );
});
