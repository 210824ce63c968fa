import { describe, expect, it } from 'vitest';
import { dataPacketOf, emptyCounts, type PeriodCounts } from './data-packet';
import { readingsOf } from './data-packet-readings';

function counts(period: string, qualified: number, newlyQualified: number, lt30 = 0): PeriodCounts {
  return {
    ...emptyCounts(period),
    qualified,
    newlyQualified,
    residencyToRecruitment: { lt30, m1to2: 0, m2to6: 0, m6to12: 0, gt12: newlyQualified - lt30 },
    within60DaysOfQad: qualified,
    within90DaysOfQad: qualified,
  };
}

describe('readings of a data packet', () => {
  it('give the latest period with its change in points from the period before', () => {
    const packet = dataPacketOf('region 5', [counts('2020-21', 100, 16), counts('2021-22', 100, 21, 7)]);
    const newly = readingsOf(packet).find((r) => r.figure === 'newlyQualified');
    expect(newly).toEqual({
      figure: 'newlyQualified',
      period: '2021-22',
      value: 21,
      previousPeriod: '2020-21',
      previousValue: 16,
      change: 5,
      changeUnit: 'points',
      stateValue: null,
    });
    expect(readingsOf(packet).find((r) => r.figure === 'recruitedWithin30DaysOfResidency')?.value).toBe(33.3);
    expect(readingsOf(packet).find((r) => r.figure === 'qualified')?.change).toBe(0);
  });

  it('give the change of a count as a relative percent (DP2.2), of a percentage in points', () => {
    const packet = dataPacketOf('region 23', [counts('2020-21', 100, 16), counts('2021-22', 130, 21)]);
    expect(readingsOf(packet).find((r) => r.figure === 'qualified')).toMatchObject({
      value: 130,
      change: 30,
      changeUnit: 'percent',
    });
    const families = dataPacketOf('region 23', [
      { ...counts('2020-21', 100, 16), families: 40, newFamilies: 20 },
      { ...counts('2021-22', 130, 21), families: 50, newFamilies: 21, familiesWithin90DaysOfQad: 30 },
    ]);
    const readings = readingsOf(families);
    expect(readings.find((r) => r.figure === 'newFamilies')).toMatchObject({
      value: 21,
      change: 5,
      changeUnit: 'percent',
    });
    expect(readings.find((r) => r.figure === 'familiesWithin90DaysOfQad')).toMatchObject({
      value: 60,
      previousValue: 0,
      change: 60,
      changeUnit: 'points',
    });
  });

  it('put the state beside a region, and leave changes empty where a period had nobody', () => {
    const region = dataPacketOf('region 5', [counts('2020-21', 0, 0), counts('2021-22', 10, 5)]);
    const state = dataPacketOf('state', [counts('2020-21', 50, 10), counts('2021-22', 200, 40)]);
    const newly = readingsOf(region, state).find((r) => r.figure === 'newlyQualified')!;
    expect(newly).toMatchObject({ value: 50, previousValue: null, change: null, stateValue: 20 });
  });

  it('read nothing from an empty packet, and no previous period from a single one', () => {
    expect(readingsOf({ scope: 'state', periods: [] })).toEqual([]);
    expect(readingsOf(dataPacketOf('state', [counts('2021-22', 4, 2)]))[0]).toMatchObject({
      previousPeriod: null,
      change: null,
    });
  });
});
