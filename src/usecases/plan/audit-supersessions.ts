import type { Actor } from '../../core/people/access-scope';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';

/** One audit event for each version an adoption superseded, naming the version adopted. */
export async function auditSupersessions(
  trx: Db,
  actor: Actor,
  superseded: readonly string[],
  adoptedId: string,
): Promise<void> {
  for (const id of superseded)
    await recordAudit(trx, actor, {
      action: 'update',
      entityType: 'plan_version',
      entityId: id,
      regionId: null,
      before: { status: 'adopted' },
      after: { status: 'superseded', supersededBy: adoptedId },
    });
}
