import { DomainError } from '../../core/common/domain-error';
import type { ApplicationLine } from '../../core/monitoring/application';
import { applicationPolicy } from '../../core/monitoring/application.policy';
import type { ApplicationKind } from '../../core/services/service-records';
import { recordAudit } from '../../data/repositories/audit.repository';
import { insertApplication, isApplicationTaken } from '../../data/repositories/applications.repository';
import { findDistrictById } from '../../data/repositories/districts.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { checkContentAgainstRecords } from './application-record';
import { getApplication, type ApplicationDetail } from './get-application';

export interface CreateApplicationInput {
  /** The region; the actor's own by default (a DSA or MOU: its district's region). */
  regionId?: string | undefined;
  districtId: string | null;
  kind: ApplicationKind;
  programYear: string;
  lines: ApplicationLine[];
}

/**
 * Start a region's regional application, or a district's DSA or MOU, for a program year, as a
 * draft (MN2.1–MN2.4). One per region (or district) and year: a second is a conflict. Audited.
 */
export async function createApplication(
  ctx: UseCaseContext,
  input: CreateApplicationInput,
): Promise<ApplicationDetail> {
  requirePermission(ctx, 'monitoring.manage');
  const id = await ctx.db.transaction().execute(async (trx) => {
    let regionId = input.regionId ?? ctx.actor.regionId;
    if (input.districtId !== null) {
      const district = await findDistrictById(trx, input.districtId);
      if (!district || (input.regionId !== undefined && district.region_id !== input.regionId))
        throw DomainError.invalidField('districtId', 'is not a district of the region');
      regionId = district.region_id;
    }
    if (!regionId) throw DomainError.invalidField('regionId', 'is required');
    const access = { regionId, districtId: input.districtId, kind: input.kind };
    if (!applicationPolicy.can(ctx.actor, 'edit', access))
      throw new DomainError('forbidden', 'You may not write applications of this region or district.');
    const content = {
      kind: input.kind,
      districtId: input.districtId,
      programYear: input.programYear,
      lines: input.lines,
    };
    await checkContentAgainstRecords(trx, regionId, content);
    if (
      await isApplicationTaken(trx, {
        regionId,
        districtId: input.districtId,
        programYear: input.programYear,
      })
    )
      throw new DomainError('conflict', `There is already an application of ${input.programYear} for it.`, [
        { field: 'programYear', message: 'already has an application' },
      ]);
    const id = await insertApplication(trx, { regionId, ...content });
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'application',
      entityId: id,
      regionId,
      after: content,
    });
    return id;
  });
  return getApplication(ctx, id);
}
