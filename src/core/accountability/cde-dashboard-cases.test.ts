import { describe, expect, it } from 'vitest';
import { californiaRuleSets } from './california-rule-sets';
import { readCdeDashboardFiles } from './cde-dashboard-files';
import { evaluateDifferentiatedAssistance } from './evaluate-da';
import { readDaCase, type DaCaseFiles } from './read-da-case';

/**
 * tests/cases/da-cde: the CDE's files of each supported year decide the same LEAs the same as
 * the project's own files (a case of tests/cases/da, or the folder's `equivalent/`).
 */
const cdeFiles = import.meta.glob<string>('../../../tests/cases/da-cde/*/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const contractFiles = import.meta.glob<string>(
  [
    '../../../tests/cases/da/*/*.csv',
    '../../../tests/cases/da/*/request.json',
    '../../../tests/cases/da-cde/*/equivalent/*',
  ],
  { query: '?raw', import: 'default', eager: true },
);
const ruleSets = californiaRuleSets();

function filesIn(all: Record<string, string>, dir: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(all)
      .filter(([file]) => file.startsWith(`${dir}/`) && !file.slice(dir.length + 1).includes('/'))
      .map(([file, text]) => [file.slice(dir.length + 1), text]),
  );
}

function contractCase(dir: string): DaCaseFiles {
  const files = filesIn(contractFiles, dir);
  return {
    request: files['request.json']!,
    leas: files['leas.csv']!,
    indicators: files['indicators.csv']!,
    ...(files['local_indicators.csv'] ? { localIndicators: files['local_indicators.csv'] } : {}),
    ...(files['lea_status.csv'] ? { leaStatus: files['lea_status.csv'] } : {}),
  };
}

function decideCde(year: number) {
  const dir = `../../../tests/cases/da-cde/${year}`;
  const texts = filesIn(cdeFiles, dir);
  const read = readCdeDashboardFiles(
    Object.entries(texts)
      .filter(([name]) => name.endsWith('.txt') && name !== 'same-as.txt')
      .map(([name, text]) => ({ name, text })),
  );
  const sameAs = texts['same-as.txt']?.trim();
  const equivalent = contractCase(sameAs ? `../../../tests/cases/da/${sameAs}` : `${dir}/equivalent`);
  const contract = readDaCase(equivalent, ruleSets);
  return {
    report: read.report,
    fromCde: evaluateDifferentiatedAssistance({ year }, read.data, ruleSets),
    fromContract: evaluateDifferentiatedAssistance(contract.request, contract.data, ruleSets),
  };
}

const eligibleOf = (decision: ReturnType<typeof decideCde>['fromCde']) =>
  decision.leas.map((lea) => [lea.leaId, lea.leaType, lea.eligible, lea.groups]);

describe("the CDE's files of each year decide as the project's own files", () => {
  it('2019 (pipe-delimited, ELPI without groups): case 006, English learners eligible', () => {
    const { report, fromCde, fromContract } = decideCde(2019);
    expect(fromCde).toEqual(fromContract);
    expect(eligibleOf(fromCde)).toEqual([
      ['10000000000006', 'district', true, [{ group: 'EL', priorities: ['P4', 'P6'] }]],
    ]);
    expect(report.files.map((f) => [f.file, f.indicator, f.delimiter])).toEqual([
      ['eladownload2019.txt', 'ELA', 'pipe'],
      ['elpidownload2019.txt', 'ELPI', 'pipe'],
      ['mathdownload2019.txt', 'MATH', 'pipe'],
      ['suspdownload2019.txt', 'SUSP', 'pipe'],
    ]);
    expect(report.ignoredByReason).toMatchObject({ school_row: 3, state_row: 1, not_da_group: 2 });
  });

  it('2022 (Status only): a district through students with disabilities; the county office has one area', () => {
    const { report, fromCde, fromContract } = decideCde(2022);
    expect(fromCde).toEqual(fromContract);
    expect(eligibleOf(fromCde)).toEqual([
      ['20000000000001', 'district', true, [{ group: 'SWD', priorities: ['P4', 'P5'] }]],
      ['20100000000000', 'coe', false, []],
    ]);
    expect(report.leasByType).toEqual({ district: 1, coe: 1, charter: 0 });
  });

  it('2023 (chronic absenteeism told by its name): case 007, foster youth eligible', () => {
    const { report, fromCde, fromContract } = decideCde(2023);
    expect(fromCde).toEqual(fromContract);
    expect(eligibleOf(fromCde)).toEqual([
      ['10000000000007', 'district', true, [{ group: 'FOS', priorities: ['P5', 'P6'] }]],
    ]);
    expect(report.files.find((f) => f.indicator === 'CHRONIC')?.recognizedBy).toBe('columns_and_name');
  });

  it('2024 (LTEL, ELPI by group, a charter as a school row): the district through long-term English learners', () => {
    const { report, fromCde, fromContract } = decideCde(2024);
    expect(fromCde).toEqual(fromContract);
    expect(eligibleOf(fromCde)).toEqual([
      ['30000000000001', 'district', true, [{ group: 'LTEL', priorities: ['P4', 'P6'] }]],
      ['30000000000111', 'charter', false, []],
    ]);
    expect(report.groups).toEqual(['HI', 'EL', 'LTEL']);
    expect(report.ignoredByReason).toMatchObject({ school_row: 1, not_da_group: 1 });
  });
});
