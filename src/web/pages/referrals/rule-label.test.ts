import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ruleLabel } from './rule-label';

const t = ((key: string) => `«${key}»`) as unknown as TFunction;

describe('a prioritization rule label', () => {
  it("is translated for the state's default rules and kept as written for a region's own", () => {
    expect(ruleLabel({ ruleId: 'hispanic', label: 'Hispanic' }, t)).toBe('«referrals.ruleLabels.hispanic»');
    expect(ruleLabel({ ruleId: 'hispanic', label: 'Hispano o latino' }, t)).toBe('Hispano o latino');
    expect(ruleLabel({ ruleId: 'recent', label: 'Llegó este mes' }, t)).toBe('Llegó este mes');
  });
});
