import { describe, expect, it } from 'vitest';
import type { DaLeaReport } from './da-lea-report';
import { explainLeaInWords, listInWords } from './explain-da-in-words';

const red = (
  line: number,
  group: 'EL' | 'HI',
  indicator: 'ELPI' | 'SUSP' | 'ELA' | 'MATH',
  color: 'RED' | 'ORANGE' = 'RED',
) =>
  ({
    kind: 'indicator',
    line,
    year: 2019,
    group,
    indicator,
    color,
    statusLevel: null,
    changeLevel: null,
    n: 100,
  }) as const;

const district: DaLeaReport = {
  leaName: 'Arroyo Seco Unified',
  decision: {
    leaId: '10000000000023',
    leaType: 'district',
    eligible: true,
    groups: [{ group: 'EL', priorities: ['P4', 'P6'] }],
    localPriorities: [],
    calpadsLate: false,
    intensive: { eligible: false, years: [2017, 2018, 2019], yearsMet: [2019] },
    charter: null,
  },
  causes: [
    {
      group: 'EL',
      areas: [
        { area: 'P4', via: 'state', rows: [red(4, 'EL', 'ELPI')] },
        { area: 'P6', via: 'state', rows: [red(5, 'EL', 'SUSP')] },
      ],
    },
  ],
  localCauses: [],
  years: [],
};

describe('a DA decision in plain words', () => {
  it('names the group, each priority area and the results that met it, in English', () => {
    expect(explainLeaInWords(district, 2019, 'en')).toEqual([
      'Eligible for differentiated assistance on the 2019 Dashboard.',
      'English learners meet Priority 4 (Red on English Learner Progress) and Priority 6 (Red on suspension).',
      'Intensive intervention (Level 3): not eligible; criteria met in 2019 of 2017, 2018 and 2019.',
    ]);
  });

  it('says the same in Spanish', () => {
    expect(explainLeaInWords(district, 2019, 'es')).toEqual([
      'Elegible para asistencia diferenciada en el Dashboard de 2019.',
      'Los estudiantes de inglés cumplen la Prioridad 4 (Rojo en progreso de los estudiantes de inglés) y la Prioridad 6 (Rojo en suspensiones).',
      'Intervención intensiva (nivel 3): no elegible; criterios cumplidos en 2019 de 2017, 2018 y 2019.',
    ]);
  });

  it('joins two results of one area, and a local area, and names a Status-only criterion', () => {
    const report: DaLeaReport = {
      ...district,
      causes: [
        {
          group: 'HI',
          areas: [
            {
              area: 'P3',
              via: 'local',
              rows: [{ kind: 'local', line: 2, year: 2019, priority: 3, rating: 'NOT_MET_2PLUS' }],
            },
            { area: 'P4', via: 'state', rows: [red(2, 'HI', 'ELA'), red(3, 'HI', 'MATH', 'ORANGE')] },
            {
              area: 'P7_8',
              via: 'state',
              rows: [
                {
                  kind: 'indicator',
                  line: 6,
                  year: 2018,
                  group: 'HI',
                  indicator: 'CCI',
                  color: null,
                  statusLevel: 'VERY_LOW',
                  changeLevel: null,
                  n: null,
                },
              ],
            },
          ],
        },
      ],
      localCauses: [{ area: 'P3', via: 'local', rows: [] }],
    };
    expect(explainLeaInWords(report, 2019, 'en').slice(1, 3)).toEqual([
      'Hispanic students meet Priority 3 (local indicator not met for two or more years), Priority 4 (Red on English language arts and Orange on mathematics) and Priorities 7 and 8 (Very Low status on College/Career).',
      'Local indicators not met for two or more years: Priority 3.',
    ]);
    expect(explainLeaInWords(report, 2019, 'es')[1]).toBe(
      'Los estudiantes hispanos cumplen la Prioridad 3 (indicador local no cumplido por dos años o más), la Prioridad 4 (Rojo en artes del lenguaje en inglés y Anaranjado en matemáticas) y las Prioridades 7 y 8 (estado Muy bajo en preparación universitaria y profesional).',
    );
  });

  it('says why an LEA is not eligible, and explains the charter rule and CALPADS', () => {
    const none: DaLeaReport = {
      ...district,
      decision: {
        ...district.decision,
        eligible: false,
        groups: [],
        intensive: { eligible: false, years: [2018], yearsMet: [] },
      },
      causes: [],
    };
    expect(explainLeaInWords(none, 2018, 'en')).toEqual([
      'Not eligible for differentiated assistance on the 2018 Dashboard.',
      'No student group meets the criteria in two or more priority areas.',
      'Intensive intervention (Level 3): not eligible; criteria met in no year of 2018.',
    ]);
    const charter: DaLeaReport = {
      ...none,
      decision: {
        ...none.decision,
        leaType: 'charter',
        eligible: true,
        intensive: null,
        charter: { rule: 'THREE_OF_FOUR_YEARS', years: [2017, 2018, 2019], yearsMet: [2017, 2018, 2019] },
      },
    };
    expect(explainLeaInWords(charter, 2019, 'es').at(-1)).toBe(
      'Regla de escuelas chárter (tres de cuatro años): cumplida; criterios cumplidos en 2017, 2018 y 2019 de 2017, 2018 y 2019.',
    );
    const late: DaLeaReport = { ...none, decision: { ...none.decision, eligible: true, calpadsLate: true } };
    expect(explainLeaInWords(late, 2024, 'en')).toContain(
      'The LEA did not submit its CALPADS data on time, which makes it eligible.',
    );
  });

  it('lists with commas and a final "and" / "y"', () => {
    expect(listInWords(['A'], 'en')).toBe('A');
    expect(listInWords(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(listInWords(['A', 'B'], 'es')).toBe('A y B');
  });
});
