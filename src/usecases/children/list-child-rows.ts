import { accessScopeOf } from '../../core/people/access-scope';
import {
  findChildEvenMerged,
  rowsReferencingChild,
  type ChildReferenceRow,
} from '../../data/repositories/child-identities.repository';
import { DomainError } from '../../core/common/domain-error';
import type { UseCaseContext } from '../context';
import { requirePermission } from '../context';
import { assertMayReconcile } from '../../core/children/reconciliation';
import { NO_CHILD } from './reconciliation-common';

/** Every record that names a child, table by table: what a split may move (IR5.6). */
export async function listChildRows(
  ctx: UseCaseContext,
  childId: string,
): Promise<{ version: number; items: ChildReferenceRow[] }> {
  requirePermission(ctx, 'child.reconcile');
  const child = await findChildEvenMerged(ctx.db, accessScopeOf(ctx.actor), childId);
  if (!child) throw new DomainError('not_found', NO_CHILD);
  assertMayReconcile(ctx.actor, [child.region_id]);
  return { version: child.version, items: await rowsReferencingChild(ctx.db, child) };
}
