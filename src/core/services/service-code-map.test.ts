import { describe, expect, it } from 'vitest';
import { codeMappingProblem, stateCodeOn, type CodeMapping } from './service-code-map';

const MAP: CodeMapping[] = [
  { localCode: 'TUT', stateCode: '150', validFrom: '2023-07-01', validTo: '2024-06-30' },
  { localCode: 'TUT', stateCode: '155', validFrom: '2024-07-01', validTo: null },
  { localCode: 'PK', stateCode: '300', validFrom: '2023-07-01', validTo: null },
];

describe('adding a mapping to the service code map', () => {
  it.each<[string, CodeMapping, ReturnType<typeof codeMappingProblem>]>([
    [
      'a new local code',
      { localCode: 'SUM', stateCode: '400', validFrom: '2024-07-01', validTo: null },
      null,
    ],
    [
      'a span before the first',
      { localCode: 'TUT', stateCode: '140', validFrom: '2022-07-01', validTo: '2023-06-30' },
      null,
    ],
    [
      'a span touching the first by a day',
      { localCode: 'TUT', stateCode: '140', validFrom: '2022-07-01', validTo: '2023-07-01' },
      {
        field: 'validFrom',
        message: 'TUT is already mapped to 150 from 2023-07-01 to 2024-06-30: end that mapping first',
      },
    ],
    [
      'a span inside the open one',
      { localCode: 'TUT', stateCode: '160', validFrom: '2026-07-01', validTo: null },
      { field: 'validFrom', message: 'TUT is already mapped to 155 from 2024-07-01: end that mapping first' },
    ],
    [
      'an end before the start',
      { localCode: 'SUM', stateCode: '400', validFrom: '2024-07-01', validTo: '2024-06-30' },
      { field: 'validTo', message: '2024-06-30 is before 2024-07-01' },
    ],
    [
      'no local code',
      { localCode: ' ', stateCode: '400', validFrom: '2024-07-01', validTo: null },
      { field: 'localCode', message: 'is required' },
    ],
    [
      'no state code',
      { localCode: 'SUM', stateCode: '', validFrom: '2024-07-01', validTo: null },
      { field: 'stateCode', message: 'is required' },
    ],
  ])('%s', (_, mapping, expected) => {
    expect(codeMappingProblem(mapping, MAP)).toEqual(expected);
  });
});

describe('the state code of a local code on a date', () => {
  it.each([
    ['TUT', '2023-07-01', '150'],
    ['TUT', '2024-06-30', '150'],
    ['TUT', '2024-07-01', '155'],
    ['TUT', '2030-01-01', '155'],
    ['TUT', '2023-06-30', undefined],
    ['XYZ', '2024-01-01', undefined],
  ])('%s on %s: %s', (code, date, expected) => {
    expect(stateCodeOn(MAP, code, date)).toBe(expected);
  });
});
