import type { CalendarDate } from '../../core/common/calendar-date';
import { groupBy } from '../../core/common/group-by';
import { chosenQualifyingMove } from '../../core/eligibility/chosen-qualifying-move';
import {
  edFiFromCiclo,
  edFiMoveOf,
  edFiPfsDay,
  type CicloChildFacts,
  type CicloServiceFacts,
} from '../../core/exchange/ed-fi/ed-fi-from-ciclo';
import type { EdFiExport } from '../../core/exchange/ed-fi/ed-fi-resources';
import { accessScopeOf } from '../../core/people/access-scope';
import { parsePeriod } from '../../core/recruitment/performance-period';
import {
  edFiChildrenInScope,
  edFiEnrollmentsOf,
  edFiSchoolEnrollmentsOf,
  edFiSpansOf,
} from '../../data/repositories/ed-fi.repository';
import { eligibilitiesWithCoesOfChildren } from '../../data/repositories/eligibility-coes.repository';
import type { RegionRow } from '../../data/repositories/regions.repository';
import { todayInState } from '../clock';
import { requirePermission, type UseCaseContext } from '../context';
import { regionInReach } from '../mpo-targets/region-in-reach';
import { pfsOfStudents } from '../pfs/pfs-of-students';
import { statePfsSettings } from '../pfs/state-pfs-settings';
import { reportRegion } from '../services/report-region';

export interface EdFiExportQuery {
  /** `2024-25` */
  period: string;
  /** One region (by id); without it, the state for state roles and the actor's own region. */
  regionId?: string | undefined;
  /** One region (by number), as the CLI names it; `regionId` wins when both are given. */
  regionNumber?: number | undefined;
}

export interface EdFiExportReply {
  period: string;
  /** `state` or `region 5` */
  scope: string;
  /** The day PFS was determined on (E2.5). */
  pfsDay: CalendarDate;
  fileName: string;
  document: EdFiExport;
}

/** E2.1: the state education agency's Ed-Fi id: California's FIPS code, 06. */
export const STATE_EDUCATION_ORGANIZATION_ID = 6;

/**
 * The children of the scope eligible during the period, with all their eligibilities, their PFS
 * and the period's service enrollments, as Ed-Fi resources (docs/rules/ed-fi.md). Those who
 * exchange the state's data with other systems export: a data specialist their region, a state
 * consultant a region of theirs, the state administrator the state or any region (E5.1). Reading, not changing,
 * it is not audited, as the other exports.
 */
export async function exportEdFi(
  ctx: UseCaseContext,
  query: EdFiExportQuery,
  today: CalendarDate = todayInState(),
): Promise<EdFiExportReply> {
  // The exchange's read permission (MSIX's too): data specialists, state consultants, the state's administrators.
  requirePermission(ctx, 'msix.read');
  const period = parsePeriod(query.period, 'period');
  const region: RegionRow | null =
    query.regionId !== undefined
      ? await regionInReach(ctx, query.regionId)
      : await reportRegion(ctx, query.regionNumber);
  const regionId = region?.id ?? null;
  const options = { regionId, first: period.first, last: period.last };
  const children = await edFiChildrenInScope(ctx.db, accessScopeOf(ctx.actor), options);
  const numbers = children.map((c) => c.studentNumber);
  const childIds = children.map((c) => c.id);
  const [eligibilities, enrollments, schoolEnrollments, spans, settings] = await Promise.all([
    eligibilitiesWithCoesOfChildren(ctx.db, childIds),
    edFiEnrollmentsOf(ctx.db, numbers, options),
    edFiSchoolEnrollmentsOf(ctx.db, childIds, options),
    edFiSpansOf(ctx.db, numbers),
    statePfsSettings(ctx.db),
  ]);
  const pfsDay = edFiPfsDay(period, today);
  const pfs = await pfsOfStudents(
    ctx.db,
    children.map((c) => ({
      studentId: c.studentNumber,
      birthDate: c.birthDate,
      spans: spans.get(c.studentNumber) ?? [],
    })),
    settings,
    pfsDay,
  );
  const eligibilitiesOf = groupBy(eligibilities, (e) => e.childId);
  const servicesOf = groupBy(enrollments, (e) => e.studentNumber);
  const schoolsOf = groupBy(schoolEnrollments, (e) => e.childId);
  const facts = children.map((child): CicloChildFacts => ({
    ...child,
    eligibilities: (eligibilitiesOf.get(child.id) ?? []).map((e) => {
      const move = e.coe && chosenQualifyingMove(e.coe);
      return {
        qad: e.qad,
        eligibilityEndDate: e.eligibilityEndDate,
        endReason: e.endReason,
        residencyDate: e.residencyDate,
        qualifyingMove: move ? edFiMoveOf(move) : null,
      };
    }),
    priorityForServices: pfs.get(child.studentNumber)?.determination.isPfs ?? false,
    services: (servicesOf.get(child.studentNumber) ?? []).map((e): CicloServiceFacts => ({
      serviceId: e.serviceId,
      name: e.name,
      term: e.term,
      mpos: e.mpos,
      startDate: e.startDate,
      endDate: e.endDate,
      enrolledOn: e.enrolledOn,
      enrollmentReason: e.reason,
      attendedMinutes: e.attendedMinutes,
    })),
    schoolEnrollments: schoolsOf.get(child.id) ?? [],
  }));
  const document = edFiFromCiclo({
    owner: { stateEducationOrganizationId: STATE_EDUCATION_ORGANIZATION_ID },
    pfsDay,
    children: facts,
  });
  const scope = region === null ? 'state' : `region ${region.number}`;
  return {
    period: period.name,
    scope,
    pfsDay,
    fileName: `ed-fi-${scope.replace(' ', '-')}-${period.name}.json`,
    document,
  };
}
