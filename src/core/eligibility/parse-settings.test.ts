import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import { CALIFORNIA_ELIGIBILITY_SETTINGS } from './eligibility-settings';
import { parseEligibilitySettings } from './parse-settings';

describe("a state's eligibility settings", () => {
  it("are California's with the values given in their place", () => {
    expect(parseEligibilitySettings({})).toEqual(CALIFORNIA_ELIGIBILITY_SETTINGS);
    expect(parseEligibilitySettings({ toJoinMaxMonths: 6, precedeMaxMonths: null })).toEqual({
      ...CALIFORNIA_ELIGIBILITY_SETTINGS,
      toJoinMaxMonths: 6,
      precedeMaxMonths: null,
    });
  });

  it('refuse an unknown field or a bad value, naming it', () => {
    const refusal = (input: unknown) => {
      try {
        parseEligibilitySettings(input);
      } catch (error) {
        return (error as DomainError).problems.map((p) => p.field);
      }
      return [];
    };
    expect(refusal({ soonAfterDays: -1 })).toContain('soonAfterDays');
    expect(refusal({ feb29Anniversary: 'feb-29' })).toContain('feb29Anniversary');
    expect(refusal({ toJoinMonths: 6 })).toContain('toJoinMonths');
  });
});
