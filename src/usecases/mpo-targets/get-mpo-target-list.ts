import { accessScopeOf } from '../../core/people/access-scope';
import { DomainError } from '../../core/common/domain-error';
import { parsePeriod } from '../../core/recruitment/performance-period';
import type { Mpo, MpoPopulation, ServiceTerm } from '../../core/services/service-records';
import { servicePolicy } from '../../core/services/service.policy';
import { enrollmentReasonFor, targetList, type TargetReason } from '../../core/services/target-list';
import { termDatesIn, type TermDates } from '../../core/services/target-list-terms';
import { assessmentResultsOfStudents } from '../../data/repositories/assessment-results.repository';
import {
  alignedServicesOfRegion,
  enrollmentsInServices,
  targetCandidatesInScope,
} from '../../data/repositories/mpo-target-lists.repository';
import { findAdoptedPlan } from '../../data/repositories/plan-mpos.repository';
import type { RegionRow } from '../../data/repositories/regions.repository';
import { requirePermission, type UseCaseContext } from '../context';
import type { CalendarDate } from '../../core/common/calendar-date';
import { pfsDayOfTerm, type ServiceOrderGroup } from '../../core/services/priority-for-services';
import { todayInState } from '../clock';
import { pfsOfStudents } from '../pfs/pfs-of-students';
import { statePfsSettings } from '../pfs/state-pfs-settings';
import { regionInReach } from './region-in-reach';
import { stateTermWindows } from './state-term-windows';

export interface TargetListQuery {
  /** `2024-25` */
  period: string;
  term: ServiceTerm;
  regionId: string;
  /** The MPO's number in the plan in force (`1.0`); the plan's first MPO when not given. */
  mpo?: string | undefined;
  /** Only the children not enrolled yet (the counts stay those of the whole list). */
  notEnrolled?: boolean | undefined;
}

export interface TargetListRowReply {
  studentId: string;
  /** Ciclo's child with this student number; null for a student known only from imported history. */
  child: { id: string; name: string } | null;
  birthDate: string;
  reason: TargetReason;
  enrolled: boolean;
  /** The child's group in the order of service (`pfs`: Priority for Services), S6.8. */
  group: ServiceOrderGroup;
  /** The aligned services of the term the child is enrolled in (ids). */
  serviceIds: string[];
}

export interface TargetListReply {
  region: RegionRow;
  period: string;
  term: ServiceTerm;
  termDates: TermDates;
  /** The day the order of service is determined on (S6.7). */
  orderOn: CalendarDate;
  mpo: { number: string; area: string; population: MpoPopulation };
  /** Every MPO of the plan in force, for choosing another list. */
  mpos: Array<{ number: string; area: string; population: MpoPopulation }>;
  /** The reason an enrollment made from this list records. */
  enrollmentReason: ReturnType<typeof enrollmentReasonFor>;
  /** The region's services of the term and period aligned to the MPO, and whether the actor may enroll in each. */
  services: Array<{
    id: string;
    code: string;
    name: string;
    startDate: string;
    endDate: string;
    canEnroll: boolean;
  }>;
  total: number;
  enrolled: number;
  rows: TargetListRowReply[];
}

const mpoSummary = (mpo: Mpo) => ({ number: mpo.number, area: mpo.area, population: mpo.population });

/**
 * An MPO target list (seed 000, "MSIN SSDP MPO Reports"): for a region, a performance period
 * and a term, the children eligible during the term who are in the MPO's population, each
 * marked enrolled or not in an aligned service of the region, with those services to enroll in.
 */
export async function getMpoTargetList(
  ctx: UseCaseContext,
  query: TargetListQuery,
  today: CalendarDate = todayInState(),
): Promise<TargetListReply> {
  requirePermission(ctx, 'service.read');
  const period = parsePeriod(query.period, 'period');
  const region = await regionInReach(ctx, query.regionId);
  const plan = await findAdoptedPlan(ctx.db);
  if (!plan) throw DomainError.invalidField('mpo', 'no Service Delivery Plan is adopted yet');
  const mpo = query.mpo === undefined ? plan.mpos[0] : plan.mpos.find((m) => m.number === query.mpo);
  if (!mpo)
    throw DomainError.invalidField(
      'mpo',
      `is not an MPO of the plan in force (${plan.mpos.map((m) => m.number).join(', ')})`,
    );
  const [windows, pfsSettings] = await Promise.all([stateTermWindows(ctx.db), statePfsSettings(ctx.db)]);
  const termDates = termDatesIn(period, query.term, windows);
  const orderOn = pfsDayOfTerm(termDates, today);

  const candidates = await targetCandidatesInScope(ctx.db, accessScopeOf(ctx.actor), {
    regionId: region.id,
    from: termDates.from,
    to: termDates.to,
  });
  const studentIds = candidates.map((c) => c.studentId);
  const [assessments, services] = await Promise.all([
    assessmentResultsOfStudents(ctx.db, studentIds),
    alignedServicesOfRegion(ctx.db, {
      regionId: region.id,
      term: query.term,
      periodFirst: period.first,
      periodLast: period.last,
      mpo: mpo.number,
    }),
  ]);
  const enrollments = await enrollmentsInServices(
    ctx.db,
    services.map((s) => s.id),
    studentIds,
  );
  const pfsOf = await pfsOfStudents(ctx.db, candidates, pfsSettings, orderOn, assessments);
  const list = targetList({
    mpo,
    term: termDates,
    candidates,
    assessments,
    enrolledStudentIds: new Set(enrollments.keys()),
    serviceOrder: new Map([...pfsOf].map(([studentId, pfs]) => [studentId, pfs.group])),
  });
  const candidateOf = new Map(candidates.map((c) => [c.studentId, c]));
  const rows = list.rows
    .filter((row) => !query.notEnrolled || !row.enrolled)
    .map((row): TargetListRowReply => {
      const candidate = candidateOf.get(row.studentId)!;
      return {
        studentId: row.studentId,
        child: candidate.childId
          ? {
              id: candidate.childId,
              name: `${candidate.firstName ?? ''} ${candidate.lastSurname ?? ''}`.trim(),
            }
          : null,
        birthDate: candidate.birthDate,
        reason: row.reason,
        enrolled: row.enrolled,
        group: row.group,
        serviceIds: enrollments.get(row.studentId) ?? [],
      };
    });
  return {
    region,
    period: period.name,
    term: query.term,
    termDates,
    orderOn,
    mpo: mpoSummary(mpo),
    mpos: plan.mpos.map(mpoSummary),
    enrollmentReason: enrollmentReasonFor(mpo),
    services: services.map((s) => ({
      id: s.id,
      code: s.code,
      name: s.name,
      startDate: s.start_date,
      endDate: s.end_date,
      canEnroll: servicePolicy.can(ctx.actor, 'record', { regionId: region.id, districtId: s.district_id }),
    })),
    total: list.rows.length,
    enrolled: list.enrolled,
    rows,
  };
}
