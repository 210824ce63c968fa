import { describe, expect, it } from 'vitest';
import {
  formatPercent,
  formatRate,
  itemsByRegion,
  localDate,
  reinterviewersOf,
  sortedItems,
} from './qc-format';
import type { Reinterview, UserRow } from './qc-types';

const item = (id: string, regionNumber: number): Reinterview => ({
  id,
  coeId: id,
  familyName: null,
  interviewDate: null,
  regionId: `r${regionNumber}`,
  regionNumber,
  reinterviewerId: null,
  reinterviewerName: null,
  result: null,
  notes: null,
  abilities: { canAssign: true, canRecordResult: false },
});

describe('quality-control display helpers', () => {
  it('writes shares as percentages in English and Spanish', () => {
    expect(formatPercent(0.5, 'en')).toBe('50%');
    expect(formatPercent(0.0945, 'en')).toBe('9.5%');
    expect(formatPercent(0.0945, 'es')).toMatch(/^9[.,]5\s?%$/);
  });

  it('writes the rate with its interval, and nothing before a result is recorded', () => {
    expect(formatRate({ rate: 0.5, low: 0.0945, high: 0.9055 }, 'en')).toEqual({
      rate: '50%',
      interval: '9.5% – 90.6%',
    });
    expect(formatRate({ rate: null, low: null, high: null }, 'en')).toBeNull();
  });

  it('offers only active users whose role may re-interview', () => {
    const users: Pick<UserRow, 'displayName' | 'role' | 'isActive'>[] = [
      { displayName: 'Zoe', role: 'reviewer', isActive: true },
      { displayName: 'Ana', role: 'state_admin', isActive: true },
      { displayName: 'Bea', role: 'recruiter', isActive: true },
      { displayName: 'Cy', role: 'reviewer', isActive: false },
    ];
    expect(reinterviewersOf(users).map((u) => u.displayName)).toEqual(['Ana', 'Zoe']);
  });

  it('groups re-interviews by region in region order, COEs in a stable order', () => {
    expect(itemsByRegion([item('c', 7), item('b', 2), item('a', 7)])).toEqual([
      { regionNumber: 2, items: [item('b', 2)] },
      { regionNumber: 7, items: [item('a', 7), item('c', 7)] },
    ]);
  });

  it('orders re-interviews by region, then COE', () => {
    expect(sortedItems([item('b', 3), item('z', 1), item('a', 3)]).map((i) => i.id)).toEqual(['z', 'a', 'b']);
  });

  it('gives local calendar dates, also across a month end', () => {
    expect(localDate(new Date(2024, 2, 5, 23, 30))).toBe('2024-03-05');
    expect(localDate(new Date(2024, 2, 5), 30)).toBe('2024-02-04');
  });
});
