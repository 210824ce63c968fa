import { accessScopeOf } from '../../core/people/access-scope';
import {
  listFamilyChildrenInScope,
  listFamilyMembersInScope,
} from '../../data/repositories/families.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { loadFamilyFor } from './load-family';
import { presentFamily, type FamilyRecord } from './present-family';

/**
 * A family with its members and the children the actor may read: district staff see only
 * the children enrolled in their district, not their siblings elsewhere.
 */
export async function getFamily(ctx: UseCaseContext, id: string): Promise<FamilyRecord> {
  requirePermission(ctx, 'family.read');
  const family = await loadFamilyFor(ctx, ctx.db, id, 'read');
  const scope = accessScopeOf(ctx.actor);
  const [members, children] = await Promise.all([
    listFamilyMembersInScope(ctx.db, scope, id),
    listFamilyChildrenInScope(ctx.db, scope, id),
  ]);
  return presentFamily(ctx.actor, family, members, children);
}
