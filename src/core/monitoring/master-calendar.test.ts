import { describe, expect, it } from 'vitest';
import { comingProgramYear, masterCalendar, type CalendarService } from './master-calendar';

const service = (code: string, startDate: string, districtId: string | null = null): CalendarService => ({
  id: code,
  code,
  name: `Service ${code}`,
  districtId,
  districtName: districtId ? 'Valley USD' : null,
  term: 'FALL',
  startDate,
  actualStartDate: null,
});

describe('the master calendar of services (MN7)', () => {
  it('is drawn in June for the coming program year (MN7.1)', () => {
    expect(comingProgramYear('2027-06-10')).toBe('2027-28');
    expect(comingProgramYear('2027-01-15')).toBe('2027-28');
    expect(comingProgramYear('2027-07-01')).toBe('2028-29');
    expect(comingProgramYear('2099-06-30')).toBe('2099-00');
  });

  it('lists the twelve months from July to June, each with the services starting in it, by date and code (MN7.2)', () => {
    const months = masterCalendar('2027-28', [
      service('B', '2027-09-01', 'd1'),
      service('A', '2027-09-01'),
      service('C', '2027-08-20'),
      service('D', '2028-06-30'),
      service('E', '2027-07-01'),
    ]);
    expect(months.map((m) => m.month)).toEqual([
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
      '2027-11',
      '2027-12',
      '2028-01',
      '2028-02',
      '2028-03',
      '2028-04',
      '2028-05',
      '2028-06',
    ]);
    expect(months.map((m) => m.services.map((s) => s.code))).toEqual([
      ['E'],
      ['C'],
      ['A', 'B'],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      ['D'],
    ]);
  });

  it('leaves out services that start before July or after June (MN7.2)', () => {
    const months = masterCalendar('2027-28', [service('OLD', '2027-06-30'), service('NEXT', '2028-07-01')]);
    expect(months.flatMap((m) => m.services)).toEqual([]);
  });
});
