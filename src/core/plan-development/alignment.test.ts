import { describe, expect, it } from 'vitest';
import { alignmentGaps, checklistOf, type AlignmentRecord } from './alignment';

const record = (
  id: string,
  kind: AlignmentRecord['kind'],
  links: string[] = [],
  interimMeasure: string | null = null,
): AlignmentRecord => ({ id, kind, code: id, text: `${kind} ${id}`, interimMeasure, links, planRef: null });

const complete: AlignmentRecord[] = [
  record('G1', 'goal', [], '5 points more each year'),
  record('N1', 'need', ['G1']),
  record('S1', 'strategy', ['N1']),
  record('M1', 'mpo', ['S1']),
  record('E1', 'measure', ['M1']),
];

describe('the completeness check of the alignment chart (PD2.3)', () => {
  it('finds nothing missing in a chart whose every record links both ways', () => {
    expect(alignmentGaps(complete)).toEqual([]);
  });

  it('names a chart with no long-term goal', () => {
    expect(alignmentGaps([])).toEqual([{ kind: 'no_goal', recordId: null, code: null }]);
  });

  it('names each missing link: a need without a strategy, a strategy without an MPO, an MPO without a measure', () => {
    const chart = [
      ...complete,
      record('N2', 'need', ['G1']),
      record('S2', 'strategy', ['N1']),
      record('M2', 'mpo', ['S1']),
    ];
    expect(alignmentGaps(chart).map((gap) => [gap.kind, gap.code])).toEqual([
      ['need_without_strategy', 'N2'],
      ['strategy_without_mpo', 'S2'],
      ['mpo_without_measure', 'M2'],
    ]);
  });

  it('names records that serve nothing, goals without their interim measure, and links to the wrong kind', () => {
    const chart = [
      record('G1', 'goal'),
      record('N1', 'need', ['S9']),
      record('S1', 'strategy', ['N1']),
      record('M1', 'mpo', ['N1']),
      record('E1', 'measure'),
    ];
    expect(alignmentGaps(chart).map((gap) => [gap.kind, gap.code])).toEqual([
      ['goal_without_measure', 'G1'],
      ['bad_link', 'N1'],
      ['need_without_goal', 'N1'],
      ['strategy_without_mpo', 'S1'],
      ['bad_link', 'M1'],
      ['mpo_without_strategy', 'M1'],
      ['mpo_without_measure', 'M1'],
      ['measure_without_mpo', 'E1'],
    ]);
  });
});

describe('the required elements of the checklist (PD3.2)', () => {
  it('meets the aligned components from the chart and the others from the state’s marks', () => {
    const none = checklistOf([], {});
    expect(none.requirementsMet).toBe(false);
    expect(none.elements.filter((e) => e.required).map((e) => e.key)).toEqual([
      'goals',
      'needs',
      'strategies',
      'mpos',
      'evaluation_plan',
      'preschool_and_dropouts',
      'pac_consultation',
    ]);
    const marked = checklistOf(complete, {
      preschool_and_dropouts: { addressed: true, note: 'Strategies 4.1 and 5.2' },
      pac_consultation: { addressed: true, note: 'PAC met on March 3' },
    });
    expect(marked.requirementsMet).toBe(true);
    expect(marked.elements.find((e) => e.key === 'records_exchange')).toMatchObject({
      met: false,
      required: false,
    });
    const withGap = checklistOf([...complete, record('N2', 'need', ['G1'])], {
      preschool_and_dropouts: { addressed: true, note: '' },
      pac_consultation: { addressed: true, note: '' },
    });
    expect(withGap.requirementsMet).toBe(false);
  });
});
