import { describe, expect, it } from 'vitest';
import { recordsChangedSinceRead, type ReferralAsRead } from './records-changed';

const ME = 'recruiter-me';
const OTHER = 'recruiter-other';
const read: ReferralAsRead = { assignedTo: ME, status: 'in-progress' };

describe('recordsChangedSinceRead (ID9)', () => {
  it('names each linked child whose version moved on, in the order of the request (ID9.1)', () => {
    const problems = recordsChangedSinceRead({
      submitter: ME,
      children: [
        { field: 'children[0].childId', versionRead: 3, versionNow: 3 },
        { field: 'children[1].childId', versionRead: 3, versionNow: 4 },
        { field: 'children[2].childId', versionRead: 5, versionNow: 2 },
      ],
    });
    expect(problems.map((p) => p.field)).toEqual(['children[1].childId', 'children[2].childId']);
    expect(problems[0]?.message).toMatch(/changed by someone else/);
  });

  it('does not judge a child whose version the interview never read (a draft from before ID9)', () => {
    expect(
      recordsChangedSinceRead({
        submitter: ME,
        children: [{ field: 'children[0].childId', versionRead: undefined, versionNow: 9 }],
      }),
    ).toEqual([]);
  });

  it('names a referral given to another recruiter meanwhile (ID9.2)', () => {
    const problems = recordsChangedSinceRead({
      submitter: ME,
      children: [],
      referral: { read, now: { assignedTo: OTHER, status: 'in-progress' } },
    });
    expect(problems).toEqual([
      { field: 'referralId', message: 'was given to another recruiter since the interview began' },
    ]);
  });

  it('does not name a referral given to the submitter, or taken off everyone', () => {
    for (const now of [
      { assignedTo: ME, status: 'in-progress' as const },
      { assignedTo: null, status: 'in-progress' as const },
    ])
      expect(
        recordsChangedSinceRead({
          submitter: ME,
          children: [],
          referral: { read: { assignedTo: OTHER, status: 'pending' }, now },
        }),
      ).toEqual([]);
  });

  it('names a referral answered or closed meanwhile, but not one the submitter only contacted', () => {
    const answered = (status: ReferralAsRead['status'], readStatus: ReferralAsRead['status'] = 'pending') =>
      recordsChangedSinceRead({
        submitter: ME,
        children: [],
        referral: { read: { ...read, status: readStatus }, now: { assignedTo: ME, status } },
      });
    expect(answered('interviewed')[0]?.message).toMatch(/answered or closed/);
    expect(answered('closed')[0]?.field).toBe('referralId');
    expect(answered('in-progress')).toEqual([]);
    // already closed when the interview read it: the recruiter knew
    expect(answered('closed', 'closed')).toEqual([]);
  });

  it('names a reassignment once even when the referral was also closed', () => {
    const problems = recordsChangedSinceRead({
      submitter: ME,
      children: [],
      referral: { read, now: { assignedTo: OTHER, status: 'closed' } },
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/another recruiter/);
  });
});
