import type { CalendarDate } from '../common/calendar-date';

/**
 * The parts of the eligibility contract (docs/rules/coe-and-interview-format.md) that the
 * certificate of eligibility reads. Structural on purpose: the engine's own types are wider.
 */
export interface InterviewPlace {
  residence?: string;
  schoolDistrict?: string;
  city?: string;
  state?: string;
  country?: string;
}

export interface InterviewWork {
  worker: string;
  outcome: 'obtained' | 'sought';
  sector?: string;
  employment?: string;
  startDate?: CalendarDate;
  description?: string;
}

export interface InterviewMove {
  id: string;
  date: CalendarDate;
  from: InterviewPlace;
  to: InterviewPlace;
  movers: string[];
  economicNecessity?: boolean;
  work?: InterviewWork[];
  links?: Array<{ child: string; type: 'to-join' | 'precede'; worker: string; workerMove: string }>;
}

export interface InterviewFacts {
  interviewDate: CalendarDate;
  settings?: { soonAfterDays?: number; toJoinMaxMonths?: number | null };
  workers: Array<{ id: string; name?: string }>;
  children: Array<{ id: string; birthDate: CalendarDate; priorQad?: CalendarDate }>;
  moves: InterviewMove[];
}

export interface ChildDeterminationFacts {
  child: string;
  eligible: boolean;
  basis: 'qualifying-work' | 'sqm' | null;
  relation: 'with' | 'to-join' | 'precede' | 'as-worker' | null;
  worker: string | null;
  establishingMove: string | null;
  workerMoveDate: CalendarDate | null;
  workerMove: string | null;
  qualifyingMove: string | null;
  qad: CalendarDate | null;
  eligibilityEndDate: CalendarDate | null;
  endReason: string | null;
  newCoeRequired: boolean;
  reasons: string[];
  trace: string[];
}

export interface DeterminationFacts {
  children: ChildDeterminationFacts[];
}
