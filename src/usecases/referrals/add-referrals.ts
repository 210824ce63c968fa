import type { Actor } from '../../core/people/access-scope';
import { DomainError } from '../../core/common/domain-error';
import type { ReferralFacts } from '../../core/recruitment/referral';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import { insertNewReferrals } from '../../data/repositories/referrals.repository';
import { referralRows, type ReferralOrigin } from './referral-rows';
import { ruleSetOfRegion } from './region-rule-sets';

/**
 * Add referrals typed by a person (by hand, or under a school contact's "obtained referrals")
 * to a district's queue inside the caller's transaction: each matched against the children
 * Ciclo knows, ranked by the region's rules, and audited. A child already in the district's
 * queue (or twice in `referrals`) is a `conflict` naming `<fieldOf(index)>firstName`, and the
 * caller's transaction writes nothing.
 * @returns the new referrals' ids, in the order given.
 */
export async function addReferralsInTransaction(
  trx: Db,
  actor: Actor,
  referrals: readonly ReferralFacts[],
  origin: Omit<ReferralOrigin, 'ruleSet'> & { districtName: string },
  fieldOf: (index: number) => string,
): Promise<string[]> {
  if (referrals.length === 0) return [];
  const { rows } = await referralRows(trx, referrals, {
    ...origin,
    ruleSet: await ruleSetOfRegion(trx, origin.regionId),
  });
  const ids: string[] = [];
  for (const [index, row] of rows.entries()) {
    // One at a time, so that the child already listed is the one named.
    const [added] = await insertNewReferrals(trx, [row]);
    if (!added)
      throw new DomainError('conflict', 'This child is already in the district’s queue.', [
        {
          field: `${fieldOf(index)}firstName`,
          message: 'a referral with this name and birth date is already listed',
        },
      ]);
    await recordAudit(trx, actor, {
      action: 'create',
      entityType: 'referral',
      entityId: added,
      regionId: origin.regionId,
      childId: row.matched_child_id,
      after: {
        ...referrals[index],
        source: origin.source,
        schoolContactId: origin.schoolContactId,
        district: origin.districtName,
        priority: row.priority,
      },
    });
    ids.push(added);
  }
  return ids;
}
