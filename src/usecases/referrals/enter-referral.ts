import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { canEnterReferral } from '../../core/recruitment/referral.policy';
import {
  validateManualReferral,
  type ManualReferralInput,
  type ReferralSource,
} from '../../core/recruitment/referral';
import { recordAudit } from '../../data/repositories/audit.repository';
import { findDistrictById } from '../../data/repositories/districts.repository';
import { insertNewReferrals } from '../../data/repositories/referrals.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { getReferral } from './get-referral';
import { referralRows } from './referral-rows';
import { ruleSetOfRegion } from './region-rule-sets';

/**
 * A referral typed by hand into a district's queue, from any source but a school contact
 * (those come with the contact that obtained them): matched against the children Ciclo
 * knows, ranked by the region's rules, audited. A child already in the district's queue is a
 * `conflict`, not a second referral.
 */
export async function enterReferral(
  ctx: UseCaseContext,
  input: ManualReferralInput & { districtId: string; source: ReferralSource },
  today: CalendarDate,
) {
  requirePermission(ctx, 'referral.read');
  if (input.source === 'school-contact')
    throw DomainError.invalidField(
      'source',
      'referrals from a school contact are written in the school contact log',
    );
  const facts = validateManualReferral(input, today);
  const district = await findDistrictById(ctx.db, input.districtId);
  if (!district || !canEnterReferral(ctx.actor, { regionId: district.region_id, districtId: district.id }))
    throw DomainError.invalidField('districtId', 'no such district in your region');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { rows } = await referralRows(trx, [facts], {
      regionId: district.region_id,
      districtId: district.id,
      source: input.source,
      importId: null,
      schoolContactId: null,
      enteredBy: ctx.actor.userId,
      ruleSet: await ruleSetOfRegion(trx, district.region_id),
      today,
    });
    const [added] = await insertNewReferrals(trx, rows);
    if (!added)
      throw new DomainError('conflict', 'This child is already in the district’s queue.', [
        { field: 'firstName', message: 'a referral with this name and birth date is already listed' },
      ]);
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'referral',
      entityId: added,
      regionId: district.region_id,
      childId: rows[0]!.matched_child_id,
      after: { ...facts, source: input.source, district: district.name, priority: rows[0]!.priority },
    });
    return added;
  });
  // Just ranked: nothing of the reader's scope needs the day's refresh of a read.
  return getReferral(ctx, id);
}
