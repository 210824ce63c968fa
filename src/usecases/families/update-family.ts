import { DomainError } from '../../core/common/domain-error';
import { recordAudit } from '../../data/repositories/audit.repository';
import { updateFamilyRowIfVersion } from '../../data/repositories/families.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { familyColumns, type FamilyFields } from './family-fields';
import { getFamily } from './get-family';
import { familyEditRefusal, loadFamilyFor } from './load-family';
import type { FamilyRecord } from './present-family';

/**
 * Change a family's name or contact details (fields absent keep their value) at the version
 * read (DR1.6): a `conflict` when someone changed it since, and nothing changes; audited with
 * before and after.
 */
export async function updateFamily(
  ctx: UseCaseContext,
  id: string,
  fields: Partial<FamilyFields> & { version: number },
): Promise<FamilyRecord> {
  requirePermission(ctx, 'family.write');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadFamilyFor(ctx, trx, id, 'update');
    const merged: FamilyFields = {
      familyName: fields.familyName ?? before.family_name,
      addressLine: fields.addressLine !== undefined ? fields.addressLine : before.address_line,
      city: fields.city !== undefined ? fields.city : before.city,
      postalCode: fields.postalCode !== undefined ? fields.postalCode : before.postal_code,
      phone: fields.phone !== undefined ? fields.phone : before.phone,
      homeLanguage: fields.homeLanguage !== undefined ? fields.homeLanguage : before.home_language,
    };
    if (!merged.familyName.trim()) throw DomainError.invalidField('familyName', 'must not be empty');
    const after = await updateFamilyRowIfVersion(trx, id, fields.version, familyColumns(merged));
    if (!after) throw await familyEditRefusal(trx, id);
    const { district_ids: _districts, ...beforeRow } = before;
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'family',
      entityId: id,
      regionId: before.region_id,
      before: beforeRow,
      after,
    });
  });
  return getFamily(ctx, id);
}
