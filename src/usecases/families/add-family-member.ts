import { recordAudit } from '../../data/repositories/audit.repository';
import { insertFamilyMember } from '../../data/repositories/families.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { checkMembers, memberColumns, type FamilyMemberInput } from './family-fields';
import { getFamily } from './get-family';
import { loadFamilyFor } from './load-family';
import type { FamilyRecord } from './present-family';

/** Add a parent, guardian, spouse or worker to a family; audited. */
export async function addFamilyMember(
  ctx: UseCaseContext,
  familyId: string,
  member: FamilyMemberInput,
): Promise<FamilyRecord> {
  requirePermission(ctx, 'family.write');
  checkMembers([member]);
  await ctx.db.transaction().execute(async (trx) => {
    const family = await loadFamilyFor(ctx, trx, familyId, 'addMember');
    const row = await insertFamilyMember(trx, memberColumns(familyId, member));
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'family_member',
      entityId: row.id,
      regionId: family.region_id,
      after: row,
    });
  });
  return getFamily(ctx, familyId);
}
