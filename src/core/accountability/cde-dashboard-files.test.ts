import { describe, expect, it } from 'vitest';
import formatDoc from '../../../docs/rules/differentiated-assistance-format.md?raw';
import { DomainError } from '../common/domain-error';
import { californiaRuleSets } from './california-rule-sets';
import {
  changeLevelOf,
  colorOf,
  contractFilesOfCde,
  dashboardYearOf,
  indicatorsOfColumns,
  leaTypeOfRecord,
  readCdeDashboardFiles,
  statusLevelOf,
  studentGroupOf,
  type CdeFile,
} from './cde-dashboard-files';
import { evaluateDifferentiatedAssistance } from './evaluate-da';
import { readDaCase } from './read-da-case';

const T = '\t';
const ACADEMIC_2024 = [
  'cds',
  'rtype',
  'schoolname',
  'districtname',
  'countyname',
  'charter_flag',
  'coe_flag',
  'dass_flag',
  'studentgroup',
  'currdenom',
  'currstatus',
  'priordenom',
  'priorstatus',
  'change',
  'statuslevel',
  'changelevel',
  'color',
  'box',
  'reportingyear',
];
const line = (...cells: string[]) => cells.join(T);
const academic = (rows: string[][]) => [ACADEMIC_2024.join(T), ...rows.map((r) => line(...r))].join('\n');
const row = (
  cds: string,
  rtype: string,
  group: string,
  status: string,
  change: string,
  color: string,
  extra: { charter?: string; coe?: string; n?: string; year?: string } = {},
) => [
  cds,
  rtype,
  rtype === 'S' ? 'A School' : '',
  'Arroyo Unified',
  'Sol',
  extra.charter ?? '',
  extra.coe ?? '',
  '',
  group,
  extra.n ?? '120',
  '-40.1',
  '118',
  '-30.2',
  '-9.9',
  status,
  change,
  color,
  '10',
  extra.year ?? '2024',
];

function refusal(files: CdeFile[]): string[] {
  try {
    readCdeDashboardFiles(files);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).problems.map((p) => `${p.field}: ${p.message}`);
  }
  throw new Error('expected a refusal');
}

describe('CDE1 recognizing a Dashboard file', () => {
  it('CDE1.2: the columns tell the indicator, most specific first', () => {
    expect(indicatorsOfColumns(new Set(['cds', 'currprogressed']))).toEqual(['ELPI']);
    expect(indicatorsOfColumns(new Set(['cds', 'currdenom', 'statuslevel']))).toEqual(['ELPI']);
    expect(indicatorsOfColumns(new Set(['cds', 'studentgroup_pct', 'currdenom']))).toEqual(['CCI']);
    expect(indicatorsOfColumns(new Set(['cds', 'type', 'currnumer']))).toEqual(['SUSP']);
    expect(indicatorsOfColumns(new Set(['cds', 'studentgroup', 'currnumer', 'fiveyrnumer']))).toEqual([
      'GRAD',
    ]);
    expect(indicatorsOfColumns(new Set(['cds', 'currnumer', 'certifyflag']))).toEqual(['CHRONIC']);
    expect(indicatorsOfColumns(new Set(['cds', 'currnumer']))).toEqual(['GRAD', 'CHRONIC']);
    expect(indicatorsOfColumns(new Set(['cds', 'currdenom', 'currstatus']))).toEqual(['ELA', 'MATH']);
    expect(indicatorsOfColumns(new Set(['lea_id', 'year']))).toEqual([]);
  });

  it('CDE1.2: ELA and mathematics share a layout, so the file name decides', () => {
    const text = academic([row('01611190000000', 'D', 'HI', '1', '2', '1')]);
    const ela = readCdeDashboardFiles([{ name: 'eladownload2024.txt', text }]);
    expect(ela.report.files[0]).toMatchObject({ indicator: 'ELA', recognizedBy: 'columns_and_name' });
    const math = readCdeDashboardFiles([{ name: 'mathdownload2024.txt', text }]);
    expect(math.data.indicators[0]!.indicator).toBe('MATH');
    expect(refusal([{ name: 'download.txt', text }])[0]).toMatch(
      /download\.txt, line 1: the columns fit ELA or MATH: name the file/,
    );
  });

  it('CDE1.1: an unknown layout is refused with the columns expected', () => {
    const [problem] = refusal([{ name: 'leas.txt', text: 'lea_id\tlea_name\n1\tA\n' }]);
    expect(problem).toMatch(
      /leas\.txt, line 1: not a layout .*missing cds, rtype, statuslevel.*expected .*studentgroup, currdenom/,
    );
  });

  it('CDE1.1: tab, pipe (older downloads) and comma delimiters are read', () => {
    const tab = academic([row('01611190000000', 'D', 'HI', '1', '2', '1')]);
    for (const [name, delimiter] of [
      ['tab', '\t'],
      ['pipe', '|'],
      ['comma', ','],
    ] as const) {
      const { report, data } = readCdeDashboardFiles([
        { name: 'eladownload2024.txt', text: tab.replaceAll('\t', delimiter) },
      ]);
      expect(report.files[0]!.delimiter).toBe(name);
      expect(data.indicators).toHaveLength(1);
    }
  });

  it('CDE1.3: the year comes from reportingyear, else from the name; a file holds one year', () => {
    expect(dashboardYearOf('2024')).toBe(2024);
    expect(dashboardYearOf('2023-24')).toBe(2024);
    expect(dashboardYearOf('2018–19')).toBe(2019);
    expect(dashboardYearOf('next year')).toBeNull();
    const noYearColumn = [
      ACADEMIC_2024.slice(0, -1).join(T),
      line(...row('01611190000000', 'D', 'HI', '1', '2', '1').slice(0, -1)),
    ].join('\n');
    expect(readCdeDashboardFiles([{ name: 'eladownload2019.txt', text: noYearColumn }]).report.years).toEqual(
      [2019],
    );
    expect(refusal([{ name: 'ela.txt', text: noYearColumn }])[0]).toMatch(/year cannot be told/);
    const mixed = academic([
      row('01611190000000', 'D', 'HI', '1', '2', '1'),
      row('01611190000000', 'D', 'AA', '1', '2', '1', { year: '2023' }),
    ]);
    expect(refusal([{ name: 'ela.txt', text: mixed }])[0]).toMatch(
      /ela\.txt, line 3.*2023 differs from the file's year 2024/,
    );
  });

  it('CDE1.3: the same indicator and year twice is refused', () => {
    const text = academic([row('01611190000000', 'D', 'HI', '1', '2', '1')]);
    expect(
      refusal([
        { name: 'eladownload2024.txt', text },
        { name: 'ela-copy.txt', text },
      ])[0],
    ).toMatch(/ela-copy\.txt, line 1: ELA 2024 was already given by eladownload2024\.txt/);
  });
});

describe('CDE2 the rows kept and their codes', () => {
  it('CDE2.1: district and county office LEA rows, charters by their flag; school and state rows left out', () => {
    expect(leaTypeOfRecord('D', '', '')).toBe('district');
    expect(leaTypeOfRecord('D', '', 'Y')).toBe('coe');
    expect(leaTypeOfRecord('L', '', '')).toBe('district');
    expect(leaTypeOfRecord('S', 'Y', '')).toBe('charter');
    expect(leaTypeOfRecord('D', 'Y', '')).toBe('charter');
    expect(leaTypeOfRecord('S', '', '')).toEqual({ ignore: 'school_row' });
    expect(leaTypeOfRecord('X', '', '')).toEqual({ ignore: 'state_row' });
    expect(leaTypeOfRecord('Q', '', '')).toEqual({ ignore: 'unknown_record_type' });
  });

  it('CDE2.2: levels are read by the direction of each indicator', () => {
    expect(statusLevelOf('ELA', '1')).toBe('VERY_LOW');
    expect(statusLevelOf('GRAD', '5')).toBe('VERY_HIGH');
    expect(statusLevelOf('CHRONIC', '1')).toBe('VERY_HIGH');
    expect(statusLevelOf('SUSP', '5')).toBe('VERY_LOW');
    expect(changeLevelOf('MATH', '1')).toBe('DECLINED_SIGNIFICANTLY');
    expect(changeLevelOf('SUSP', '1')).toBe('INCREASED_SIGNIFICANTLY');
    expect(changeLevelOf('CHRONIC', '5')).toBe('DECLINED_SIGNIFICANTLY');
    expect(statusLevelOf('ELA', '0')).toBeNull();
    expect(statusLevelOf('ELA', '')).toBeNull();
    expect(statusLevelOf('ELA', '7')).toBeUndefined();
  });

  it('CDE2.3: colors 1 red … 5 blue, 0 none', () => {
    expect(colorOf('1')).toBe('RED');
    expect(colorOf('2')).toBe('ORANGE');
    expect(colorOf('5')).toBe('BLUE');
    expect(colorOf('0')).toBeNull();
  });

  it('CDE1.4: the groups map one to one; EL subsets and test takers are left out; LT EL is LTEL', () => {
    expect(studentGroupOf('HI')).toBe('HI');
    expect(studentGroupOf('LT EL')).toBe('LTEL');
    for (const code of ['ELO', 'RFP', 'EO', 'SBA', 'CAA'])
      expect(studentGroupOf(code)).toEqual({ ignore: 'not_da_group' });
    expect(studentGroupOf('ZZ')).toEqual({ ignore: 'unknown_group' });
  });

  it('reads an academic file into LEAs, rows and a report of what was left out', () => {
    const text = academic([
      row('01611190000000', 'D', 'ALL', '2', '2', '2'),
      row('01611190000000', 'D', 'HI', '1', '2', '1', { n: '40' }),
      row('01611190000000', 'D', 'SBA', '1', '2', '1'),
      row('01611190130229', 'S', 'HI', '1', '2', '1'),
      row('01100170000000', 'D', 'SED', '0', '0', '0', { coe: 'Y', n: '12' }),
      row('01100170109835', 'S', 'EL', '2', '3', '3', { charter: 'Y' }),
      row('00000000000000', 'X', 'ALL', '3', '3', '3'),
    ]);
    const { data, report, sources } = readCdeDashboardFiles([{ name: 'eladownload2024.txt', text }]);
    expect(data.leas).toEqual([
      { leaId: '01100170000000', leaName: 'Arroyo Unified', leaType: 'coe' },
      { leaId: '01100170109835', leaName: 'A School', leaType: 'charter' },
      { leaId: '01611190000000', leaName: 'Arroyo Unified', leaType: 'district' },
    ]);
    expect(data.indicators[1]).toEqual({
      leaId: '01611190000000',
      year: 2024,
      group: 'HI',
      indicator: 'ELA',
      color: 'RED',
      statusLevel: 'VERY_LOW',
      changeLevel: 'DECLINED',
      n: 40,
      line: 3,
    });
    expect(data.indicators[2]).toMatchObject({ color: null, statusLevel: null, changeLevel: null, n: 12 });
    expect(sources[1]).toEqual({ file: 'eladownload2024.txt', line: 3 });
    expect(report).toMatchObject({
      leas: 3,
      leasByType: { district: 1, coe: 1, charter: 1 },
      groups: ['ALL', 'HI', 'EL', 'SED'],
      years: [2024],
      ignoredCount: 3,
      ignoredByReason: { school_row: 1, state_row: 1, not_da_group: 1 },
      ignored: [{ file: 'eladownload2024.txt', line: 4, reason: 'not_da_group', detail: 'SBA' }],
      files: [{ file: 'eladownload2024.txt', indicator: 'ELA', year: 2024, rows: 7, leaRows: 4, ignored: 3 }],
    });
  });

  it('CDE2.4: students with disabilities are counted by currdenom_swd where the file has it; suppressed counts are no value', () => {
    const header = [...ACADEMIC_2024.slice(0, 10), 'currdenom_swd', ...ACADEMIC_2024.slice(10)];
    const r = (group: string, n: string, swd: string) => {
      const cells = row('01611190000000', 'D', group, '1', '2', '1', { n, year: '2019' });
      return line(...cells.slice(0, 10), swd, ...cells.slice(10));
    };
    const text = [header.join(T), r('SWD', '35', '28'), r('HI', '*', '')].join('\n');
    const { data } = readCdeDashboardFiles([{ name: 'eladownload2019.txt', text }]);
    expect(data.indicators.map((i) => i.n)).toEqual([28, null]);
  });

  it('CDE1.4: the ELPI files without a studentgroup column are English learners', () => {
    const text = [
      'cds\trtype\tdistrictname\tcharter_flag\tcoe_flag\tcurrprogressed\tcurrdenom\tcurrstatus\tstatuslevel\treportingyear',
      '01611190000000\tD\tArroyo\t\t\t40\t120\t35.5\t1\t2019',
    ].join('\n');
    const { data, report } = readCdeDashboardFiles([{ name: 'elpidownload2019.txt', text }]);
    expect(data.indicators[0]).toMatchObject({
      group: 'EL',
      indicator: 'ELPI',
      statusLevel: 'VERY_LOW',
      color: null,
    });
    expect(report.files[0]).toMatchObject({ indicator: 'ELPI', recognizedBy: 'columns' });
  });

  it('refuses a bad CDS code or level naming the line and column; a second row for the same LEA and group is left out', () => {
    const text = academic([
      row('0161119', 'D', 'HI', '1', '2', '1'),
      row('01611190000000', 'D', 'HI', '9', '2', '1'),
    ]);
    expect(refusal([{ name: 'ela2024.txt', text }])).toEqual([
      'ela2024.txt, line 2, column 1 (cds): "0161119" is not a 14-digit CDS code',
      'ela2024.txt, line 3, column 15 (statuslevel): "9" is not 0–5',
    ]);
    const twice = academic([
      row('01611190000000', 'D', 'HI', '1', '2', '1', { charter: 'Y' }),
      row('01611190000000', 'S', 'HI', '1', '2', '1', { charter: 'Y' }),
    ]);
    const { report } = readCdeDashboardFiles([{ name: 'ela2024.txt', text: twice }]);
    expect(report.ignored).toEqual([
      { file: 'ela2024.txt', line: 3, reason: 'duplicate', detail: '01611190000000 HI (as line 2)' },
    ]);
  });
});

describe('CDE3 the contract files of an upload', () => {
  it('CDE3.1: the rows written as leas.csv and indicators.csv read back the same and decide the same', () => {
    const text = academic([
      row('01611190000000', 'D', 'HI', '1', '2', '1', { n: '40' }),
      row('01611190000000', 'D', 'SED', '2', '3', '2'),
    ]);
    const math = text.replaceAll('-40.1', '-80.2');
    const { data, sources } = readCdeDashboardFiles([
      { name: 'eladownload2024.txt', text },
      { name: 'mathdownload2024.txt', text: math },
    ]);
    const files = contractFilesOfCde(data, 2024, sources);
    expect(files.indicators.split('\n')[1]).toBe(
      '01611190000000,2024,HI,ELA,RED,VERY_LOW,DECLINED,40,eladownload2024.txt,2',
    );
    const ruleSets = californiaRuleSets();
    const back = readDaCase(files, ruleSets);
    expect(back.data.indicators.map(({ line: _line, ...rest }) => rest)).toEqual(
      data.indicators.map(({ line: _line, ...rest }) => rest),
    );
    const decision = evaluateDifferentiatedAssistance(back.request, back.data, ruleSets);
    // ELA and mathematics are both priority 4: one area is not enough (R2).
    expect(decision.leas[0]).toMatchObject({ leaId: '01611190000000', leaType: 'district', eligible: false });
    expect(evaluateDifferentiatedAssistance({ year: 2024 }, data, ruleSets)).toEqual(decision);
  });
});

describe('CDE rule tags', () => {
  it('every CDE… tag in this module is an entry of differentiated-assistance-format.md', async () => {
    const source = (await import('./cde-dashboard-files.ts?raw')).default as string;
    const defined = new Set([...formatDoc.matchAll(/^\s*- \*\*(CDE\d+\.\d+)\*\*/gm)].map((m) => m[1]));
    const cited = [...source.matchAll(/\bCDE\d+\.\d+\b/g)].map((m) => m[0]);
    expect(cited.length).toBeGreaterThan(5);
    expect(cited.filter((tag) => !defined.has(tag))).toEqual([]);
  });
});
