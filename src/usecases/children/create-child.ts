import { validateChildFacts, type ChildFacts } from '../../core/children/child-rules';
import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf, canWriteInRegion } from '../../core/people/access-scope';
import { findFamilyInScope } from '../../data/repositories/families.repository';
import { findRegionById } from '../../data/repositories/regions.repository';
import { requirePermission, type UseCaseContext } from '../context';
import type { ChildRecord } from './child-record';
import { createChildRecord } from './create-child-record';
import { getChild } from './get-child';

export interface CreateChildOptions extends ChildFacts {
  regionId: string;
  familyId: string | null;
}

/** Create a child in a region the actor works in; audited. Returns the new child. */
export async function createChild(
  ctx: UseCaseContext,
  options: CreateChildOptions,
  today: CalendarDate,
): Promise<ChildRecord> {
  requirePermission(ctx, 'child.write');
  const { regionId, familyId, ...entered } = options;
  const facts = validateChildFacts(entered, today);
  if (!canWriteInRegion(ctx.actor, regionId))
    throw DomainError.invalidField('regionId', 'is not a region you work in');
  const id = await ctx.db.transaction().execute(async (trx) => {
    if (!(await findRegionById(trx, regionId))) throw DomainError.invalidField('regionId', 'no such region');
    if (
      familyId &&
      (await findFamilyInScope(trx, accessScopeOf(ctx.actor), familyId))?.region_id !== regionId
    )
      throw DomainError.invalidField('familyId', 'no such family in this region');
    const row = await createChildRecord(trx, ctx.actor, { facts, regionId, familyId });
    return row.id;
  });
  return getChild(ctx, id);
}
