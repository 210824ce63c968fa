import { proposeMatches, type MatchProposal } from '../../core/children/reconciliation';
import { accessScopeOf } from '../../core/people/access-scope';
import {
  coesOfChildren,
  dismissedPairs,
  enrollmentsOfChildren,
  findChildrenEvenMerged,
  reconcilableChildrenInScope,
} from '../../data/repositories/child-identities.repository';
import type { UseCaseContext } from '../context';
import { requirePermission } from '../context';
import { childMatchSettings } from './child-match-settings';

/** A child as the queue shows it beside the other (IR5.7). */
export interface ChildSideBySide {
  id: string;
  version: number;
  regionId: string;
  regionNumber: number;
  studentNumber: string;
  statewideStudentId: string | null;
  msixId: string | null;
  historyStudentId: string | null;
  firstName: string;
  middleName: string | null;
  lastSurname: string;
  secondSurname: string | null;
  birthDate: string;
  sex: string;
  familyId: string | null;
  enrollments: {
    districtName: string;
    schoolName: string | null;
    enrollmentDate: string;
    exitDate: string | null;
  }[];
  coes: { coeId: string; status: string; interviewDate: string; qad: string | null; eligible: boolean }[];
}

export interface ChildMatchProposalRecord extends Omit<MatchProposal, 'firstId' | 'secondId'> {
  first: ChildSideBySide;
  second: ChildSideBySide;
}

/**
 * The reconciliation queue (IR5.7): pairs of children of the actor's scope likely to be one
 * child, certain ones first, each with both children side by side (identifiers, COEs,
 * enrollments); a page of them and how many in all. Region staff see pairs within their
 * region; pairs across regions are the state administrator's.
 */
export async function listChildMatchProposals(
  ctx: UseCaseContext,
  query: { regionId?: string | undefined; childId?: string | undefined; limit: number; offset: number },
): Promise<{ items: ChildMatchProposalRecord[]; total: number; threshold: number }> {
  requirePermission(ctx, 'child.reconcile');
  const scope = accessScopeOf(ctx.actor);
  const [rows, dismissed, settings] = await Promise.all([
    reconcilableChildrenInScope(ctx.db, scope),
    dismissedPairs(ctx.db),
    childMatchSettings(ctx.db),
  ]);
  const children = rows.map((row) => ({
    id: row.id,
    regionId: row.region_id,
    studentNumber: row.student_number,
    statewideStudentId: row.statewide_student_id,
    msixId: row.msix_id,
    historyStudentId: row.history_student_id,
    firstName: row.first_name,
    lastSurname: row.last_surname,
    secondSurname: row.second_surname,
    birthDate: row.birth_date,
  }));
  let proposals = proposeMatches(children, { threshold: settings.threshold, dismissed });
  if (query.regionId) {
    const regionOf = new Map(children.map((c) => [c.id, c.regionId]));
    proposals = proposals.filter(
      (p) => regionOf.get(p.firstId) === query.regionId || regionOf.get(p.secondId) === query.regionId,
    );
  }
  if (query.childId)
    proposals = proposals.filter((p) => p.firstId === query.childId || p.secondId === query.childId);
  const page = proposals.slice(query.offset, query.offset + query.limit);
  const ids = [...new Set(page.flatMap((p) => [p.firstId, p.secondId]))];
  const [details, enrollments, coes] = await Promise.all([
    findChildrenEvenMerged(ctx.db, scope, ids),
    enrollmentsOfChildren(ctx.db, ids),
    coesOfChildren(ctx.db, ids),
  ]);
  const sideOf = (id: string): ChildSideBySide => {
    const row = details.find((d) => d.id === id)!;
    return {
      id: row.id,
      version: row.version,
      regionId: row.region_id,
      regionNumber: row.region_number,
      studentNumber: row.student_number,
      statewideStudentId: row.statewide_student_id,
      msixId: row.msix_id,
      historyStudentId: row.history_student_id,
      firstName: row.first_name,
      middleName: row.middle_name,
      lastSurname: row.last_surname,
      secondSurname: row.second_surname,
      birthDate: row.birth_date,
      sex: row.sex,
      familyId: row.family_id,
      enrollments: enrollments
        .filter((e) => e.child_id === id)
        .map((e) => ({
          districtName: e.district_name,
          schoolName: e.school_name,
          enrollmentDate: e.enrollment_date,
          exitDate: e.exit_date,
        })),
      coes: coes
        .filter((c) => c.child_id === id)
        .map((c) => ({
          coeId: c.coe_id,
          status: c.status,
          interviewDate: c.interview_date,
          qad: c.qad,
          eligible: c.eligible,
        })),
    };
  };
  return {
    items: page.map(({ firstId, secondId, ...proposal }) => ({
      ...proposal,
      first: sideOf(firstId),
      second: sideOf(secondId),
    })),
    total: proposals.length,
    threshold: settings.threshold,
  };
}
