import type { CalendarDate } from '../../core/common/calendar-date';
import type { Actor } from '../../core/people/access-scope';
import { DEMO_PLAN, DEMO_PLAN_NAME, DEMO_PLAN_NOTES } from '../../core/demo/demo-plan';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import { insertAdoptedPlanVersion } from '../../data/repositories/plan.repository';
import { auditSupersessions } from './audit-supersessions';

/**
 * The demo plan, adopted on `adoptedOn` and marked demo, superseding any plan in force (there
 * is none in the empty database the demo loads into); audited as `actor`. Its id.
 */
export async function loadDemoPlan(db: Db, actor: Actor, adoptedOn: CalendarDate): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { id, superseded } = await insertAdoptedPlanVersion(trx, {
      name: DEMO_PLAN_NAME,
      notes: DEMO_PLAN_NOTES,
      demo: true,
      adoptedOn,
      content: DEMO_PLAN,
    });
    await recordAudit(trx, actor, {
      action: 'create',
      entityType: 'plan_version',
      entityId: id,
      regionId: null,
      after: { name: DEMO_PLAN_NAME, status: 'adopted', adoptedOn, demo: true, supersedes: superseded },
    });
    await auditSupersessions(trx, actor, superseded, id);
    return id;
  });
}
