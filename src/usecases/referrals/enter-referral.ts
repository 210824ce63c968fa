import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { canEnterReferral } from '../../core/recruitment/referral.policy';
import {
  assertSourceByHand,
  validateManualReferral,
  type ManualReferralInput,
  type ReferralSource,
} from '../../core/recruitment/referral';
import { findDistrictById } from '../../data/repositories/districts.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { addReferralsInTransaction } from './add-referrals';
import { getReferral } from './get-referral';

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
  assertSourceByHand(input.source);
  const facts = validateManualReferral(input, today);
  const district = await findDistrictById(ctx.db, input.districtId);
  if (!district || !canEnterReferral(ctx.actor, { regionId: district.region_id, districtId: district.id }))
    throw DomainError.invalidField('districtId', 'no such district in your region');
  const [id] = await ctx.db.transaction().execute((trx) =>
    addReferralsInTransaction(
      trx,
      ctx.actor,
      [facts],
      {
        regionId: district.region_id,
        districtId: district.id,
        districtName: district.name,
        source: input.source,
        importId: null,
        schoolContactId: null,
        enteredBy: ctx.actor.userId,
        today,
      },
      () => '',
    ),
  );
  if (!id) throw new Error('a referral entered by hand was neither added nor refused');
  // Just ranked: nothing of the reader's scope needs the day's refresh of a read.
  return getReferral(ctx, id);
}
