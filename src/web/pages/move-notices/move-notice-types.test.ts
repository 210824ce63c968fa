import { describe, expect, it } from 'vitest';
import { deadlineStatusOn, moveNoticesOfReferral, placeOf } from './move-notice-types';

describe('deadlineStatusOn (X10.4 on a copy read offline)', () => {
  const due = (deadlineStatus: 'met' | 'late' | 'pending' | 'overdue') => ({
    deadlineStatus,
    dueDate: '2026-12-04',
  });

  it('a notice pending when last synced is pending through its due date, overdue after', () => {
    expect(deadlineStatusOn(due('pending'), '2026-12-03')).toBe('pending');
    expect(deadlineStatusOn(due('pending'), '2026-12-04')).toBe('pending');
    expect(deadlineStatusOn(due('pending'), '2026-12-05')).toBe('overdue');
  });

  it('an answer sent or a deadline already missed stays as the server said', () => {
    for (const status of ['met', 'late', 'overdue'] as const)
      expect(deadlineStatusOn(due(status), '2027-01-10')).toBe(status);
  });
});

describe('moveNoticesOfReferral', () => {
  it('reads the notice of one task, the same address the device keeps it under', () => {
    expect(moveNoticesOfReferral('5b1c')).toBe('/api/msix/move-notices?referralId=5b1c');
  });
});

describe('placeOf', () => {
  it('writes the city when known, then the state and ZIP code', () => {
    expect(placeOf({ city: 'Yuma', state: 'AZ' })).toBe('Yuma, AZ');
    expect(placeOf({ city: null, state: 'AZ' })).toBe('AZ');
    expect(placeOf({ city: 'Delano', state: 'CA', zip: '93215' })).toBe('Delano, CA 93215');
  });
});
