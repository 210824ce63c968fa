/**
 * R6–R8: every pairing of a move the child made with a move of a related worker, whether
 * it is valid (and on what basis), and the choice of the QAD among the valid ones.
 */
import { addMonthsPer, isWithinMonths, type EligibilitySettings } from './eligibility-settings';
import type { InterviewChild, InterviewMove, ReasonCode, WorkerRelation } from './interview-schema';
import { haveSameDestination } from './qualifying-move';
import { establishmentOf, type Establishment, type WorkerRecord } from './worker-status';

export type PairingRelation = 'with' | 'as-worker' | 'to-join' | 'precede';
export type Basis = 'qualifying-work' | 'sqm';

export interface PairingAttempt {
  relation: PairingRelation;
  worker: string;
  childMove: InterviewMove;
  workerMove: InterviewMove;
  /** The child's relation to the worker (none recorded for as-worker, or when unknown). */
  workerRelation: WorkerRelation | 'self' | undefined;
}

export interface ValidPairing extends PairingAttempt {
  qad: string;
  basis: Basis;
  establishingMove: InterviewMove;
  establishment: Extract<Establishment, { established: true }>;
}

export type InvalidPairing = { valid: false; attempt: PairingAttempt; failures: ReasonCode[] };
export type PairingResult = { valid: true; pairing: ValidPairing } | InvalidPairing;

/** A move of the interview with its R3 failures as a qualifying move (none = it qualifies). */
export interface JudgedMove {
  move: InterviewMove;
  failures: readonly ReasonCode[];
}

// Families are small (a few people, a handful of moves): the facts are lists, scanned, which
// measured faster than maps built for every interview.
export interface InterviewFacts {
  settings: EligibilitySettings;
  /** The interview's moves in date order, each judged once as a qualifying move (R3). */
  moves: readonly JudgedMove[];
  /** Everyone whose work can qualify a child: the interview's workers and the youths who are their own worker. */
  workers: readonly WorkerRecord[];
}

const NONE: readonly ReasonCode[] = [];

/** The R3 failures of `move` (one of the interview's moves). */
function failuresOf(facts: InterviewFacts, move: InterviewMove): readonly ReasonCode[] {
  for (const judged of facts.moves) if (judged.move === move) return judged.failures;
  return NONE;
}

function findWorker(facts: InterviewFacts, id: string): WorkerRecord | undefined {
  for (const worker of facts.workers) if (worker.id === id) return worker;
  return undefined;
}

/** R2.1: the worker is the child's parent, guardian or spouse, or the child himself or herself. */
function isQualifyingRelation(relation: PairingAttempt['workerRelation']): boolean {
  return relation === 'parent' || relation === 'guardian' || relation === 'spouse' || relation === 'self';
}

function relationOf(
  relations: NonNullable<InterviewChild['workers']>,
  worker: string,
): WorkerRelation | undefined {
  for (const entry of relations) if (entry.worker === worker) return entry.relation;
  return undefined;
}

/** R6: the pairings to judge for `child`, from the moves the child made (in date order). */
export function pairingsOf(child: InterviewChild, facts: InterviewFacts): PairingAttempt[] {
  const relations = child.workers ?? [];
  const attempts: PairingAttempt[] = [];
  for (const { move } of facts.moves) {
    if (!move.movers.includes(child.id)) continue;
    if (child.isWorker)
      attempts.push({
        relation: 'as-worker',
        worker: child.id,
        childMove: move,
        workerMove: move,
        workerRelation: 'self',
      });
    for (const mover of move.movers) {
      const worker = mover === child.id ? undefined : findWorker(facts, mover);
      if (worker === undefined) continue;
      const workerRelation = relationOf(relations, mover);
      // R2.3: a youth who is his or her own worker is a worker for the other children only where related.
      if (workerRelation === undefined && worker.listedAs === 'child') continue;
      attempts.push({ relation: 'with', worker: mover, childMove: move, workerMove: move, workerRelation });
    }
    for (const link of move.links ?? []) {
      if (link.child !== child.id) continue;
      const workerMove = facts.moves.find((judged) => judged.move.id === link.workerMove)?.move;
      if (workerMove)
        attempts.push({
          relation: link.type,
          worker: link.worker,
          childMove: move,
          workerMove,
          workerRelation: relationOf(relations, link.worker),
        });
    }
  }
  return attempts;
}

/** R6.3/R6.4: the QAD of a pairing; the failures of its to-join or precede conditions go to `failures`. */
function qadOf(attempt: PairingAttempt, settings: EligibilitySettings, failures: ReasonCode[]): string {
  const { relation, childMove, workerMove } = attempt;
  if (relation === 'with' || relation === 'as-worker') return childMove.date;
  if (!haveSameDestination(settings, childMove, workerMove)) failures.push('NOT_SAME_DESTINATION');
  if (relation === 'to-join') {
    if (
      settings.toJoinMaxMonths !== null &&
      !isWithinMonths(settings, workerMove.date, childMove.date, settings.toJoinMaxMonths)
    )
      failures.push('TO_JOIN_TOO_LATE');
    return childMove.date;
  }
  if (
    settings.precedeMaxMonths !== null &&
    !isWithinMonths(settings, childMove.date, workerMove.date, settings.precedeMaxMonths)
  )
    failures.push('PRECEDE_TOO_EARLY');
  return workerMove.date;
}

/** R6.5–R7.4: judge one pairing, evaluating every check (no short-circuit but R7.4). */
export function judgePairing(attempt: PairingAttempt, facts: InterviewFacts): PairingResult {
  const failures: ReasonCode[] = failuresOf(facts, attempt.childMove).slice();
  const workerMoveFailures = failuresOf(facts, attempt.workerMove);
  if (attempt.workerMove !== attempt.childMove) for (const code of workerMoveFailures) failures.push(code);
  if (attempt.relation !== 'as-worker' && !isQualifyingRelation(attempt.workerRelation))
    failures.push('WORKER_RELATION_NOT_QUALIFYING');
  const qad = qadOf(attempt, facts.settings, failures);
  if (workerMoveFailures.length > 0) return invalid(attempt, failures);

  const record = findWorker(facts, attempt.worker);
  // R7.1: the worker's move establishes the worker itself.
  const own = record ? establishmentOf(record, attempt.workerMove) : undefined;
  if (own?.established) {
    if (failures.length > 0) return invalid(attempt, failures);
    return { valid: true, pairing: validPairing(attempt, qad, 'qualifying-work', attempt.workerMove, own) };
  }
  const earlier = record ? latestEstablishingMoveBefore(record, attempt.workerMove.date) : undefined;
  if (!earlier) {
    // R7.3, with the R5.3 sub-reasons of why the worker's move does not establish the worker.
    failures.push('NO_ESTABLISHED_WORKER');
    if (own && !own.established) for (const code of own.failures) failures.push(code);
    return invalid(attempt, failures);
  }
  // R7.2: a subsequent qualifying move, within 36 months of the latest earlier establishing move.
  if (qad >= addMonthsPer(facts.settings, earlier.move.date, 36)) failures.push('SQM_OUTSIDE_36_MONTHS');
  if (failures.length > 0 || !earlier.establishment.established) return invalid(attempt, failures);
  return { valid: true, pairing: validPairing(attempt, qad, 'sqm', earlier.move, earlier.establishment) };
}

// Built field by field: an object spread here dominated the engine's time in benchmarks.
function validPairing(
  attempt: PairingAttempt,
  qad: string,
  basis: Basis,
  establishingMove: InterviewMove,
  establishment: ValidPairing['establishment'],
): ValidPairing {
  const { relation, worker, childMove, workerMove, workerRelation } = attempt;
  return {
    relation,
    worker,
    childMove,
    workerMove,
    workerRelation,
    qad,
    basis,
    establishingMove,
    establishment,
  };
}

function invalid(attempt: PairingAttempt, failures: ReasonCode[]): PairingResult {
  const distinct: ReasonCode[] = [];
  for (const code of failures) if (!distinct.includes(code)) distinct.push(code);
  return { valid: false, attempt, failures: distinct };
}

/** R7.2: the worker's latest establishing move dated before `date`. */
function latestEstablishingMoveBefore(
  record: WorkerRecord,
  date: string,
): WorkerRecord['qualifyingMoves'][number] | undefined {
  let latest: WorkerRecord['qualifyingMoves'][number] | undefined;
  for (const entry of record.qualifyingMoves) {
    if (entry.move.date >= date) break;
    if (entry.establishment.established) latest = entry;
  }
  return latest;
}

const RELATION_ORDER: Record<PairingRelation, number> = { with: 0, 'as-worker': 1, 'to-join': 2, precede: 3 };

/** R8.1/R8.2: the latest QAD first; ties by basis, relation, worker id, later establishing move. */
export function comparePairings(a: ValidPairing, b: ValidPairing): number {
  if (a.qad !== b.qad) return a.qad > b.qad ? -1 : 1;
  if (a.basis !== b.basis) return a.basis === 'qualifying-work' ? -1 : 1;
  if (a.relation !== b.relation) return RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation];
  if (a.worker !== b.worker) return a.worker < b.worker ? -1 : 1;
  if (a.establishingMove.date !== b.establishingMove.date)
    return a.establishingMove.date > b.establishingMove.date ? -1 : 1;
  // Not in RULES: a last, stable order so that the listing order of moves never matters.
  const keyA = pairingKey(a);
  const keyB = pairingKey(b);
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

function pairingKey(p: ValidPairing): string {
  return `${p.establishingMove.id}\u0000${p.workerMove.id}\u0000${p.childMove.id}`;
}
