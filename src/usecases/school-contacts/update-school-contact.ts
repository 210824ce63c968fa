import type { CalendarDate } from '../../core/common/calendar-date';
import {
  validateSchoolContactEntry,
  type SchoolContactEntryInput,
} from '../../core/recruitment/school-contact-log';
import { recordAudit } from '../../data/repositories/audit.repository';
import { updateSchoolContactRowIfVersion } from '../../data/repositories/school-contacts.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { getSchoolContact } from './get-school-contact';
import { addObtainedReferrals } from './obtained-referrals';
import { loadEditableSchoolContact, schoolContactEditRefusal, schoolToRecordIn } from './load-school-contact';
import { toSchoolContactRecord, type SchoolContactRecord } from './school-contact-record';
import { schoolContactValuesOf } from './school-contact-values';

/**
 * Replace an entry's facts (its author stays) at the version read: a `conflict` when someone
 * changed it since, and nothing changes. Referrals sent with it are added to the queue, linked
 * to the contact, beside those it brought before (which stay in the queue); audited with
 * before and after.
 */
export async function updateSchoolContact(
  ctx: UseCaseContext,
  id: string,
  { version, ...input }: SchoolContactEntryInput & { version: number },
  today: CalendarDate,
): Promise<SchoolContactRecord> {
  requirePermission(ctx, 'school_contact.write');
  const facts = validateSchoolContactEntry(input, today);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadEditableSchoolContact(ctx, trx, id);
    const school = await schoolToRecordIn(ctx, trx, facts.schoolId);
    const regionId = school.region_id;
    const values = { ...schoolContactValuesOf(facts), region_id: regionId };
    if (!(await updateSchoolContactRowIfVersion(trx, id, version, values)))
      throw await schoolContactEditRefusal(trx, id);
    const { referrals: _referrals, ...entry } = facts;
    const referralIds = await addObtainedReferrals(ctx, trx, { id, school, facts }, today);
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'school_contact',
      entityId: id,
      regionId,
      before: toSchoolContactRecord(before, true),
      after: { ...entry, userId: before.user_id, referralIds },
    });
  });
  return getSchoolContact(ctx, id);
}
