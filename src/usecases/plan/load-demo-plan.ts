import type { CalendarDate } from '../../core/common/calendar-date';
import type { Actor } from '../../core/people/access-scope';
import { DEMO_PLAN, DEMO_PLAN_NAME, DEMO_PLAN_NOTES } from '../../core/demo/demo-plan';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  insertPlanVersion,
  listAdoptedPlanVersions,
  lockPlanAdoption,
  replacePlanContent,
  supersedePlanVersions,
} from '../../data/repositories/plan.repository';

/**
 * The demo plan, adopted on `adoptedOn` and marked demo, superseding any plan in force (there
 * is none in the empty database the demo loads into); audited as `actor`. Its id.
 */
export async function loadDemoPlan(db: Db, actor: Actor, adoptedOn: CalendarDate): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await lockPlanAdoption(trx);
    const supersede = (await listAdoptedPlanVersions(trx)).map((v) => v.id);
    await supersedePlanVersions(trx, supersede);
    const id = await insertPlanVersion(trx, {
      name: DEMO_PLAN_NAME,
      notes: DEMO_PLAN_NOTES,
      demo: true,
      status: 'adopted',
      adoptedOn,
    });
    await replacePlanContent(trx, id, DEMO_PLAN);
    await recordAudit(trx, actor, {
      action: 'create',
      entityType: 'plan_version',
      entityId: id,
      regionId: null,
      after: { name: DEMO_PLAN_NAME, status: 'adopted', adoptedOn, demo: true, supersedes: supersede },
    });
    return id;
  });
}
