import { describe, expect, it } from 'vitest';
import { trackingLog, type ApplicationForLog, type PlanStrategyRef } from './alignment';

const strategies: PlanStrategyRef[] = [
  { number: '1.1', implementer: 'either' },
  { number: '1.2', implementer: 'district' },
  { number: '2.1', implementer: 'region' },
];
const districts = [
  { districtId: 'd1', name: 'North' },
  { districtId: 'd2', name: 'South' },
];
const regional = (lines: string[][]): ApplicationForLog => ({
  id: 'ra',
  kind: 'regional_application',
  districtId: null,
  lines: lines.map((s, i) => ({ label: String(i + 1), strategies: s })),
});
const dsa = (districtId: string, lines: string[][]): ApplicationForLog => ({
  id: `dsa-${districtId}`,
  kind: 'dsa',
  districtId,
  lines: lines.map((s, i) => ({ label: String(i + 1), strategies: s })),
});

describe('the alignment check (MN3.2)', () => {
  it.each<[string, ApplicationForLog[], string[]]>([
    [
      'no application: every strategy missing, the district one in each district',
      [],
      [
        'missing_everywhere 1.1',
        'missing_everywhere 1.2',
        'missing_in_district 1.2 d1',
        'missing_in_district 1.2 d2',
        'missing_everywhere 2.1',
      ],
    ],
    [
      'all carried by the region and each district',
      [regional([['1.1', '2.1']]), dsa('d1', [['1.2']]), dsa('d2', [['1.2', '1.1']])],
      [],
    ],
    [
      'a district strategy the region carries but one district lacks',
      [regional([['1.1', '1.2', '2.1']]), dsa('d1', [['1.2']])],
      ['missing_in_district 1.2 d2'],
    ],
    [
      'a strategy carried only by a district counts for the region as a whole',
      [regional([['2.1']]), dsa('d1', [['1.1', '1.2']]), dsa('d2', [[], ['1.2']])],
      [],
    ],
    [
      'a line without strategies carries none',
      [regional([[]]), dsa('d1', [['1.2']]), dsa('d2', [['1.2']])],
      ['missing_everywhere 1.1', 'missing_everywhere 2.1'],
    ],
  ])('%s', (_name, applications, expected) => {
    const log = trackingLog(strategies, districts, applications);
    expect(log.problems.map((p) => [p.kind, p.strategy, p.districtId].filter(Boolean).join(' '))).toEqual(
      expected,
    );
  });

  it('fills the grid of strategies × implementers with the lines that carry each out (MN3.1)', () => {
    const log = trackingLog(strategies, districts, [
      regional([['1.1'], ['1.1', '2.1']]),
      dsa('d1', [['1.2']]),
    ]);
    expect(log.implementers.map((i) => i.districtId)).toEqual([null, 'd1', 'd2']);
    expect(log.cells).toHaveLength(9);
    expect(log.cells.find((c) => c.strategy === '1.1' && c.districtId === null)!.lines).toEqual([
      { applicationId: 'ra', label: '1' },
      { applicationId: 'ra', label: '2' },
    ]);
    expect(log.cells.find((c) => c.strategy === '1.2' && c.districtId === 'd1')!.lines).toEqual([
      { applicationId: 'dsa-d1', label: '1' },
    ]);
    expect(log.cells.find((c) => c.strategy === '1.2' && c.districtId === 'd2')!.lines).toEqual([]);
  });
});
