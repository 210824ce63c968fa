import { childPolicy } from '../../core/children/child.policy';
import { mayReconcile } from '../../core/children/reconciliation';
import { accessScopeOf } from '../../core/people/access-scope';
import { findFamilyInScope, listFamilyMembersInScope } from '../../data/repositories/families.repository';
import type { UseCaseContext } from '../context';
import type { ChildRecord } from './child-record';
import { childFactsOfRow } from './child-row';
import { loadChildFor } from './load-child';

/** A child with family and enrollments, if in the actor's scope (`not_found` otherwise). */
export async function getChild(ctx: UseCaseContext, id: string): Promise<ChildRecord> {
  const { child, enrollments, subject } = await loadChildFor(ctx, ctx.db, id, 'read');
  const scope = accessScopeOf(ctx.actor);
  const family = child.family_id ? await findFamilyInScope(ctx.db, scope, child.family_id) : undefined;
  const members = family ? await listFamilyMembersInScope(ctx.db, scope, family.id) : [];
  const abilities = childPolicy.abilitiesOf(ctx.actor, subject);
  return {
    id: child.id,
    studentNumber: child.student_number,
    ...childFactsOfRow(child),
    regionId: child.region_id,
    regionNumber: child.region_number,
    familyId: child.family_id,
    version: child.version,
    family: family
      ? {
          id: family.id,
          familyName: family.family_name,
          phone: family.phone,
          members: members.map((m) => ({
            id: m.id,
            relation: m.relation,
            firstName: m.first_name,
            lastSurname: m.last_surname,
            secondSurname: m.second_surname,
            isQualifyingWorker: m.is_qualifying_worker,
          })),
        }
      : null,
    enrollments: enrollments.map((e) => ({
      id: e.id,
      districtId: e.district_id,
      districtName: e.district_name,
      schoolId: e.school_id,
      schoolName: e.school_name,
      enrollmentDate: e.enrollment_date,
      exitDate: e.exit_date,
      residencyDate: e.residency_date,
      gradeLevel: e.grade_level,
    })),
    abilities: {
      canEdit: abilities.update,
      canDelete: abilities.delete,
      canReconcile: mayReconcile(ctx.actor, [child.region_id]),
    },
  };
}
