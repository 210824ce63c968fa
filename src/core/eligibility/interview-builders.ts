/**
 * Small builders for interviews in tests: a family whose worker moved Coachella → Delano
 * with the child for seasonal grape work, which each test bends to exercise one rule.
 */
import type {
  Interview,
  InterviewChild,
  InterviewMove,
  InterviewPlace,
  InterviewWork,
} from './interview-schema';

export const COACHELLA: InterviewPlace = {
  residence: '12 Palm St, Coachella',
  schoolDistrict: 'Coachella Valley Unified School District',
  state: 'CA',
};
export const DELANO: InterviewPlace = {
  residence: 'Camp 4, Delano',
  schoolDistrict: 'Delano Union School District',
  state: 'CA',
};
export const FRESNO: InterviewPlace = {
  residence: '55 Elm Ave, Fresno',
  schoolDistrict: 'Fresno Unified School District',
  state: 'CA',
};
export const OAXACA: InterviewPlace = { residence: 'Casa familiar, Oaxaca', country: 'MX' };

export function grapeWork(startDate: string, overrides: Partial<InterviewWork> = {}): InterviewWork {
  return {
    worker: 'w-1',
    outcome: 'obtained',
    sector: 'agricultural',
    employment: 'seasonal',
    startDate,
    description: 'table grapes',
    ...overrides,
  };
}

export function move(id: string, date: string, overrides: Partial<InterviewMove> = {}): InterviewMove {
  return {
    id,
    date,
    from: COACHELLA,
    to: DELANO,
    movers: ['w-1', 'c-1'],
    economicNecessity: true,
    ...overrides,
  };
}

export function child(overrides: Partial<InterviewChild> = {}): InterviewChild {
  return {
    id: 'c-1',
    birthDate: '2012-03-15',
    workers: [{ worker: 'w-1', relation: 'parent' }],
    ...overrides,
  };
}

/** One worker `w-1`, one child `c-1`, and the moves given (default: one move with grape work 5 days later). */
export function interview(overrides: Partial<Interview> = {}): Interview {
  return {
    interviewDate: '2023-01-10',
    workers: [{ id: 'w-1', name: 'Luis' }],
    children: [child()],
    moves: [move('m1', '2022-08-15', { work: [grapeWork('2022-08-20')] })],
    ...overrides,
  };
}
