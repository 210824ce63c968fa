import { recordAudit } from '../../data/repositories/audit.repository';
import { deleteChildRow } from '../../data/repositories/children.repository';
import type { UseCaseContext } from '../context';
import { auditedChild } from './child-row';
import { loadChildFor } from './load-child';

/** Delete a child and their enrollments; audited with the record as it was. */
export async function deleteChild(ctx: UseCaseContext, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const { child, enrollments } = await loadChildFor(ctx, trx, id, 'delete');
    await deleteChildRow(trx, id);
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'child',
      entityId: id,
      regionId: child.region_id,
      childId: id,
      before: {
        ...auditedChild(child),
        enrollments: enrollments.map(({ district_name: _d, school_name: _s, ...e }) => e),
      },
    });
  });
}
