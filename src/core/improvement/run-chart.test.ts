import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import { baselineMedian, runChartPhase } from './baseline';
import { analyzeRunChart, parseRunChartInput, type RunChartAnalysis } from './run-chart';
import { anhojLimits, fewestCrossings, monotoneStretches, trendPoints } from './run-rules';
import { medianOf } from './series';

/** The contract's public cases (tests/cases/run-charts/<name>/{input,expected}.json). */
const caseFiles = import.meta.glob<string>('../../../tests/cases/run-charts/*/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const caseText = (name: string, file: string): string =>
  caseFiles[`../../../tests/cases/run-charts/${name}/${file}`]!;
const caseNames = [...new Set(Object.keys(caseFiles).map((key) => key.split('/').at(-2)!))].sort();

/** The contract's fields of an analysis. */
function contractFields(a: RunChartAnalysis): Omit<RunChartAnalysis, 'baselineCount'> {
  const { baselineCount: _count, ...fields } = a;
  return fields;
}

function analyze(values: Array<number | null>, baseline?: number) {
  return analyzeRunChart(parseRunChartInput(baseline === undefined ? { values } : { values, baseline }));
}

describe('the contract cases (IP1)', () => {
  it('finds them', () => expect(caseNames.length).toBeGreaterThanOrEqual(10));

  it.each(caseNames)('%s', (name) => {
    const input: unknown = JSON.parse(caseText(name, 'input.json'));
    const expected: unknown = JSON.parse(caseText(name, 'expected.json'));
    expect(contractFields(analyzeRunChart(parseRunChartInput(input)))).toEqual(expected);
  });

  it("FORMAT.md's example: ties inside trends, a turning point shared by two trends", () => {
    const a = analyze([10, 12, 12, 13, 15, 18, 17, 16, 15, 15, 14, 12, 20, 20, 20, 20, 20, 20, 20]);
    expect(contractFields(a)).toEqual({
      median: 16,
      useful: 18,
      longestRun: 7,
      longestRunLimit: 7,
      crossings: 3,
      crossingsLimit: 5,
      signals: { longestRun: false, crossings: true, shift: true, trend: true },
      shiftPoints: [12, 13, 14, 15, 16, 17, 18],
      trendPoints: [0, 1, 3, 4, 5, 6, 7, 8, 10, 11],
    });
  });
});

describe('the median (IP1.2)', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(medianOf([3, 1, 2])).toBe(2);
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
    expect(medianOf([])).toBeNull();
  });

  it('a frozen baseline takes only its first periods, nulls left out', () => {
    expect(baselineMedian([1, null, 3, 100, 200], { length: 3 })).toBe(2);
    expect(runChartPhase([1, null, 3, 100, 200], { length: 3 })).toEqual({ start: 0, end: 5, center: 2 });
    const frozen = analyze([5, 5, 5, 5, 9, 9, 9, 9, 9, 9], 4);
    expect(frozen.median).toBe(5);
    // the baseline's points sit on the median; the six later ones make a shift
    expect(frozen.useful).toBe(6);
    expect(frozen.shiftPoints).toEqual([4, 5, 6, 7, 8, 9]);
  });
});

describe('points on the median and missing points (IP1.3, IP1.4)', () => {
  it('points on the median neither break nor count in a run', () => {
    const a = analyze([1, 1, 1, 5, 1, 1, 1, 9, 9, 9, 9, 9, 9], 7);
    expect(a.median).toBe(1);
    expect(a.useful).toBe(7);
    expect(a.longestRun).toBe(7);
    expect(a.shiftPoints).toEqual([3, 7, 8, 9, 10, 11, 12]);
  });

  it('a missing period neither ends nor lengthens a run', () => {
    const a = analyze([1, 2, 3, 10, null, 11, null, 12, 13, 14, 15], 3);
    expect(a.median).toBe(2);
    expect(a.shiftPoints).toEqual([2, 3, 5, 7, 8, 9, 10]);
    expect(a.useful).toBe(8);
  });

  it('five on one side is not a shift, six is', () => {
    expect(analyze([0, 0, 0, 0, 0, 10, 10, 10, 10, 10], 1).signals.shift).toBe(false);
    expect(analyze([0, 10, 10, 10, 10, 10, 10], 1).signals.shift).toBe(true);
  });

  it('crossings count side changes of useful points only', () => {
    const a = analyze([1, 3, 2, 3, 1, 2, 1, null, 3], 3);
    expect(a.median).toBe(2);
    expect(a.crossings).toBe(3);
  });
});

describe("Anhøj's limits (IP1.5)", () => {
  it('none below two useful points', () => {
    expect(anhojLimits(0)).toEqual({ longestRun: null, crossings: null });
    expect(anhojLimits(1)).toEqual({ longestRun: null, crossings: null });
    const one = analyze([1, 2], 1);
    expect(one.useful).toBe(1);
    expect(one.longestRun).toBe(1);
    expect(one.signals).toEqual({ longestRun: false, crossings: false, shift: false, trend: false });
  });

  it("matches Anhøj's published table", () => {
    // n: [longest run limit, crossings limit] (Anhøj & Olesen 2014, table 1)
    const table: Record<number, [number, number]> = {
      10: [6, 2],
      14: [7, 4],
      20: [7, 6],
      24: [8, 8],
      30: [8, 10],
      40: [8, 14],
      50: [9, 19],
      100: [10, 41],
    };
    for (const [n, [run, crossings]] of Object.entries(table))
      expect(anhojLimits(Number(n)), `n = ${n}`).toEqual({ longestRun: run, crossings });
  });

  it('is exact for long series', () => {
    expect(fewestCrossings(1)).toBe(0);
    expect(fewestCrossings(2999)).toBeGreaterThan(1400);
  });
});

describe('trends (IP1.7)', () => {
  it('ties neither count nor break; a missing period is skipped', () => {
    expect(trendPoints([1, 2, 2, null, 3, 3, 4, 5])).toEqual([0, 1, 4, 6, 7]);
    expect(trendPoints([1, 2, 2, 3, 4])).toEqual([]);
  });

  it('a turning point closes one trend and opens the next', () => {
    expect(monotoneStretches([1, 2, 3, 2, 1])).toEqual([
      [0, 1, 2],
      [2, 3, 4],
    ]);
    expect(trendPoints([1, 2, 3, 4, 5, 4, 3, 2, 1])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('falling trends count too; all equal is no trend', () => {
    expect(trendPoints([9, 7, 5, 3, 1])).toEqual([0, 1, 2, 3, 4]);
    expect(trendPoints([4, 4, 4, 4, 4, 4])).toEqual([]);
  });
});

describe('series shorter than the rules need', () => {
  it('a single point is its own median with no useful point', () => {
    expect(contractFields(analyze([7]))).toMatchObject({ median: 7, useful: 0, longestRun: 0, crossings: 0 });
  });

  it('four points can show neither a shift nor a trend', () => {
    const a = analyze([1, 2, 3, 4]);
    expect(a.signals).toEqual({ longestRun: false, crossings: false, shift: false, trend: false });
  });
});

describe('refused input (IP1.1)', () => {
  const refusal = (json: unknown): string => {
    try {
      parseRunChartInput(json);
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      return (error as DomainError).problems[0]!.field;
    }
    throw new Error('accepted');
  };

  it.each([
    [{}, 'values'],
    [[1, 2], 'values'],
    [{ values: 'x' }, 'values'],
    [{ values: [] }, 'values'],
    [{ values: [null, null] }, 'values'],
    [{ values: [1, '2'] }, 'values[1]'],
    [{ values: [1, true] }, 'values[1]'],
    [{ values: [1, 2], baseline: 0 }, 'baseline'],
    [{ values: [1, 2], baseline: 3 }, 'baseline'],
    [{ values: [1, 2], baseline: 1.5 }, 'baseline'],
    [{ values: [1, 2], baseline: '1' }, 'baseline'],
    [{ values: [null, 2], baseline: 1 }, 'baseline'],
  ])('%j names %s', (json, field) => expect(refusal(json)).toBe(field));
});
