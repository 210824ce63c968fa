import { DomainError } from '../../core/common/domain-error';
import { recordAudit } from '../../data/repositories/audit.repository';
import { setFamilyMemberSex, updateFamilyRowIfVersion } from '../../data/repositories/families.repository';
import type { FamilyMemberSex } from '../../data/tables';
import { requirePermission, type UseCaseContext } from '../context';
import { getFamily } from './get-family';
import { familyEditRefusal, loadFamilyFor } from './load-family';
import type { FamilyRecord } from './present-family';

/**
 * Set or correct the sex of a family member, which says whose names MSIX receives as the male
 * and the female parent (docs/rules/msix.md X7.4), at the family's version read (DR1.6): a
 * `conflict` when someone changed the family since, and nothing changes; audited with before and
 * after.
 */
export async function setMemberSex(
  ctx: UseCaseContext,
  familyId: string,
  memberId: string,
  change: { sex: FamilyMemberSex | null; version: number },
): Promise<FamilyRecord> {
  requirePermission(ctx, 'family.write');
  await ctx.db.transaction().execute(async (trx) => {
    const family = await loadFamilyFor(ctx, trx, familyId, 'update');
    // Raising the family's version first makes two edits read at one version refuse the later.
    if (!(await updateFamilyRowIfVersion(trx, familyId, change.version, {})))
      throw await familyEditRefusal(trx, familyId);
    const member = await setFamilyMemberSex(trx, familyId, memberId, change.sex);
    if (!member) throw new DomainError('not_found', 'No member of this family with that id.');
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'family_member',
      entityId: memberId,
      regionId: family.region_id,
      before: member.before,
      after: member.after,
    });
  });
  return getFamily(ctx, familyId);
}
