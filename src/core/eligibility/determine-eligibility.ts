/**
 * The eligibility engine (docs/rules/eligibility.md): one interview in, one determination per
 * child out. Pure and deterministic: "today" is the interview date.
 */
import {
  childConditionFailures,
  eligibilityPeriod,
  lastDayOf36Months,
  twentySecondBirthday,
} from './eligibility-period';
import {
  CALIFORNIA_ELIGIBILITY_SETTINGS,
  resolveSettings,
  type EligibilitySettings,
} from './eligibility-settings';
import type {
  ChildDetermination,
  Determination,
  Interview,
  InterviewChild,
  InterviewMove,
  PriorQualifyingMove,
  ReasonCode,
} from './interview-schema';
import {
  comparePairings,
  judgePairing,
  pairingsOf,
  type InterviewFacts,
  type InvalidPairing,
  type JudgedMove,
  type ValidPairing,
} from './pairings';
import { qualifyingMoveFailures } from './qualifying-move';
import { renderTrace, traceWordsOf, type TraceLanguage, type TraceStep, type TraceWords } from './trace';
import { validateInterview } from './validate-interview';
import { judgeEstablishment, type WorkerRecord } from './worker-status';

export interface DetermineOptions {
  /** The state's settings; the interview's own `settings` override them. */
  settings?: EligibilitySettings;
  /** Language of the trace (the contract's output is English). */
  language?: TraceLanguage;
  /** The trace in plain words naming people and places, instead of the contract's ids. */
  plainWords?: boolean;
}

/** Determine every child's eligibility; throws a DomainError naming the field on invalid input. */
export function determineEligibility(input: unknown, options: DetermineOptions = {}): Determination {
  return determineValidInterview(validateInterview(input), options);
}

/** The engine on an interview already validated (e.g. one stored with its COE, re-determined after a settings change). */
export function determineValidInterview(interview: Interview, options: DetermineOptions = {}): Determination {
  const settings = resolveSettings(options.settings ?? CALIFORNIA_ELIGIBILITY_SETTINGS, interview.settings);
  const moves = isInMoveOrder(interview.moves) ? interview.moves : [...interview.moves].sort(compareMoves);
  const facts = judgeInterviewFacts(interview, moves, settings);
  const trace: TraceWriting = {
    language: options.language ?? 'en',
    words: options.plainWords ? traceWordsOf(interview) : undefined,
  };
  return {
    children: interview.children.map((child) => determineChild(child, interview.interviewDate, facts, trace)),
  };
}

function compareMoves(a: InterviewMove, b: InterviewMove): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Interviews mostly list moves in date order already: then there is nothing to sort. */
function isInMoveOrder(moves: readonly InterviewMove[]): boolean {
  for (let i = 1; i < moves.length; i++) if (compareMoves(moves[i - 1]!, moves[i]!) > 0) return false;
  return true;
}

const NO_PRIOR_MOVES: readonly PriorQualifyingMove[] = [];

/** R5 for one worker: each of the worker's qualifying moves, in date order, and whether it establishes the worker. */
function judgeWorker(
  settings: EligibilitySettings,
  moves: readonly JudgedMove[],
  listedAs: WorkerRecord['listedAs'],
  id: string,
  prior: readonly PriorQualifyingMove[],
): WorkerRecord {
  const record: WorkerRecord = { id, listedAs, priorQualifyingMoves: prior, qualifyingMoves: [] };
  for (const { move, failures } of moves) {
    if (failures.length > 0 || !move.movers.includes(id)) continue;
    record.qualifyingMoves.push({
      move,
      establishment: judgeEstablishment(settings, id, move, prior, record.qualifyingMoves),
    });
  }
  return record;
}

function judgeInterviewFacts(
  interview: Interview,
  moves: readonly InterviewMove[],
  settings: EligibilitySettings,
): InterviewFacts {
  const judgedMoves = moves.map((move) => ({ move, failures: qualifyingMoveFailures(settings, move) }));
  const workers: WorkerRecord[] = [];
  for (const worker of interview.workers ?? [])
    workers.push(
      judgeWorker(settings, judgedMoves, 'worker', worker.id, worker.priorQualifyingMoves ?? NO_PRIOR_MOVES),
    );
  for (const child of interview.children) {
    if (child.isWorker)
      workers.push(
        judgeWorker(settings, judgedMoves, 'child', child.id, child.priorQualifyingMoves ?? NO_PRIOR_MOVES),
      );
  }
  return { settings, moves: judgedMoves, workers };
}

/** A child with no valid pairing: every field of the chosen move is null. */
function notEligibleWithoutMove(child: string, reasons: ReasonCode[], trace: string[]): ChildDetermination {
  return {
    child,
    eligible: false,
    basis: null,
    relation: null,
    worker: null,
    establishingMove: null,
    workerMoveDate: null,
    workerMove: null,
    qualifyingMove: null,
    qad: null,
    eligibilityEndDate: null,
    endReason: null,
    newCoeRequired: false,
    reasons,
    trace,
  };
}

interface TraceWriting {
  language: TraceLanguage;
  words: TraceWords | undefined;
}

function determineChild(
  child: InterviewChild,
  interviewDate: string,
  facts: InterviewFacts,
  { language, words }: TraceWriting,
): ChildDetermination {
  let chosen: ValidPairing | undefined;
  const failed: InvalidPairing[] = [];
  for (const attempt of pairingsOf(child, facts)) {
    const result = judgePairing(attempt, facts);
    if (!result.valid) failed.push(result);
    else if (chosen === undefined || comparePairings(result.pairing, chosen) < 0) chosen = result.pairing;
  }
  const birthday22 = twentySecondBirthday(facts.settings, child);
  const conditionFailures = childConditionFailures(facts.settings, child, interviewDate, birthday22);
  const steps: TraceStep[] = [];

  if (chosen === undefined) {
    // R11.2: no qualifying move, the child's conditions, and every failure of every pairing tried.
    const reasons = new Set<ReasonCode>(['NO_QUALIFYING_MOVE', ...conditionFailures]);
    for (const result of failed) {
      for (const code of result.failures) reasons.add(code);
      const { attempt } = result;
      steps.push({
        kind: 'pairing-fails',
        child: child.id,
        worker: attempt.worker,
        relation: attempt.relation,
        move: attempt.childMove.id,
        failures: result.failures,
      });
    }
    steps.push({ kind: 'no-qualifying-move', child: child.id });
    return notEligibleWithoutMove(child.id, [...reasons], renderTrace(steps, language, words));
  }

  const period = eligibilityPeriod(facts.settings, child, chosen.qad, birthday22);
  const reasons = [...conditionFailures];
  if (interviewDate > period.end36) reasons.push('ELIGIBILITY_EXPIRED');
  const eligible = period.endDate !== null && interviewDate <= period.endDate;
  addPairingSteps(steps, child, chosen, facts);
  steps.push(
    eligible
      ? { kind: 'eligible-through', end: period.endDate!, endReason: period.endReason!, birthday22 }
      : { kind: 'not-eligible', interviewDate, end: period.endDate, reasons },
  );
  return {
    child: child.id,
    eligible,
    basis: chosen.basis,
    relation: chosen.relation,
    worker: chosen.worker,
    establishingMove: chosen.establishingMove.id,
    workerMoveDate: chosen.establishingMove.date,
    workerMove: chosen.workerMove.id,
    qualifyingMove: chosen.childMove.id,
    qad: chosen.qad,
    eligibilityEndDate: period.endDate,
    endReason: period.endReason,
    // R12.1: a later QAD than the child's current COE's needs a COE of its own.
    newCoeRequired: eligible && (child.priorQad === undefined || chosen.qad > child.priorQad),
    reasons,
    trace: renderTrace(steps, language, words),
  };
}

/** Whole months from `from` to `to` (to ≥ from). */
function wholeMonths(from: string, to: string): number {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5, 7)) -
    Number(from.slice(5, 7));
  return to.slice(8) < from.slice(8) ? months - 1 : months;
}

/** The trace of the chosen pairing, added to `steps`: the worker's establishing move, the SQM, then the child's move. */
function addPairingSteps(
  steps: TraceStep[],
  child: InterviewChild,
  pairing: ValidPairing,
  facts: InterviewFacts,
): void {
  const { establishment, establishingMove, workerMove, childMove, worker } = pairing;
  const migratoryUntil = lastDayOf36Months(facts.settings, establishingMove.date);
  const work = establishment.work;
  steps.push(
    establishment.how === 'engaged'
      ? {
          kind: 'worker-engaged',
          worker,
          work,
          days: establishment.daysAfterMove,
          migratoryUntil,
          move: establishingMove,
        }
      : {
          kind: 'worker-history',
          worker,
          work,
          historyMoves: establishment.historyMoves,
          migratoryUntil,
          move: establishingMove,
        },
  );
  if (pairing.basis === 'sqm')
    steps.push({ kind: 'worker-sqm', worker, establishingMove: establishingMove.id, move: workerMove });
  const qad = pairing.qad;
  switch (pairing.relation) {
    case 'with':
      steps.push({ kind: 'child-with', child: child.id, worker, qad, move: childMove });
      break;
    case 'as-worker':
      steps.push({ kind: 'child-as-worker', child: child.id, qad, move: childMove });
      break;
    case 'to-join':
      steps.push({
        kind: 'child-to-join',
        child: child.id,
        worker,
        workerMove: workerMove.id,
        months: wholeMonths(workerMove.date, childMove.date),
        limit: facts.settings.toJoinMaxMonths,
        qad,
        move: childMove,
      });
      break;
    case 'precede':
      steps.push({
        kind: 'child-precede',
        child: child.id,
        worker,
        workerMove: workerMove.id,
        months: wholeMonths(childMove.date, workerMove.date),
        limit: facts.settings.precedeMaxMonths,
        qad,
        move: childMove,
      });
      break;
  }
}
