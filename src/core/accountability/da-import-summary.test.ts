import { describe, expect, it } from 'vitest';
import { californiaRuleSets } from './california-rule-sets';
import { CALIFORNIA_DA_SETTINGS } from './da-settings';
import { summarizeDaImport } from './da-import-summary';
import { readDaCase } from './read-da-case';

const ruleSets = californiaRuleSets(CALIFORNIA_DA_SETTINGS);

describe('what an upload was read as', () => {
  it('counts LEAs and rows and lists each ignored row with its reason', () => {
    const files = {
      request: '{"year": 2019}',
      leas: 'lea_id,lea_type\nA,district\nB,charter\n',
      indicators: [
        'lea_id,year,student_group,indicator,color,status_level,n',
        'A,2019,ALL,ELA,RED,,900',
        'A,2019,EL,ELA,RED,,12',
        'A,2019,FOS,SUSP,RED,,15',
        'A,2019,HI,SUSP,,,100',
        'A,2020,HI,SUSP,RED,,100',
        'B,2019,HI,ELA,RED,,40',
      ].join('\n'),
      localIndicators: 'lea_id,year,priority,rating\nA,2019,9,NOT_MET_2PLUS\nA,2019,1,MET\n',
    };
    const { request, data } = readDaCase(files, ruleSets);
    const summary = summarizeDaImport(request, data, ruleSets, CALIFORNIA_DA_SETTINGS, {
      localIndicators: true,
      leaStatus: false,
    });
    expect(summary).toMatchObject({
      leas: 2,
      leasByType: { district: 1, coe: 0, charter: 1 },
      years: [2019, 2020],
      rowsByFile: [
        { file: 'leas.csv', rows: 2 },
        { file: 'indicators.csv', rows: 6 },
        { file: 'local_indicators.csv', rows: 2 },
      ],
      ignoredCount: 5,
      ignoredByReason: {
        not_da_group: 1,
        below_minimum: 1,
        no_color_or_status: 1,
        no_rule_set: 1,
        coe_only_priority: 1,
        local_not_used: 0,
      },
    });
    expect(summary.ignored.map((r) => [r.file, r.line, r.reason, r.detail])).toEqual([
      ['indicators.csv', 2, 'not_da_group', 'ALL'],
      ['indicators.csv', 3, 'below_minimum', 'n 12 < 30'],
      ['indicators.csv', 5, 'no_color_or_status', null],
      ['indicators.csv', 6, 'no_rule_set', null],
      ['local_indicators.csv', 2, 'coe_only_priority', 'P9'],
    ]);
  });
});
