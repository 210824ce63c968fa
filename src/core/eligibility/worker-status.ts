/** R4 qualifying work and R5 whether a qualifying move establishes the worker. */
import { daysBetween } from '../common/calendar-date';
import { addMonthsPer, isWithinDays, type EligibilitySettings } from './eligibility-settings';
import type { InterviewMove, InterviewWork, PriorQualifyingMove, ReasonCode } from './interview-schema';

type Sector = PriorQualifyingMove['sector'];

/** R4.1–R4.4: obtained work that is qualifying work (before the soon-after test). */
export function isQualifyingWork(work: InterviewWork): boolean {
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
  const entries = (move.work ?? []).filter((work) => work.worker === workerId);
  const qualifying = entries.filter(isQualifyingWork);
  const engaged = qualifying.find((work) => startsSoonAfter(settings, move, work));
  if (engaged?.startDate !== undefined)
    return {
      established: true,
      how: 'engaged',
      work: engaged,
      daysAfterMove: daysBetween(move.date, engaged.startDate),
    };
  const sought = entries.filter((work) => work.outcome === 'sought' && work.sector !== 'other');
  for (const work of sought) {
    const historyMoves = recentHistoryCount(
      settings,
      workerId,
      work.sector as Sector,
      move.date,
      priorQualifyingMoves,
      earlier,
    );
    if (historyMoves >= settings.recentHistoryMinMoves)
      return { established: true, how: 'sought-with-history', work, historyMoves };
  }
  const failures: ReasonCode[] = [];
  if (qualifying.length > 0) failures.push('WORK_NOT_SOON_AFTER');
  if (sought.length > 0) failures.push('NO_RECENT_HISTORY');
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

function startsSoonAfter(settings: EligibilitySettings, move: InterviewMove, work: InterviewWork): boolean {
  return work.startDate !== undefined && isWithinDays(move.date, work.startDate, settings.soonAfterDays);
}
