import { describe, expect, it } from 'vitest';
import { regionKnownIn } from './known-in-region';

describe('the region where a referral is known as a prior migrant', () => {
  it('is read from the match reason known-in-region-<number>', () => {
    expect(regionKnownIn(['known-in-region-7'])).toBe(7);
    expect(regionKnownIn(['known-in-region-11'])).toBe(11);
  });

  it('is none for a match in the reader’s own region, or no match', () => {
    expect(regionKnownIn(['same-birth-date', 'same-surnames'])).toBeNull();
    expect(regionKnownIn([])).toBeNull();
    expect(regionKnownIn(['known-in-region-'])).toBeNull();
  });
});
