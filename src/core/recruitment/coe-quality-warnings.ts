import { addMonths, daysBetween, type CalendarDate } from '../common/calendar-date';
import type { DeterminationFacts, InterviewFacts } from './coe-types';

/**
 * Thresholds of the quality-control warnings a reviewer sees. They are warnings, never
 * errors: a determination near a limit is legal, but it is where audits find mistakes.
 */
export interface QualityWarningSettings {
  /** Warn when qualifying work began fewer than this many days before the soon-after limit. */
  workStartMarginDays: number;
  /** Warn when a child joined the worker this many days or fewer before the to-join limit. */
  toJoinMarginDays: number;
  /** Warn when the QAD lies more than this many days before the interview. */
  qadAgeDays: number;
}

const CALIFORNIA_QUALITY_WARNINGS: QualityWarningSettings = {
  workStartMarginDays: 7,
  toJoinMarginDays: 30,
  qadAgeDays: 180,
};
const DEFAULT_SOON_AFTER_DAYS = 60;
const DEFAULT_TO_JOIN_MONTHS = 12;

export type QualityWarningCode =
  'WORK_START_NEAR_LIMIT' | 'TO_JOIN_NEAR_LIMIT' | 'QAD_FAR_BEFORE_INTERVIEW' | 'RESIDENCY_AFTER_INTERVIEW';

export interface QualityWarning {
  code: QualityWarningCode;
  /** The interview child the warning concerns, when it concerns one. */
  child: string | null;
  /** Figures for the message: days, limits, dates. */
  values: Record<string, string | number>;
}

/** The warnings a reviewer should look at before approving a COE. */
export function findQualityWarnings(
  interview: InterviewFacts,
  determination: DeterminationFacts,
  coe: { residencyDate: CalendarDate | null },
  settings: QualityWarningSettings = CALIFORNIA_QUALITY_WARNINGS,
): QualityWarning[] {
  const warnings: QualityWarning[] = [];
  const moves = new Map(interview.moves.map((m) => [m.id, m]));
  const soonAfterDays = interview.settings?.soonAfterDays ?? DEFAULT_SOON_AFTER_DAYS;
  const toJoinMonths =
    interview.settings?.toJoinMaxMonths === undefined
      ? DEFAULT_TO_JOIN_MONTHS
      : interview.settings.toJoinMaxMonths;
  const seenEstablishing = new Set<string>();

  for (const child of determination.children) {
    if (!child.eligible || !child.qad) continue;
    const establishing = child.establishingMove ? moves.get(child.establishingMove) : undefined;
    if (establishing && child.worker && !seenEstablishing.has(establishing.id)) {
      seenEstablishing.add(establishing.id);
      const starts = (establishing.work ?? [])
        .filter((w) => w.worker === child.worker && w.outcome === 'obtained' && w.startDate)
        .map((w) => daysBetween(establishing.date, w.startDate as CalendarDate))
        .filter((days) => days >= 0 && days <= soonAfterDays);
      const earliest = starts.length > 0 ? Math.min(...starts) : undefined;
      if (earliest !== undefined && earliest > soonAfterDays - settings.workStartMarginDays) {
        warnings.push({
          code: 'WORK_START_NEAR_LIMIT',
          child: null,
          values: { days: earliest, limit: soonAfterDays, move: establishing.id },
        });
      }
    }
    if (child.relation === 'to-join' && toJoinMonths !== null && child.workerMove) {
      const workerMove = moves.get(child.workerMove);
      if (workerMove) {
        const daysLeft = daysBetween(child.qad, addMonths(workerMove.date, toJoinMonths));
        if (daysLeft <= settings.toJoinMarginDays) {
          warnings.push({
            code: 'TO_JOIN_NEAR_LIMIT',
            child: child.child,
            values: { daysLeft, limitMonths: toJoinMonths },
          });
        }
      }
    }
    const qadAge = daysBetween(child.qad, interview.interviewDate);
    if (qadAge > settings.qadAgeDays) {
      warnings.push({
        code: 'QAD_FAR_BEFORE_INTERVIEW',
        child: child.child,
        values: { days: qadAge, qad: child.qad },
      });
    }
  }
  if (coe.residencyDate && coe.residencyDate > interview.interviewDate) {
    warnings.push({
      code: 'RESIDENCY_AFTER_INTERVIEW',
      child: null,
      values: { residencyDate: coe.residencyDate, interviewDate: interview.interviewDate },
    });
  }
  return warnings;
}
