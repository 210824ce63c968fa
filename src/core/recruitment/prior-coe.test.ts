import { describe, expect, it } from 'vitest';
import { derivePriorCoe, type ChildHistory } from './prior-coe';

const nothing: ChildHistory = {
  hasPriorQad: false,
  isExistingChild: false,
  hasPriorMigrantReferral: false,
  approvedCoeDates: [],
  importedRecruitmentDates: [],
};
const interview = '2021-10-15';

describe('the prior COE of a child at approval (IR3)', () => {
  it('is none for a child with no history: newly qualified', () => {
    expect(derivePriorCoe(nothing, interview)).toEqual({ priorCoe: false, sources: [] });
  });

  it.each([
    ['prior-qad', { hasPriorQad: true }],
    ['existing-child', { isExistingChild: true }],
    ['prior-migrant-referral', { hasPriorMigrantReferral: true }],
    ['earlier-coe', { approvedCoeDates: ['2019-03-01'] }],
    ['imported-history', { importedRecruitmentDates: ['2018-11-20'] }],
  ] as const)('is found from %s alone', (source, history) => {
    expect(derivePriorCoe({ ...nothing, ...history }, interview)).toEqual({
      priorCoe: true,
      sources: [source],
    });
  });

  it('lists every source that shows one, in a fixed order', () => {
    const decision = derivePriorCoe(
      {
        hasPriorQad: false,
        isExistingChild: true,
        hasPriorMigrantReferral: true,
        approvedCoeDates: ['2020-01-01'],
        importedRecruitmentDates: ['2018-01-01'],
      },
      interview,
    );
    expect(decision.sources).toEqual([
      'existing-child',
      'prior-migrant-referral',
      'earlier-coe',
      'imported-history',
    ]);
  });

  it('does not count a COE or an imported record from the interview day or after', () => {
    const later = derivePriorCoe(
      { ...nothing, approvedCoeDates: [interview, '2022-01-01'], importedRecruitmentDates: ['2021-10-16'] },
      interview,
    );
    expect(later).toEqual({ priorCoe: false, sources: [] });
    expect(derivePriorCoe({ ...nothing, importedRecruitmentDates: ['2021-10-14'] }, interview).priorCoe).toBe(
      true,
    );
  });
});
