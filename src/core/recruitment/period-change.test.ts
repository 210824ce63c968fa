import { describe, expect, it } from 'vitest';
import { changeBetween } from './period-change';

describe('a change between periods (DP2)', () => {
  it('of a percentage is in percentage points, to one decimal', () => {
    // Figure 2 of the source: 21 percent, five points higher than 16 percent.
    expect(changeBetween('percentage', 21, 16)).toEqual({ unit: 'points', value: 5 });
    expect(changeBetween('percentage', 36, 60)).toEqual({ unit: 'points', value: -24 });
    expect(changeBetween('percentage', 10.1, 9.9)).toEqual({ unit: 'points', value: 0.2 });
  });

  it('of a count is a relative percent of the earlier count', () => {
    // Region 23: 130 referrals after 100 is 30 percent more; Region X's aim of 5 percent more families.
    expect(changeBetween('count', 130, 100)).toEqual({ unit: 'percent', value: 30 });
    expect(changeBetween('count', 105, 100)).toEqual({ unit: 'percent', value: 5 });
    expect(changeBetween('count', 117, 100)).toEqual({ unit: 'percent', value: 17 });
    expect(changeBetween('count', 2, 3)).toEqual({ unit: 'percent', value: -33.3 });
    expect(changeBetween('count', 100, 100)).toEqual({ unit: 'percent', value: 0 });
  });

  it('rounds a relative percent half away from zero, both ways', () => {
    expect(changeBetween('count', 17, 16)).toEqual({ unit: 'percent', value: 6.3 }); // 6.25
    expect(changeBetween('count', 15, 16)).toEqual({ unit: 'percent', value: -6.3 }); // −6.25
  });

  it('has no value when a side is missing or a count was 0 before', () => {
    expect(changeBetween('percentage', null, 5).value).toBeNull();
    expect(changeBetween('percentage', 5, null).value).toBeNull();
    expect(changeBetween('count', 4, 0)).toEqual({ unit: 'percent', value: null });
    expect(changeBetween('count', 0, 4)).toEqual({ unit: 'percent', value: -100 });
  });
});
