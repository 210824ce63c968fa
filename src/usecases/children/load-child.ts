import { childPolicy, type ChildSubject } from '../../core/children/child.policy';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { authorize } from '../../core/people/policy';
import type { Db } from '../../data/db';
import { findChildRow, listEnrollmentsOfChild } from '../../data/repositories/children.repository';
import type { UseCaseContext } from '../context';

const NOT_FOUND = 'No child with that id.';

/**
 * Load a child in the actor's scope with their enrollments, and assert the actor may take
 * `action` on them: `not_found` outside the scope (never revealing that the child exists),
 * `forbidden` for an action their role or region does not allow.
 */
export async function loadChildFor(
  ctx: UseCaseContext,
  db: Db,
  id: string,
  action: 'read' | 'update' | 'delete',
) {
  const scope = accessScopeOf(ctx.actor);
  const child = await findChildRow(db, scope, id);
  if (!child) throw new DomainError('not_found', NOT_FOUND);
  const enrollments = await listEnrollmentsOfChild(db, scope, id);
  const subject: ChildSubject = {
    regionId: child.region_id,
    districtIds: enrollments.map((e) => e.district_id),
  };
  authorize(childPolicy, ctx.actor, action, subject, NOT_FOUND);
  return { child, enrollments, subject };
}
