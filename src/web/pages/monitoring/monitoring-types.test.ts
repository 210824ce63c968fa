import { describe, expect, it } from 'vitest';
import { programYears } from './monitoring-types';

describe('programYears', () => {
  it('offers the coming program year first, this one and two before; a program year starts on July 1 (MN2.1)', () => {
    expect(programYears('2026-06-30')).toEqual(['2026-27', '2025-26', '2024-25', '2023-24']);
    // July and August belong to the new program year (the performance period starts in September).
    expect(programYears('2026-07-01')).toEqual(['2027-28', '2026-27', '2025-26', '2024-25']);
    expect(programYears('2026-08-31')).toEqual(['2027-28', '2026-27', '2025-26', '2024-25']);
    expect(programYears('2099-12-01')).toEqual(['2100-01', '2099-00', '2098-99', '2097-98']);
  });
});
