import type { Mpo } from '../src/core/services/service-records';

/** The benchmarks' plan: the contract example's four MPOs, one of each population and growth kind. */
export const EXAMPLE_MPOS: Mpo[] = [
  {
    number: '1.0',
    area: 'ELA',
    population: { kind: 'belowProficient', subject: 'ELA', maxLevel: 2 },
    minHours: 10,
    growth: { kind: 'points', points: 3 },
    target: 60,
    minN: 10,
  },
  {
    number: '2.0',
    area: 'MATH',
    population: { kind: 'belowProficient', subject: 'MATH', maxLevel: 1 },
    minHours: 6,
    growth: { kind: 'percentOfRange', percent: 5 },
    target: 55,
    minN: 10,
  },
  {
    number: '4.0',
    area: 'HSG',
    population: { kind: 'age', minAge: 14, maxAge: 21 },
    minHours: null,
    growth: { kind: 'anyGain' },
    target: 50,
    minN: 5,
  },
  {
    number: '7.0',
    area: 'SR',
    population: { kind: 'age', minAge: 3, maxAge: 5 },
    minHours: 10,
    growth: { kind: 'reach', score: 30 },
    target: 70,
    minN: 10,
  },
];
