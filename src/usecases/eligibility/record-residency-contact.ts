import { isCalendarDate, type CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { recordAudit } from '../../data/repositories/audit.repository';
import { insertResidencyContact } from '../../data/repositories/residency-contacts.repository';
import { loadChildFor } from '../children/load-child';
import { requirePermission, type UseCaseContext } from '../context';

/**
 * Record the yearly contact confirming (or not) that a child of the actor's region still
 * resides in it; audited. Readers who may not change the child get `forbidden`.
 */
export async function recordResidencyContact(
  ctx: UseCaseContext,
  childId: string,
  contact: { contactedOn: CalendarDate; stillResides: boolean; notes: string | null },
  today: CalendarDate,
): Promise<void> {
  requirePermission(ctx, 'child.write');
  if (!isCalendarDate(contact.contactedOn) || contact.contactedOn > today)
    throw DomainError.invalidField('contactedOn', 'must be a date written YYYY-MM-DD, not in the future');
  await ctx.db.transaction().execute(async (trx) => {
    const { child } = await loadChildFor(ctx, trx, childId, 'update');
    const row = await insertResidencyContact(trx, {
      child_id: childId,
      contacted_on: contact.contactedOn,
      contacted_by: ctx.actor.userId,
      still_resides: contact.stillResides,
      notes: contact.notes?.trim() || null,
    });
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'residency_contact',
      entityId: row.id,
      regionId: child.region_id,
      childId,
      after: row,
    });
  });
}
