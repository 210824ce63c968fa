import { describe, expect, it } from 'vitest';
import {
  districtOfInterview,
  enrollmentOnApproval,
  familyMoveOnApproval,
  referralsClosedByApproval,
  type ReferralOnApproval,
} from './coe-approval';

const referral = (over: Partial<ReferralOnApproval> & { id: string }): ReferralOnApproval => ({
  status: 'pending',
  matchedChildId: null,
  referralKey: 'other|child|2010-01-01',
  ...over,
});

describe('referralsClosedByApproval', () => {
  const children = [
    { childId: 'c1', referralKey: 'rocio|villasenorpaz|2013-04-05' },
    { childId: 'c2', referralKey: 'tomas|villasenorpaz|2015-06-01' },
  ];

  it('IR1.1 closes the referral the COE was prepared from, whatever child it names', () => {
    expect(
      referralsClosedByApproval('r1', children, [referral({ id: 'r1', status: 'in-progress' })]),
    ).toEqual(['r1']);
  });

  it('IR1.2 closes the referrals of the other children of the COE, by their record or their name and birth date', () => {
    const referrals = [
      referral({ id: 'r1', status: 'interviewed' }),
      referral({ id: 'sibling-by-record', matchedChildId: 'c2' }),
      referral({ id: 'sibling-by-name', referralKey: 'tomas|villasenorpaz|2015-06-01' }),
      referral({ id: 'someone-else', referralKey: 'ana|lopez|2012-02-02' }),
      referral({ id: 'already-closed', matchedChildId: 'c1', status: 'closed' }),
    ];
    expect(referralsClosedByApproval('r1', children, referrals)).toEqual([
      'r1',
      'sibling-by-record',
      'sibling-by-name',
    ]);
  });

  it('IR1.2 closes the children’s referrals of a COE prepared without one', () => {
    expect(referralsClosedByApproval(null, children, [referral({ id: 'r', matchedChildId: 'c1' })])).toEqual([
      'r',
    ]);
  });
});

describe('familyMoveOnApproval', () => {
  it('IR1.3 moves a child into the family of the interview, from no family or another one', () => {
    expect(familyMoveOnApproval(null, 'f1')).toEqual({ from: null, to: 'f1' });
    expect(familyMoveOnApproval('f0', 'f1')).toEqual({ from: 'f0', to: 'f1' });
  });

  it('IR1.3 leaves a child already in the family, or a COE without a family, alone', () => {
    expect(familyMoveOnApproval('f1', 'f1')).toBeNull();
    expect(familyMoveOnApproval('f0', null)).toBeNull();
  });
});

describe('enrollmentOnApproval', () => {
  const coe = { districtId: 'd1', residencyDate: '2019-08-01', interviewDate: '2019-08-20' };

  it('IR1.4 enrolls the child in the district of the interview from the residency date', () => {
    expect(enrollmentOnApproval(coe, [])).toEqual({
      districtId: 'd1',
      enrollmentDate: '2019-08-01',
      residencyDate: '2019-08-01',
    });
  });

  it('IR1.4 counts from the interview date when the COE has no residency date', () => {
    expect(enrollmentOnApproval({ ...coe, residencyDate: null }, [])?.enrollmentDate).toBe('2019-08-20');
  });

  it('IR1.4 does not enroll twice: an enrollment there still open on that date stands', () => {
    expect(
      enrollmentOnApproval(coe, [{ districtId: 'd1', enrollmentDate: '2018-01-01', exitDate: null }]),
    ).toBeNull();
    expect(
      enrollmentOnApproval(coe, [{ districtId: 'd1', enrollmentDate: '2018-01-01', exitDate: '2019-09-01' }]),
    ).toBeNull();
  });

  it('IR1.4 enrolls again after an enrollment there ended, and beside one in another district', () => {
    const enrollments = [
      { districtId: 'd1', enrollmentDate: '2017-01-01', exitDate: '2018-06-01' },
      { districtId: 'd2', enrollmentDate: '2019-01-01', exitDate: null },
    ];
    expect(enrollmentOnApproval(coe, enrollments)?.districtId).toBe('d1');
  });

  it('IR1.4 enrolls nowhere when the COE names no district', () => {
    expect(enrollmentOnApproval({ ...coe, districtId: null }, [])).toBeNull();
  });
});

describe('districtOfInterview', () => {
  const districts = [
    { id: 'fresno', name: 'Fresno Unified' },
    { id: 'dos-palos', name: 'Dos Palos Oro Loma Joint Unified School District' },
  ];
  const move = (date: string, schoolDistrict?: string) => ({
    id: date,
    date,
    from: { residence: 'a' },
    to: { residence: 'b', ...(schoolDistrict ? { schoolDistrict } : {}) },
    movers: [],
  });

  it('IR1.5 is the district the latest move arrived in, by name, spacing and "school district" aside', () => {
    const interview = {
      moves: [
        move('2019-08-01', ' fresno  unified school district'),
        move('2018-01-01', 'Dos Palos Oro Loma Joint USD'),
      ],
    };
    expect(districtOfInterview(interview, districts)).toBe('fresno');
    expect(
      districtOfInterview({ moves: [move('2018-01-01', 'Dos Palos Oro Loma Joint USD')] }, districts),
    ).toBe('dos-palos');
  });

  it('IR1.5 is none when the region has no district of that name, or no move names one', () => {
    expect(districtOfInterview({ moves: [move('2019-08-01', 'Oakland Unified')] }, districts)).toBeNull();
    expect(districtOfInterview({ moves: [move('2019-08-01')] }, districts)).toBeNull();
  });
});
