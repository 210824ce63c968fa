import { describe, expect, it } from 'vitest';
import { CALIFORNIA_DEVICE_KEEPING, eraseKeptBefore, parseDeviceKeeping } from './device-keeping';

describe('how long a device keeps children’s records (ID5.1)', () => {
  it('is 14 days in California unless the state sets 1 to 90', () => {
    expect(CALIFORNIA_DEVICE_KEEPING).toEqual({ days: 14 });
    expect(parseDeviceKeeping({ days: 1 })).toEqual({ days: 1 });
    expect(parseDeviceKeeping({ days: 90 })).toEqual({ days: 90 });
    for (const days of [0, 91, 2.5, '7', null, undefined])
      expect(() => parseDeviceKeeping({ days }), String(days)).toThrow(/days/);
    expect(() => parseDeviceKeeping(null)).toThrow(/days/);
  });

  it('erases what was last saved more than the period ago, to the millisecond', () => {
    const now = Date.UTC(2026, 11, 5, 12);
    expect(eraseKeptBefore(now, { days: 14 })).toBe(Date.UTC(2026, 10, 21, 12));
    expect(eraseKeptBefore(now, { days: 1 })).toBe(now - 86_400_000);
  });
});
