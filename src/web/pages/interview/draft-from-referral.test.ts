import { describe, expect, it } from 'vitest';
import type { Referral } from '../referrals/referral-types';
import { draftFromReferral } from './draft-from-referral';

const referral: Referral = {
  id: 'r1',
  regionId: 'g',
  districtName: 'Merced City',
  firstName: 'José Luis',
  middleName: null,
  lastSurname: 'Núñez',
  secondSurname: 'de la Cruz',
  birthDate: '2012-11-30',
  schoolName: null,
  grade: null,
  guardianName: 'Rosa de la Cruz',
  phone: '(209) 555-0101',
  address: null,
  homeLanguage: 'Spanish',
  priority: 1,
  priorityReasons: [],
  priorMigrant: true,
  matchedChildId: 'child-1',
  matchReasons: ['same-birth-date'],
  status: 'in-progress',
  assignedTo: null,
  receivedOn: '2021-02-22',
  firstContactedOn: '2021-02-23',
  source: 'school-list',
  schoolContactId: null,
  schoolContact: null,
  rulesPriority: 1,
  priorityOverride: null,
  priorityComputedOn: '2021-02-22',
  version: 1,
};

describe('an interview started from a referral', () => {
  it('carries the child, exactly as written, and the family name and phone', () => {
    const draft = draftFromReferral(referral, '2021-02-24');
    expect(draft).toMatchObject({
      interviewDate: '2021-02-24',
      familyName: 'Núñez de la Cruz',
      phone: '(209) 555-0101',
    });
    expect(draft.children).toHaveLength(1);
    expect(draft.children[0]).toMatchObject({
      firstName: 'José Luis',
      lastSurname: 'Núñez',
      secondSurname: 'de la Cruz',
      birthDate: '2012-11-30',
      existingChildId: 'child-1',
      worker: draft.workers[0]!.id,
    });
  });
});
