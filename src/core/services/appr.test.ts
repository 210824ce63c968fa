import { describe, expect, it } from 'vitest';
import {
  apprMpoOf,
  checkReview,
  dropOffOf,
  findingsOf,
  hoursOfMinutes,
  participationOf,
  percentOf,
  REVIEW_MAX_LENGTH,
  stateRollUpOf,
  type ApprMpo,
  type FindingStep,
} from './appr';
import { findingSentence, ruleSummary } from './appr-words';
import { elaMpo, preschoolMpo } from './plan-builders';
import type { Mpo, MpoFunnel, MpoOutcome } from './service-records';

const funnel = (served: number, inPopulation: number, dosageMet: number, tested: number, grew: number) => ({
  served,
  inPopulation,
  dosageMet,
  tested,
  grew,
});

const outcome = (
  mpo: string,
  counts: MpoFunnel,
  pct: number | null,
  status: MpoOutcome['status'],
): MpoOutcome => ({
  mpo,
  ...counts,
  pct,
  target: 60,
  status,
});

describe('percentOf: one decimal, half away from zero', () => {
  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 8, 12.5],
    [1, 16, 6.3],
    [1, 80, 1.3],
    [0, 5, 0],
    [5, 5, 100],
    [3, 0, null],
  ])('%i of %i is %s %', (part, whole, expected) => {
    expect(percentOf(part, whole)).toBe(expected);
  });
});

describe('dropOffOf: from each count to the next', () => {
  it('gives the four steps with kept and lost, as numbers and percentages', () => {
    expect(dropOffOf(funnel(412, 300, 251, 198, 130))).toEqual([
      { from: 'served', to: 'inPopulation', of: 412, kept: 300, lost: 112, keptPct: 72.8, lostPct: 27.2 },
      { from: 'inPopulation', to: 'dosageMet', of: 300, kept: 251, lost: 49, keptPct: 83.7, lostPct: 16.3 },
      { from: 'dosageMet', to: 'tested', of: 251, kept: 198, lost: 53, keptPct: 78.9, lostPct: 21.1 },
      { from: 'tested', to: 'grew', of: 198, kept: 130, lost: 68, keptPct: 65.7, lostPct: 34.3 },
    ]);
  });

  it('has no percentages after a step that reached no one', () => {
    const steps = dropOffOf(funnel(4, 0, 0, 0, 0));
    expect(steps[0]).toMatchObject({ lost: 4, keptPct: 0, lostPct: 100 });
    expect(steps.slice(1).map((step) => [step.keptPct, step.lostPct])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });
});

describe('findingsOf: the steps that lose many children', () => {
  it.each([
    // funnel, steps named, why
    [funnel(100, 100, 100, 100, 10), [], 'children who did not grow are the outcome, not a finding'],
    [funnel(100, 81, 81, 81, 50), [], 'losing 19 % is not many'],
    [funnel(100, 80, 80, 80, 50), ['inPopulation'], 'losing exactly 20 % is many'],
    [funnel(120, 120, 120, 82, 50), ['tested'], '38 of 120 without a pair of tests'],
    [funnel(10, 5, 2, 1, 1), ['inPopulation', 'dosageMet', 'tested'], 'every step loses half'],
    [funnel(0, 0, 0, 0, 0), [], 'no one served: nothing lost'],
    [funnel(3, 3, 3, 0, 0), ['tested'], 'no one tested'],
  ] as Array<[MpoFunnel, FindingStep[], string]>)('%j → %j (%s)', (counts, steps) => {
    expect(findingsOf(counts, 10).map((finding) => finding.step)).toEqual(steps);
  });

  it('keeps the numbers the words need', () => {
    expect(findingsOf(funnel(120, 120, 120, 82, 50), 10)).toEqual([
      { step: 'tested', minHours: 10, lost: 38, of: 120, lostPct: 31.7 },
    ]);
  });

  it('takes the share that counts as many', () => {
    expect(findingsOf(funnel(100, 90, 90, 90, 50), null, 10)).toHaveLength(1);
    expect(findingsOf(funnel(100, 90, 90, 90, 50), null, 11)).toHaveLength(0);
  });
});

describe('findingSentence: in plain words, in English and Spanish', () => {
  it.each([
    [
      { step: 'tested', minHours: 10, lost: 38, of: 120, lostPct: 31.7 },
      '38 of 120 children who met the dosage have no pair of pre and post tests.',
      '38 de 120 niños que cumplieron la dosis no tienen un par de pruebas previa y posterior.',
    ],
    [
      { step: 'dosageMet', minHours: 10, lost: 1200, of: 3000, lostPct: 40 },
      '1,200 of 3,000 children in the population attended less than the minimum of 10 hours.',
      '1,200 de 3,000 niños de la población asistieron menos del mínimo de 10 horas.',
    ],
    [
      { step: 'dosageMet', minHours: 1, lost: 2, of: 4, lostPct: 50 },
      '2 of 4 children in the population attended less than the minimum of 1 hour.',
      '2 de 4 niños de la población asistieron menos del mínimo de 1 hora.',
    ],
    [
      { step: 'inPopulation', minHours: null, lost: 5, of: 9, lostPct: 55.6 },
      "5 of 9 children served are not in the MPO's population.",
      '5 de 9 niños atendidos no pertenecen a la población del MPO.',
    ],
  ] as const)('%j', (finding, english, spanish) => {
    expect(findingSentence(finding, 'en')).toBe(english);
    expect(findingSentence(finding, 'es')).toBe(spanish);
  });
});

describe('participationOf', () => {
  it('lists every term, sums enrollments and hours, and counts children once over the terms', () => {
    expect(
      participationOf(
        [
          { term: 'SUMMER', childrenServed: 4, enrollments: 5, minutes: 125 },
          { term: 'RSY', childrenServed: 10, enrollments: 12, minutes: 600 },
        ],
        12,
        ['RSY', 'SUMMER', 'INTERSESSION'],
      ),
    ).toEqual({
      terms: [
        { term: 'RSY', childrenServed: 10, enrollments: 12, attendedHours: 10 },
        { term: 'SUMMER', childrenServed: 4, enrollments: 5, attendedHours: 2.1 },
        { term: 'INTERSESSION', childrenServed: 0, enrollments: 0, attendedHours: 0 },
      ],
      childrenServed: 12,
      enrollments: 17,
      attendedHours: 12.1,
    });
  });

  it.each([
    [0, 0],
    [30, 0.5],
    [61, 1],
    [63, 1.1],
    [90, 1.5],
  ])('%i minutes are %s hours', (minutes, hours) => {
    expect(hoursOfMinutes(minutes)).toBe(hours);
  });
});

describe('checkReview', () => {
  it('trims each answer', () => {
    expect(checkReview({ challenges: '  Few post tests \n', practices: 'Calendar', goals: '' })).toEqual({
      review: { challenges: 'Few post tests', practices: 'Calendar', goals: '' },
      problems: [],
    });
  });

  it('names each answer that is too long, counting characters rather than UTF-16 units', () => {
    const atLimit = '🙂'.repeat(REVIEW_MAX_LENGTH);
    expect(
      checkReview({ challenges: atLimit, practices: 'x'.repeat(REVIEW_MAX_LENGTH + 1), goals: 'ok' })
        .problems,
    ).toEqual([{ field: 'practices', message: `at most ${REVIEW_MAX_LENGTH} characters` }]);
  });
});

describe('apprMpoOf and stateRollUpOf', () => {
  const stateOne = apprMpoOf(outcome('1.0', funnel(30, 20, 15, 13, 8), 61.5, 'met'), 10);
  const stateSeven = apprMpoOf(outcome('7.0', funnel(5, 5, 5, 2, 1), 50, 'insufficient'), null);

  it('puts the drop-off and findings beside the outcome, unchanged', () => {
    expect(stateOne).toMatchObject({ mpo: '1.0', served: 30, pct: 61.5, status: 'met' });
    expect(stateOne.dropOff).toHaveLength(4);
    expect(stateOne.findings.map((finding) => finding.step)).toEqual(['inPopulation', 'dosageMet']);
  });

  it('gives every subgrantee a status on every MPO of the state, and counts them per MPO', () => {
    const state: ApprMpo[] = [stateOne, stateSeven];
    const rollUp = stateRollUpOf('2024-25', state, [
      {
        regionId: 'b',
        regionNumber: 7,
        regionName: 'Region 7',
        outcomes: [outcome('1.0', funnel(20, 12, 10, 10, 4), 40, 'notMet')],
      },
      {
        regionId: 'a',
        regionNumber: 5,
        regionName: 'Region 5',
        outcomes: [
          outcome('1.0', funnel(10, 8, 5, 2, 2), 100, 'insufficient'),
          outcome('7.0', funnel(5, 5, 5, 2, 1), 50, 'insufficient'),
        ],
      },
    ]);
    expect(rollUp.regions.map((region) => [region.regionNumber, region.mpos.map((m) => m.status)])).toEqual([
      [5, ['insufficient', 'insufficient']],
      [7, ['notMet', 'insufficient']],
    ]);
    expect(rollUp.regions[1]!.mpos[1]).toEqual({
      mpo: '7.0',
      tested: 0,
      grew: 0,
      pct: null,
      status: 'insufficient',
    });
    expect(rollUp.mpos.map((line) => [line.state.mpo, line.subgrantees])).toEqual([
      ['1.0', { met: 0, notMet: 1, insufficient: 1 }],
      ['7.0', { met: 0, notMet: 0, insufficient: 2 }],
    ]);
  });
});

describe('ruleSummary: how an MPO is measured, in one sentence', () => {
  it.each([
    [
      elaMpo(),
      'Children at level 2 or below on their last state assessment in English language arts; at least 10 hours of service; growth: a post-test at least 1 point better than the pre-test; target: 60% of those tested (with at least 10 tested).',
      'Niños con nivel 2 o menos en su última evaluación estatal de artes del lenguaje en inglés; al menos 10 horas de servicio; crecimiento: una prueba posterior al menos 1 punto mejor que la previa; meta: 60 % de los evaluados (con al menos 10 evaluados).',
    ],
    [
      preschoolMpo(),
      "Children aged 3 to 5 when the service starts; no minimum of hours; growth: an improvement of at least 10% of the instrument's range; target: 70% of those tested (with at least 10 tested).",
      'Niños de 3 a 5 años al inicio del servicio; sin mínimo de horas; crecimiento: una mejora de al menos 10 % del rango del instrumento; meta: 70 % de los evaluados (con al menos 10 evaluados).',
    ],
    [
      {
        number: '2.0',
        area: 'MATH',
        population: { kind: 'belowProficient', subject: 'MATH', maxLevel: 1 },
        minHours: 1.5,
        growth: { kind: 'reach', score: 2.5 },
        target: 55.5,
        minN: 5,
      },
      'Children at level 1 or below on their last state assessment in mathematics; at least 1.5 hours of service; growth: a post-test that reaches 2.5; target: 55.5% of those tested (with at least 5 tested).',
      'Niños con nivel 1 o menos en su última evaluación estatal de matemáticas; al menos 1.5 horas de servicio; crecimiento: una prueba posterior que alcanza 2.5; meta: 55.5 % de los evaluados (con al menos 5 evaluados).',
    ],
  ] as Array<[Mpo, string, string]>)('%j', (mpo, english, spanish) => {
    expect(ruleSummary(mpo, 'en')).toBe(english);
    expect(ruleSummary(mpo, 'es')).toBe(spanish);
  });

  it('says "any gain" plainly', () => {
    expect(ruleSummary(preschoolMpo({ minHours: 1, growth: { kind: 'anyGain' } }), 'en')).toContain(
      'at least 1 hour of service; growth: a post-test better than the pre-test;',
    );
  });
});
