import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import {
  validateSchoolContactEntry,
  type SchoolContactEntryInput,
} from '../../core/recruitment/school-contact-log';
import { recordAudit } from '../../data/repositories/audit.repository';
import { insertSchoolContact } from '../../data/repositories/school-contacts.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { getSchoolContact } from './get-school-contact';
import { addObtainedReferrals } from './obtained-referrals';
import { schoolToRecordIn } from './load-school-contact';
import type { SchoolContactRecord } from './school-contact-record';
import { schoolContactValuesOf } from './school-contact-values';

/**
 * Record a contact with a school of a region the actor works in, as the actor's own, with the
 * referrals its "obtained referrals" brought (each added to the school's district queue,
 * linked to the contact); all in one transaction, audited.
 */
export async function recordSchoolContact(
  ctx: UseCaseContext,
  input: SchoolContactEntryInput,
  today: CalendarDate,
): Promise<SchoolContactRecord> {
  requirePermission(ctx, 'school_contact.write');
  const userId = ctx.actor.userId;
  if (!userId)
    throw new DomainError('forbidden', 'A school contact is recorded by a signed-in staff member.');
  const facts = validateSchoolContactEntry(input, today);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const school = await schoolToRecordIn(ctx, trx, facts.schoolId);
    const regionId = school.region_id;
    const id = await insertSchoolContact(trx, {
      ...schoolContactValuesOf(facts),
      user_id: userId,
      region_id: regionId,
    });
    const { referrals: _referrals, ...entry } = facts;
    const referralIds = await addObtainedReferrals(ctx, trx, { id, school, facts }, today);
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'school_contact',
      entityId: id,
      regionId,
      after: { ...entry, userId, referralIds },
    });
    return id;
  });
  return getSchoolContact(ctx, id);
}
