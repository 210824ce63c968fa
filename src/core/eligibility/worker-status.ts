/** R4 qualifying work and R5 whether a qualifying move establishes the worker. */
import { daysBetween } from '../common/calendar-date';
import { addMonthsPer, isWithinDays, type EligibilitySettings } from './eligibility-settings';
import type { InterviewMove, InterviewWork, PriorQualifyingMove, ReasonCode } from './interview-schema';

type Sector = PriorQualifyingMove['sector'];
const NO_WORK: readonly InterviewWork[] = [];

/** R4.1–R4.4: obtained work that is qualifying work (before the soon-after test). */
function isQualifyingWork(work: InterviewWork): boolean {
  if (work.outcome !== 'obtained' || work.sector === 'other' || work.isNew === false) return false;
  switch (work.employment) {
    case 'seasonal':
    case 'personal-subsistence':
      return true;
    case 'temporary':
      return work.expectedDurationMonths === undefined || work.expectedDurationMonths <= 12;
    default:
      return false;
  }
}

export type Establishment =
  | { established: true; how: 'engaged'; work: InterviewWork; daysAfterMove: number }
  | { established: true; how: 'sought-with-history'; work: InterviewWork; historyMoves: number }
  | { established: false; failures: ReasonCode[] };

/** One worker's moves in this interview, with the history they report, judged once. */
export interface WorkerRecord {
  id: string;
  /**
   * Where the interview lists the worker: among its `workers`, or among its `children` as a
   * youth who is his or her own worker (R2.3), who qualifies the other children only where
   * they record a relation to the youth.
   */
  listedAs: 'worker' | 'child';
  priorQualifyingMoves: readonly PriorQualifyingMove[];
  /** The worker's qualifying moves (R3) in date order, each with whether it establishes the worker. */
  qualifyingMoves: Array<{ move: InterviewMove; establishment: Establishment }>;
}

/** Whether `move`, one of the worker's qualifying moves, establishes the worker; undefined for any other move. */
export function establishmentOf(record: WorkerRecord, move: InterviewMove): Establishment | undefined {
  for (const entry of record.qualifyingMoves) if (entry.move === move) return entry.establishment;
  return undefined;
}

/**
 * R5.1 for the worker's qualifying move `move`: engaged in qualifying work soon after, or
 * sought it with a recent history of moves for qualifying work of that sector. `earlier`
 * are the worker's qualifying moves before this one, already judged.
 */
export function judgeEstablishment(
  settings: EligibilitySettings,
  workerId: string,
  move: InterviewMove,
  priorQualifyingMoves: readonly PriorQualifyingMove[],
  earlier: WorkerRecord['qualifyingMoves'],
): Establishment {
  // Two passes over the move's work, in the order listed: work engaged in soon after first.
  const works = move.work ?? NO_WORK;
  let anyQualifying = false;
  for (const work of works) {
    if (work.worker !== workerId || !isQualifyingWork(work)) continue;
    anyQualifying = true;
    if (startsSoonAfter(settings, move, work)) {
      return {
        established: true,
        how: 'engaged',
        work,
        daysAfterMove: daysBetween(move.date, work.startDate),
      };
    }
  }
  let anySought = false;
  for (const work of works) {
    if (work.worker !== workerId || work.outcome !== 'sought' || work.sector === 'other') continue;
    anySought = true;
    const historyMoves = recentHistoryCount(
      settings,
      workerId,
      work.sector,
      move.date,
      priorQualifyingMoves,
      earlier,
    );
    if (historyMoves >= settings.recentHistoryMinMoves)
      return { established: true, how: 'sought-with-history', work, historyMoves };
  }
  // R5.3: why the move does not establish the worker.
  const failures: ReasonCode[] = [];
  if (anyQualifying) failures.push('WORK_NOT_SOON_AFTER');
  if (anySought) failures.push('NO_RECENT_HISTORY');
  if (failures.length === 0) failures.push('WORK_NOT_QUALIFYING');
  return { established: false, failures };
}

/** R5.1b: moves for qualifying work of `sector` dated X with X < date < X + lookback months. */
function recentHistoryCount(
  settings: EligibilitySettings,
  workerId: string,
  sector: Sector,
  date: string,
  priorQualifyingMoves: readonly PriorQualifyingMove[],
  earlier: WorkerRecord['qualifyingMoves'],
): number {
  let count = 0;
  for (const prior of priorQualifyingMoves)
    if (prior.sector === sector && isInLookback(settings, prior.date, date)) count += 1;
  for (const { move } of earlier) {
    if (
      isInLookback(settings, move.date, date) &&
      (move.work ?? []).some(
        (work) =>
          work.worker === workerId &&
          work.sector === sector &&
          isQualifyingWork(work) &&
          startsSoonAfter(settings, move, work),
      )
    )
      count += 1;
  }
  return count;
}

function isInLookback(settings: EligibilitySettings, moveDate: string, date: string): boolean {
  return moveDate < date && date < addMonthsPer(settings, moveDate, settings.recentHistoryLookbackMonths);
}

function startsSoonAfter(
  settings: EligibilitySettings,
  move: InterviewMove,
  work: InterviewWork,
): work is InterviewWork & { startDate: string } {
  return work.startDate !== undefined && isWithinDays(move.date, work.startDate, settings.soonAfterDays);
}
