import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import { californiaRuleSets } from './california-rule-sets';
import { readDaCase, type DaCaseFiles } from './read-da-case';

const ruleSets = californiaRuleSets();
const HEADER = 'lea_id,year,student_group,indicator,color,status_level,change_level,n';
const files = (overrides: Partial<DaCaseFiles> = {}): DaCaseFiles => ({
  request: '{"year": 2019}',
  leas: 'lea_id,lea_name,lea_type\n100,Arroyo,district\n200,Sol,charter\n',
  indicators: `${HEADER}\n100,2019,HI,ELA,RED,,,40\n100,2019,HI,MATH,ORANGE,,,40\n`,
  ...overrides,
});

/** The refusal's message lines: the error message, then each problem as `field: message`. */
function refusal(input: DaCaseFiles): { message: string; problems: string[] } {
  try {
    readDaCase(input, ruleSets);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const domain = error as DomainError;
    expect(domain.code).toBe('invalid_input');
    return { message: domain.message, problems: domain.problems.map((p) => `${p.field}: ${p.message}`) };
  }
  throw new Error('expected a refusal');
}

describe('FORMAT.md "Files in": what is accepted', () => {
  it('reads typed rows with their lines; empty cells are no value', () => {
    const { request, data } = readDaCase(
      files({
        indicators: `${HEADER}\n100,2019,EL,ELPI,,VERY_LOW,,\n100,2018,SED,CHRONIC,,HIGH,INCREASED_SIGNIFICANTLY,31\n`,
        localIndicators: 'lea_id,year,priority,rating\n100,2019,10,NOT_MET\n',
        leaStatus: 'lea_id,year,calpads_late\n100,2024,Y\n200,2024,N\n',
      }),
      ruleSets,
    );
    expect(request).toEqual({ year: 2019 });
    expect(data.leas).toEqual([
      { leaId: '100', leaName: 'Arroyo', leaType: 'district', line: 2 },
      { leaId: '200', leaName: 'Sol', leaType: 'charter', line: 3 },
    ]);
    expect(data.indicators).toEqual([
      {
        leaId: '100',
        year: 2019,
        group: 'EL',
        indicator: 'ELPI',
        color: null,
        statusLevel: 'VERY_LOW',
        changeLevel: null,
        n: null,
        line: 2,
      },
      {
        leaId: '100',
        year: 2018,
        group: 'SED',
        indicator: 'CHRONIC',
        color: null,
        statusLevel: 'HIGH',
        changeLevel: 'INCREASED_SIGNIFICANTLY',
        n: 31,
        line: 3,
      },
    ]);
    expect(data.localIndicators).toEqual([
      { leaId: '100', year: 2019, priority: 10, rating: 'NOT_MET', line: 2 },
    ]);
    expect(data.leaStatus).toEqual([
      { leaId: '100', year: 2024, calpadsLate: true, line: 2 },
      { leaId: '200', year: 2024, calpadsLate: false, line: 3 },
    ]);
  });

  it('takes column names in any case and order, a BOM, CRLF, quoted values, blank lines and unknown columns', () => {
    const indicators =
      '\uFEFFN,Indicator,COLOR,Student_Group,Year,Lea_Id,comment\r\n40,ELA,RED,HI,2019,100,"two\r\nlines"\r\n\r\n40,MATH,"ORANGE",HI,2019,100,\r\n';
    const { data } = readDaCase(files({ indicators }), ruleSets);
    expect(data.indicators.map((r) => [r.indicator, r.color, r.group, r.n, r.line])).toEqual([
      ['ELA', 'RED', 'HI', 40, 2],
      ['MATH', 'ORANGE', 'HI', 40, 5],
    ]);
  });

  it('accepts an indicators.csv with only the header, ALL rows, and the same LEA twice with the same type', () => {
    expect(readDaCase(files({ indicators: `${HEADER}\n` }), ruleSets).data.indicators).toEqual([]);
    expect(
      readDaCase(files({ indicators: `${HEADER}\n100,2019,ALL,ELA,RED,,,4000\n` }), ruleSets).data.indicators,
    ).toHaveLength(1);
    expect(
      readDaCase(files({ leas: 'lea_id,lea_type\n100,district\n100,district\n' }), ruleSets).data.leas,
    ).toHaveLength(1);
  });

  it('takes the rules id of request.json', () => {
    expect(readDaCase(files({ request: '{"year": 2019, "rules": "CA-2018"}' }), ruleSets).request).toEqual({
      year: 2019,
      rules: 'CA-2018',
    });
  });
});

describe('FORMAT.md "Rejected input": the whole run is refused, naming file, line and column', () => {
  it.each([
    [
      'a required value missing',
      { indicators: `${HEADER}\n100,2019,,ELA,RED,,,40\n` },
      'indicators.csv, line 2, column 3 (student_group): a value is required',
    ],
    [
      'an unknown student group',
      { indicators: `${HEADER}\n100,2019,HI,ELA,RED,,,40\n100,2019,XX,ELA,RED,,,40\n` },
      'indicators.csv, line 3, column 3 (student_group): "XX" is not one of ALL, AA',
    ],
    [
      'an unknown indicator',
      { indicators: `${HEADER}\n100,2019,HI,SCIENCE,RED,,,40\n` },
      'indicators.csv, line 2, column 4 (indicator): "SCIENCE" is not one of ELA',
    ],
    [
      'an unknown color',
      { indicators: `${HEADER}\n100,2019,HI,ELA,PURPLE,,,40\n` },
      'indicators.csv, line 2, column 5 (color): "PURPLE" is not one of RED, ORANGE, YELLOW, GREEN, BLUE',
    ],
    [
      'a lower-case code',
      { indicators: `${HEADER}\n100,2019,HI,ELA,red,,,40\n` },
      'indicators.csv, line 2, column 5 (color): "red" is not one of',
    ],
    [
      'an unknown Status level',
      { indicators: `${HEADER}\n100,2019,HI,ELA,,EXTREME,,40\n` },
      'indicators.csv, line 2, column 6 (status_level): "EXTREME" is not one of VERY_LOW',
    ],
    [
      'an unknown Change level',
      { indicators: `${HEADER}\n100,2019,HI,ELA,,LOW,UP,40\n` },
      'indicators.csv, line 2, column 7 (change_level): "UP" is not one of DECLINED_SIGNIFICANTLY',
    ],
    [
      'a year that is not an integer',
      { indicators: `${HEADER}\n100,2019.5,HI,ELA,RED,,,40\n` },
      'indicators.csv, line 2, column 2 (year): "2019.5" is not an integer year',
    ],
    [
      'n that is not an integer',
      { indicators: `${HEADER}\n100,2019,HI,ELA,RED,,,forty\n` },
      'indicators.csv, line 2, column 8 (n): "forty" is not an integer ≥ 0',
    ],
    [
      'a negative n',
      { indicators: `${HEADER}\n100,2019,HI,ELA,RED,,,-3\n` },
      'indicators.csv, line 2, column 8 (n): "-3" is not an integer ≥ 0',
    ],
    [
      'an lea_id not in leas.csv',
      { indicators: `${HEADER}\n999,2019,HI,ELA,RED,,,40\n` },
      'indicators.csv, line 2, column 1 (lea_id): "999" is not in leas.csv',
    ],
    [
      'a duplicate indicator row',
      {
        indicators: `${HEADER}\n100,2019,HI,ELA,RED,,,40\n100,2019,HI,MATH,RED,,,40\n100,2019,HI,ELA,ORANGE,,,41\n`,
      },
      'indicators.csv, line 4, column 1 (lea_id): duplicate of line 2',
    ],
    [
      'a required column missing',
      { indicators: 'lea_id,year,student_group,color\n100,2019,HI,RED\n' },
      'indicators.csv, line 1: required column "indicator" is missing from the header',
    ],
    [
      'a column twice',
      { indicators: 'lea_id,year,student_group,indicator,color,COLOR\n100,2019,HI,ELA,RED,RED\n' },
      'indicators.csv, line 1, column 6 (color): column "color" appears twice',
    ],
    [
      'a value beyond the header',
      { indicators: 'lea_id,year,student_group,indicator\n100,2019,HI,ELA,RED\n' },
      'indicators.csv, line 2, column 5: the header has 4 columns',
    ],
    [
      'malformed quotes',
      { indicators: `${HEADER}\n100,2019,HI,ELA,"RED"x,,,40\n` },
      'indicators.csv, line 2, column 5: malformed CSV',
    ],
    ['an empty file', { indicators: '' }, 'indicators.csv, line 1: the header row is missing'],
    [
      'an unknown LEA type',
      { leas: 'lea_id,lea_type\n100,school\n' },
      'leas.csv, line 2, column 2 (lea_type): "school" is not one of district, coe, charter',
    ],
    [
      'lea_type differing for one lea_id',
      { leas: 'lea_id,lea_type\n100,district\n200,coe\n100,charter\n' },
      'leas.csv, line 4, column 2 (lea_type): "charter" differs from "district" on line 2 for lea_id 100',
    ],
    [
      'a missing lea_id',
      { leas: 'lea_id,lea_type\n,district\n' },
      'leas.csv, line 2, column 1 (lea_id): a value is required',
    ],
    [
      'an unknown local priority',
      { localIndicators: 'lea_id,year,priority,rating\n100,2019,4,NOT_MET\n' },
      'local_indicators.csv, line 2, column 3 (priority): "4" is not one of 1, 2, 3, 6, 7, 9, 10',
    ],
    [
      'an unknown rating',
      { localIndicators: 'lea_id,year,priority,rating\n100,2019,3,FAILED\n' },
      'local_indicators.csv, line 2, column 4 (rating): "FAILED" is not one of MET, NOT_MET, NOT_MET_2PLUS',
    ],
    [
      'a duplicate local row',
      { localIndicators: 'lea_id,year,priority,rating\n100,2019,3,MET\n100,2019,3,NOT_MET\n' },
      'local_indicators.csv, line 3, column 1 (lea_id): duplicate of line 2',
    ],
    [
      'a local row of an unknown LEA',
      { localIndicators: 'rating,priority,year,lea_id\nMET,3,2019,300\n' },
      'local_indicators.csv, line 2, column 4 (lea_id): "300" is not in leas.csv',
    ],
    [
      'a bad CALPADS flag',
      { leaStatus: 'lea_id,year,calpads_late\n100,2024,yes\n' },
      'lea_status.csv, line 2, column 3 (calpads_late): "yes" is not one of Y, N',
    ],
    [
      'a CALPADS flag twice',
      { leaStatus: 'lea_id,year,calpads_late\n100,2024,Y\n100,2024,N\n' },
      'lea_status.csv, line 3, column 1 (lea_id): duplicate of line 2',
    ],
    [
      'a requested year without a rule set: 2020',
      { request: '{"year": 2020}' },
      'request.json, line 1, column 10 (year): no rule set for 2020',
    ],
    [
      'a requested year without a rule set: 2021',
      { request: '{\n  "year": 2021\n}' },
      'request.json, line 2, column 11 (year): no rule set for 2021',
    ],
    [
      'an unknown rules id',
      { request: '{"year": 2019, "rules": "CA-1999"}' },
      'request.json, line 1, column 25 (rules): no rule set CA-1999',
    ],
    [
      'a year that is not an integer',
      { request: '{"year": "2019"}' },
      'request.json, line 1, column 10 (year): "2019" is not an integer year',
    ],
    ['no year', { request: '{}' }, 'request.json, line 1, column 1 (year): "year" is required'],
    [
      'JSON that is not JSON',
      { request: '{"year": 2019,,}' },
      'request.json, line 1, column 15: not valid JSON',
    ],
  ] as Array<[string, Partial<DaCaseFiles>, string]>)('%s', (_name, overrides, expected) => {
    const { message, problems } = refusal(files(overrides));
    expect(message.startsWith(expected)).toBe(true);
    expect(problems[0]?.startsWith(expected)).toBe(true);
  });

  it('lists every problem of every file, first problem in the message', () => {
    const { message, problems } = refusal(
      files({
        request: '{"year": 2021}',
        indicators: `${HEADER}\n100,2019,HI,ELA,PURPLE,,,40\n100,2019,HI,ELA,RED,,,x\n`,
        localIndicators: 'lea_id,year,priority,rating\n100,2019,5,MET\n',
      }),
    );
    expect(problems).toEqual([
      'request.json, line 1, column 10 (year): no rule set for 2021 (no Dashboard in 2020 and 2021; rule sets: CA-2017, CA-2018, CA-2019, CA-2022, CA-2023, CA-2024, CA-2025)',
      'indicators.csv, line 2, column 5 (color): "PURPLE" is not one of RED, ORANGE, YELLOW, GREEN, BLUE',
      'indicators.csv, line 3, column 8 (n): "x" is not an integer ≥ 0',
      'indicators.csv, line 3, column 1 (lea_id): duplicate of line 2: the same (lea_id, year, student_group, indicator) appears twice',
      'local_indicators.csv, line 2, column 3 (priority): "5" is not one of 1, 2, 3, 6, 7, 9, 10',
    ]);
    expect(message).toMatch(
      /^request\.json, line 1, column 10 \(year\): no rule set for 2021 .* \(and 4 more problems\)$/,
    );
  });

  it('counts lines of a row after a quoted value spanning lines', () => {
    const { problems } = refusal(
      files({
        indicators: `lea_id,year,student_group,indicator,note\n100,2019,HI,ELA,"a\nb\nc"\n100,2019,HI,MATHS,\n`,
      }),
    );
    expect(problems).toEqual([
      'indicators.csv, line 5, column 4 (indicator): "MATHS" is not one of ELA, MATH, ELPI, GRAD, CHRONIC, SUSP, CCI',
    ]);
  });
});
