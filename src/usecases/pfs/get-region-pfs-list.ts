import type { CalendarDate } from '../../core/common/calendar-date';
import { accessScopeOf } from '../../core/people/access-scope';
import { parsePeriod } from '../../core/recruitment/performance-period';
import { pfsDayOfTerm, pfsServedPercent, type PfsCriterion } from '../../core/services/priority-for-services';
import type { ServiceTerm } from '../../core/services/service-records';
import { termDatesIn, type TermDates } from '../../core/services/target-list-terms';
import { targetCandidatesInScope } from '../../data/repositories/mpo-target-lists.repository';
import { studentsEnrolledInRegionTerm } from '../../data/repositories/pfs-records.repository';
import type { RegionRow } from '../../data/repositories/regions.repository';
import { todayInState } from '../clock';
import { requirePermission, type UseCaseContext } from '../context';
import { regionInReach } from '../mpo-targets/region-in-reach';
import { stateTermWindows } from '../mpo-targets/state-term-windows';
import { childNameOf } from '../services/child-name';
import { pfsOfStudents } from './pfs-of-students';
import { statePfsSettings } from './state-pfs-settings';

export interface PfsListQuery {
  /** `2024-25` */
  period: string;
  term: ServiceTerm;
  regionId: string;
  /** Only the PFS children not served yet (the counts stay those of the whole list). */
  notServed?: boolean | undefined;
}

export interface PfsListRow {
  studentId: string;
  /** Ciclo's child with this student number; null for a student known only from imported history. */
  child: { id: string; name: string } | null;
  birthDate: string;
  criteria: PfsCriterion[];
  /** Enrolled in a service of the region of the term and period. */
  served: boolean;
}

export interface PfsListReply {
  region: RegionRow;
  period: string;
  term: ServiceTerm;
  termDates: TermDates;
  /** The day PFS is determined on (S6.7). */
  on: CalendarDate;
  /** Children of the region eligible during the term (the target lists' roll). */
  eligible: number;
  pfs: number;
  served: number;
  /** 100 × served / pfs to one decimal; null when no child is PFS. */
  servedPercent: number | null;
  rows: PfsListRow[];
}

/**
 * A region's Priority for Services list for a period and term (S6.9): the region's children
 * eligible during the term who are PFS on the term's day, each with their criteria and whether
 * a service of the region of that term serves them, and the share served.
 */
export async function getRegionPfsList(
  ctx: UseCaseContext,
  query: PfsListQuery,
  today: CalendarDate = todayInState(),
): Promise<PfsListReply> {
  requirePermission(ctx, 'service.read');
  const period = parsePeriod(query.period, 'period');
  const region = await regionInReach(ctx, query.regionId);
  const [windows, settings] = await Promise.all([stateTermWindows(ctx.db), statePfsSettings(ctx.db)]);
  const termDates = termDatesIn(period, query.term, windows);
  const on = pfsDayOfTerm(termDates, today);
  const candidates = await targetCandidatesInScope(ctx.db, accessScopeOf(ctx.actor), {
    regionId: region.id,
    from: termDates.from,
    to: termDates.to,
  });
  const pfsOf = await pfsOfStudents(ctx.db, candidates, settings, on);
  // Candidates come ordered by student number, the order within the PFS group (S6.8).
  const pfsCandidates = candidates.filter((candidate) => pfsOf.get(candidate.studentId)!.determination.isPfs);
  const served = await studentsEnrolledInRegionTerm(
    ctx.db,
    { regionId: region.id, term: query.term, periodFirst: period.first, periodLast: period.last },
    pfsCandidates.map((c) => c.studentId),
  );
  const rows = pfsCandidates
    .map((candidate): PfsListRow => ({
      studentId: candidate.studentId,
      child: candidate.childId
        ? {
            id: candidate.childId,
            name: childNameOf({
              first_name: candidate.firstName,
              last_surname: candidate.lastSurname,
              second_surname: null,
            })!,
          }
        : null,
      birthDate: candidate.birthDate,
      criteria: pfsOf.get(candidate.studentId)!.determination.criteria,
      served: served.has(candidate.studentId),
    }))
    .filter((row) => !query.notServed || !row.served);
  return {
    region,
    period: period.name,
    term: query.term,
    termDates,
    on,
    eligible: candidates.length,
    pfs: pfsCandidates.length,
    served: served.size,
    servedPercent: pfsServedPercent(served.size, pfsCandidates.length),
    rows,
  };
}
