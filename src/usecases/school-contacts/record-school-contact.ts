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
import { regionToRecordIn } from './load-school-contact';
import type { SchoolContactRecord } from './school-contact-record';
import { schoolContactValuesOf } from './school-contact-values';

/** Record a contact with a school of a region the actor works in, as the actor's own; audited. */
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
    const regionId = await regionToRecordIn(ctx, trx, facts.schoolId);
    const id = await insertSchoolContact(trx, {
      ...schoolContactValuesOf(facts),
      user_id: userId,
      region_id: regionId,
    });
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'school_contact',
      entityId: id,
      regionId,
      after: { ...facts, userId },
    });
    return id;
  });
  return getSchoolContact(ctx, id);
}
