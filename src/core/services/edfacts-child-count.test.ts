import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../recruitment/performance-period';
import { breakdownOf, type ChildCountEntry } from './child-count';
import { edfactsChildCountFile, edfactsFileName } from './edfacts-child-count';

const entry = (studentId: string, group: ChildCountEntry['group'], extra: Partial<ChildCountEntry> = {}) => ({
  studentId,
  birthDate: '2015-01-01',
  day: '2024-09-01',
  span: { from: '2024-01-01', to: '2025-12-31' },
  category2: null,
  group,
  englishLearner: false,
  disability: false,
  ...extra,
});

const BREAKDOWN = breakdownOf([
  entry('A', 'KG', { englishLearner: true }),
  entry('B', '03', { category2: { day: '2025-07-01', serviceId: 'S' }, disability: true }),
  entry('C', 'MISSING', { category2: { day: '2025-07-02', serviceId: 'S' }, englishLearner: true }),
]);
const OPTIONS = { period: parsePeriod('2024-25', 'p'), stateCode: '06' };

describe('the EDFacts files of the child counts (S5.8)', () => {
  it('writes FS121 from Category 1: header, one record per grade, EL, disability, and the total', () => {
    const lines = edfactsChildCountFile('FS121', BREAKDOWN, OPTIONS).split('\r\n');
    expect(lines[0]).toBe(
      'SEA MIGRANT STUDENTS ELIGIBLE 12 MONTHS,20,06FS121-2024-2025.csv,CICLO FS121 2024-25,2024-2025,',
    );
    expect(lines).toContain('2,06,01,,,MIGRANTSTUELIG12MO,KG,,,N,,1');
    expect(lines).toContain('5,06,01,,,MIGRANTSTUELIG12MO,03,,,N,,1');
    expect(lines).toContain('1,06,01,,,MIGRANTSTUELIG12MO,AGE3TO5NOTK,,,N,,0');
    expect(lines).toContain('17,06,01,,,MIGRANTSTUELIG12MO,,LEP,,N,,2');
    expect(lines).toContain('18,06,01,,,MIGRANTSTUELIG12MO,,NLEP,,N,,1');
    expect(lines).toContain('19,06,01,,,MIGRANTSTUELIG12MO,,,WDIS,N,,1');
    expect(lines).toContain('20,06,01,,,MIGRANTSTUELIG12MO,,,,Y,1 counted children have no grade recorded,3');
    expect(lines).toHaveLength(22);
    expect(lines.at(-1)).toBe('');
  });

  it('writes FS122 from Category 2', () => {
    const lines = edfactsChildCountFile('FS122', BREAKDOWN, OPTIONS).split('\r\n');
    expect(lines[0]!.startsWith('SEA MIGRANT STUDENTS ELIG SUMMER,20,06FS122-2024-2025.csv')).toBe(true);
    expect(lines).toContain('5,06,01,,,MIGRANTSTUELIGSUMR,03,,,N,,1');
    expect(lines).toContain('2,06,01,,,MIGRANTSTUELIGSUMR,KG,,,N,,0');
    expect(lines).toContain('17,06,01,,,MIGRANTSTUELIGSUMR,,LEP,,N,,1');
    expect(lines).toContain('20,06,01,,,MIGRANTSTUELIGSUMR,,,,Y,1 counted children have no grade recorded,2');
  });

  it('names the file by state, file and reporting period', () => {
    expect(edfactsFileName('FS122', OPTIONS)).toBe('06FS122-2024-2025.csv');
  });
});
