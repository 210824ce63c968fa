import { recordAudit } from '../../data/repositories/audit.repository';
import { deleteSchoolContactRowIfVersion } from '../../data/repositories/school-contacts.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { loadEditableSchoolContact, schoolContactEditRefusal } from './load-school-contact';
import { toSchoolContactRecord } from './school-contact-record';

/**
 * Remove an entry at the version read (a `conflict` when someone changed it since, and it
 * stays); the audit log keeps it.
 */
export async function deleteSchoolContact(ctx: UseCaseContext, id: string, version: number): Promise<void> {
  requirePermission(ctx, 'school_contact.write');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadEditableSchoolContact(ctx, trx, id);
    if (!(await deleteSchoolContactRowIfVersion(trx, id, version)))
      throw await schoolContactEditRefusal(trx, id);
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'school_contact',
      entityId: id,
      regionId: before.region_id,
      before: toSchoolContactRecord(before, true),
    });
  });
}
