import { recordAudit } from '../../data/repositories/audit.repository';
import { deleteSchoolContactRow } from '../../data/repositories/school-contacts.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { loadEditableSchoolContact } from './load-school-contact';
import { toSchoolContactRecord } from './school-contact-record';

/** Remove an entry; the audit log keeps it. */
export async function deleteSchoolContact(ctx: UseCaseContext, id: string): Promise<void> {
  requirePermission(ctx, 'school_contact.write');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadEditableSchoolContact(ctx, trx, id);
    await deleteSchoolContactRow(trx, id);
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'school_contact',
      entityId: id,
      regionId: before.region_id,
      before: toSchoolContactRecord(before, true),
    });
  });
}
