import { DomainError } from '../../core/common/domain-error';
import { familyPolicy } from '../../core/families/family.policy';
import { accessScopeOf } from '../../core/people/access-scope';
import { recordAudit } from '../../data/repositories/audit.repository';
import { findDistrictById } from '../../data/repositories/districts.repository';
import { insertFamily, insertFamilyMember } from '../../data/repositories/families.repository';
import { findBySubmissionKey } from '../../data/repositories/submission-keys.repository';
import { requirePermission, type UseCaseContext } from '../context';
import {
  checkMembers,
  familyColumns,
  memberColumns,
  type FamilyFields,
  type FamilyMemberInput,
} from './family-fields';
import { getFamily } from './get-family';
import type { FamilyRecord } from './present-family';

/**
 * Create a family with its members in a region the actor works in, recorded for a district of
 * it when one is given (a district recruiter's family is recorded for their own district, by
 * default: DR1.5); the family and each member audited.
 */
export async function createFamily(
  ctx: UseCaseContext,
  options: FamilyFields & {
    regionId: string;
    districtId?: string | null | undefined;
    members: FamilyMemberInput[];
    submissionKey?: string | null;
  },
): Promise<FamilyRecord> {
  requirePermission(ctx, 'family.write');
  if (!options.familyName.trim()) throw DomainError.invalidField('familyName', 'must not be empty');
  const scope = accessScopeOf(ctx.actor);
  const districtId = options.districtId ?? (scope.kind === 'district' ? scope.districtId : null);
  if (districtId !== null) {
    const district = await findDistrictById(ctx.db, districtId);
    if (!district || district.region_id !== options.regionId)
      throw DomainError.invalidField('districtId', 'is not a district of the family’s region');
  }
  if (!familyPolicy.can(ctx.actor, 'create', { regionId: options.regionId, districtId, districtIds: [] }))
    throw scope.kind === 'district'
      ? DomainError.invalidField('districtId', 'is not the district you work for')
      : DomainError.invalidField('regionId', 'is not a region you work in');
  checkMembers(options.members);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const key = options.submissionKey ?? null;
    // ID7.3: made before for this key (its reply was lost): the same family again
    const made = key === null ? undefined : await findBySubmissionKey(trx, 'families', key);
    if (made) return made;
    const family = await insertFamily(trx, {
      ...familyColumns(options),
      region_id: options.regionId,
      district_id: districtId,
      submission_key: key,
    });
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'family',
      entityId: family.id,
      regionId: family.region_id,
      after: family,
    });
    for (const member of options.members) {
      const row = await insertFamilyMember(trx, memberColumns(family.id, member));
      await recordAudit(trx, ctx.actor, {
        action: 'create',
        entityType: 'family_member',
        entityId: row.id,
        regionId: family.region_id,
        after: row,
      });
    }
    return family.id;
  });
  return getFamily(ctx, id);
}
