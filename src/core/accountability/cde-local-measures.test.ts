import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import {
  isLocalMeasuresFile,
  localIndicatorsCsv,
  localRatingOf,
  readCdeLocalMeasures,
} from './cde-local-measures';

/** A Priority 1 file as the CDE's record layout for Local Measures gives it (tab delimited). */
const PRIORITY_1 = [
  'cdscode\tlea\tprioritynumber\tnummisassignments\tnummaterials\tnumfacilities\tperformance\tadditionalinfo\tyear',
  '30000000000001\tOak Valley Unified\t1\t0\t100\t12\tNot Met for Two or More Years\t\t2024',
  '30000000000002\tRiver Charter\t1\t1\t100\t1\tMet\t\t2024',
  '39999999999999\tElsewhere Unified\t1\t0\t100\t3\tNot Met\t\t2024',
].join('\r\n');
const PRIORITY_3 = [
  'cdscode|lea|prioritynumber|performance|year',
  '30000000000001|Oak Valley Unified|3|Not Met|2024',
].join('\n');
const LEAS = new Set(['30000000000001', '30000000000002']);

describe("the CDE's Local Measures files (CDE5)", () => {
  it('CDE5.1 tells a Local Measures file from its columns, not a Dashboard indicator file', () => {
    expect(isLocalMeasuresFile({ name: 'p1.txt', text: PRIORITY_1 })).toBe(true);
    expect(isLocalMeasuresFile({ name: 'p3.txt', text: PRIORITY_3 })).toBe(true);
    expect(
      isLocalMeasuresFile({
        name: 'eladownload2024.txt',
        text: 'cds\trtype\tstudentgroup\tstatuslevel\treportingyear\n',
      }),
    ).toBe(false);
  });

  it('CDE5.2 reads the three performance levels as the CDE writes them, in any case and spacing', () => {
    expect(localRatingOf('Met')).toBe('MET');
    expect(localRatingOf('Not Met')).toBe('NOT_MET');
    expect(localRatingOf('NOT MET FOR TWO OR MORE YEARS')).toBe('NOT_MET_2PLUS');
    expect(localRatingOf('Not Met for 2 or More Years')).toBe('NOT_MET_2PLUS');
    expect(localRatingOf('')).toBeNull();
    expect(localRatingOf('Standard Met')).toBeNull();
  });

  it('keeps the rows of the LEAs read beside, counts the others, and writes local_indicators.csv', () => {
    const { rows, report } = readCdeLocalMeasures(
      [
        { name: 'localp1_2024.txt', text: PRIORITY_1 },
        { name: 'localp3_2024.txt', text: PRIORITY_3 },
      ],
      LEAS,
    );
    expect(rows).toEqual([
      { leaId: '30000000000001', year: 2024, priority: 1, rating: 'NOT_MET_2PLUS' },
      { leaId: '30000000000002', year: 2024, priority: 1, rating: 'MET' },
      { leaId: '30000000000001', year: 2024, priority: 3, rating: 'NOT_MET' },
    ]);
    expect(report).toEqual([
      { file: 'localp1_2024.txt', priority: 1, year: 2024, rows: 3, leaRows: 2 },
      { file: 'localp3_2024.txt', priority: 3, year: 2024, rows: 1, leaRows: 1 },
    ]);
    expect(localIndicatorsCsv(rows)).toBe(
      'lea_id,year,priority,rating\n30000000000001,2024,1,NOT_MET_2PLUS\n30000000000002,2024,1,MET\n30000000000001,2024,3,NOT_MET\n',
    );
  });

  it('takes the year from the file name when the year column is empty', () => {
    const text = 'cdscode\tprioritynumber\tperformance\tyear\n30000000000001\t2\tNot Met\t\n';
    expect(readCdeLocalMeasures([{ name: 'zip/localp2_2019.txt', text }], LEAS).rows).toEqual([
      { leaId: '30000000000001', year: 2019, priority: 2, rating: 'NOT_MET' },
    ]);
  });

  it('refuses a priority that is not a local indicator, a level it cannot read and a repeated rating, naming file, line and column', () => {
    const bad = [
      'cdscode\tprioritynumber\tperformance\tyear',
      '30000000000001\t4\tMet\t2024',
      '30000000000001\t1\tPartly met\t2024',
      '30000000000001\t1\tMet\t2024',
      '30000000000001\t1\tNot Met\t2024',
    ].join('\n');
    try {
      readCdeLocalMeasures([{ name: 'p.txt', text: bad }], LEAS);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const problems = (error as DomainError).problems;
      expect(problems).toHaveLength(3);
      expect(problems[0]?.field).toMatch(/p\.txt.*2.*prioritynumber/);
      expect(problems[1]?.message).toMatch(/"Partly met" is not Met/);
      expect(problems[2]?.message).toMatch(/priority 1 of 2024 already \(p\.txt, line 4\)/);
    }
  });
});
