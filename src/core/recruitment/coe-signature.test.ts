import { describe, expect, it } from 'vitest';
import { signedFactsChanged, type SignedFacts } from './coe-signature';

const signed: SignedFacts = {
  interview: {
    interviewDate: '2019-08-20',
    moves: [{ id: 'm1', date: '2019-08-01', to: { residence: 'a' } }],
  },
  familyId: 'f1',
  residencyDate: '2019-08-01',
  qualifyingWork: 'Picking cherries',
  children: [
    { interviewChildId: 'c2', childId: 'k2', newChild: null },
    {
      interviewChildId: 'c1',
      childId: null,
      newChild: { firstName: 'Lucía', middleName: null, birthDate: '2011-02-10' },
    },
  ],
};

describe('signedFactsChanged', () => {
  it('IR2.1 the same facts, however stored (keys reordered, children in another order, an empty text for none), keep the signature', () => {
    const stored: SignedFacts = {
      ...signed,
      interview: {
        moves: [{ to: { residence: 'a' }, date: '2019-08-01', id: 'm1' }],
        interviewDate: '2019-08-20',
      },
      qualifyingWork: ' Picking cherries ',
      children: [
        {
          interviewChildId: 'c1',
          childId: null,
          newChild: { birthDate: '2011-02-10', middleName: '', firstName: 'Lucía' },
        },
        { interviewChildId: 'c2', childId: 'k2', newChild: null },
      ],
    };
    expect(signedFactsChanged(signed, stored)).toBe(false);
  });

  it.each<[string, Partial<SignedFacts>]>([
    ['the interview', { interview: { interviewDate: '2019-08-21', moves: [] } }],
    ['the residency date', { residencyDate: '2019-08-02' }],
    ['the qualifying work', { qualifyingWork: 'Picking peaches' }],
    ['the family', { familyId: 'f2' }],
    [
      'a new child’s facts',
      { children: [{ interviewChildId: 'c1', childId: null, newChild: { firstName: 'Lucia' } }] },
    ],
    [
      'the child linked',
      { children: [{ interviewChildId: 'c2', childId: 'k3', newChild: null }, signed.children[1]!] },
    ],
  ])('IR2.1 a change of %s asks for the signature again', (_, change) => {
    expect(signedFactsChanged(signed, { ...signed, ...change })).toBe(true);
  });
});
