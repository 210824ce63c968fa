import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import { californiaRuleSets } from './california-rule-sets';
import {
  compareWithCdeList,
  prioritiesOf,
  readCdeAssistanceList,
  statusSaysEligible,
} from './cde-assistance-list';
import { evaluateDifferentiatedAssistance } from './evaluate-da';
import type { DaData } from './da-input';

const LIST = [
  'CDS\tLEAname\tReportingYear\tAApriorities\tHIpriorities\tTOMpriorities\tSWDpriorities\tAssistanceStatus',
  '10000000000001\tArroyo Unified\t2024\t\t4, 6\t\t\tDifferentiated Assistance',
  '10000000000002\tSol Elementary\t2024\t5\t\tPriority 4 & 5\t\tGeneral Assistance',
  '10000000000004\tMesa Unified\t2024\t\t\t\t4,5\tDifferentiated Assistance',
].join('\n');

const data: DaData = {
  leas: [
    { leaId: '10000000000001', leaName: 'Arroyo Unified', leaType: 'district' },
    { leaId: '10000000000002', leaName: 'Sol Elementary', leaType: 'district' },
    { leaId: '10000000000003', leaName: 'Vista Unified', leaType: 'district' },
  ],
  indicators: [
    {
      leaId: '10000000000001',
      year: 2024,
      group: 'HI',
      indicator: 'ELA',
      color: 'RED',
      statusLevel: null,
      changeLevel: null,
      n: 90,
    },
    {
      leaId: '10000000000001',
      year: 2024,
      group: 'HI',
      indicator: 'MATH',
      color: 'RED',
      statusLevel: null,
      changeLevel: null,
      n: 90,
    },
    {
      leaId: '10000000000001',
      year: 2024,
      group: 'HI',
      indicator: 'SUSP',
      color: 'RED',
      statusLevel: null,
      changeLevel: null,
      n: 90,
    },
    {
      leaId: '10000000000002',
      year: 2024,
      group: 'MR',
      indicator: 'ELA',
      color: 'RED',
      statusLevel: null,
      changeLevel: null,
      n: 40,
    },
    {
      leaId: '10000000000002',
      year: 2024,
      group: 'MR',
      indicator: 'MATH',
      color: 'ORANGE',
      statusLevel: null,
      changeLevel: null,
      n: 40,
    },
    {
      leaId: '10000000000002',
      year: 2024,
      group: 'MR',
      indicator: 'CHRONIC',
      color: 'RED',
      statusLevel: null,
      changeLevel: null,
      n: 40,
    },
    {
      leaId: '10000000000003',
      year: 2024,
      group: 'AA',
      indicator: 'SUSP',
      color: 'RED',
      statusLevel: null,
      changeLevel: null,
      n: 40,
    },
  ],
  localIndicators: [],
  leaStatus: [],
};

describe("CDE4 the check against the CDE's list of LEAs eligible for assistance", () => {
  it('CDE4.1: reads the areas of each group and the status; TOM is two or more races', () => {
    expect(prioritiesOf('4, 6')).toEqual(['P4', 'P6']);
    expect(prioritiesOf('Priority 4 & 5')).toEqual(['P4', 'P5']);
    expect(prioritiesOf('')).toEqual([]);
    expect(statusSaysEligible('Differentiated Assistance')).toBe(true);
    expect(statusSaysEligible('General Assistance')).toBe(false);
    const listed = readCdeAssistanceList('assistance2024.txt', LIST);
    expect(listed[1]).toEqual({
      leaId: '10000000000002',
      leaName: 'Sol Elementary',
      eligible: false,
      groups: [
        { group: 'AA', priorities: ['P5'] },
        { group: 'MR', priorities: ['P4', 'P5'] },
      ],
      line: 3,
    });
  });

  it('CDE4.1: without a status column, a group with two areas makes the LEA eligible; another file is refused', () => {
    const noStatus = LIST.split('\n')
      .map((l) => l.split('\t').slice(0, -1).join('\t'))
      .join('\n');
    expect(readCdeAssistanceList('list.txt', noStatus).map((l) => l.eligible)).toEqual([true, true, true]);
    expect(() => readCdeAssistanceList('leas.csv', 'lea_id,lea_type\n1,district\n')).toThrow(DomainError);
  });

  it('CDE4.2, CDE4.3: agrees, differs on eligibility, and differs by presence, with the rows that explain it', () => {
    const decision = evaluateDifferentiatedAssistance({ year: 2024 }, data, californiaRuleSets());
    const compared = compareWithCdeList(decision, data, readCdeAssistanceList('list.txt', LIST));
    expect(compared.map((c) => [c.leaId, c.agrees])).toEqual([
      ['10000000000001', true],
      ['10000000000002', false],
      ['10000000000003', true],
      ['10000000000004', false],
    ]);
    const sol = compared[1]!;
    expect(sol.ciclo).toEqual({ eligible: true, groups: [{ group: 'MR', priorities: ['P4', 'P5'] }] });
    expect(sol.cde?.eligible).toBe(false);
    expect(sol.groupDifferences).toEqual([]);
    expect(sol.rows.map((r) => `${r.group} ${r.indicator} ${r.color}`)).toEqual([
      'MR ELA RED',
      'MR MATH ORANGE',
      'MR CHRONIC RED',
    ]);
    expect(compared[3]).toMatchObject({
      ciclo: null,
      groupDifferences: [{ group: 'SWD', ciclo: [], cde: ['P4', 'P5'] }],
      rows: [],
    });
    expect(compared[0]!.rows).toEqual([]);
  });
});
