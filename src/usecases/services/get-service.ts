import { stateCodeOn } from '../../core/services/service-code-map';
import { mappingsOfLocalCode } from '../../data/repositories/service-code-map.repository';
import { serviceActivity } from '../../data/repositories/services.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { mappingOfRow } from './code-map-region';
import { loadServiceFor } from './load-service';
import { presentService, type ServiceDetail } from './present-service';

/**
 * One service in the actor's scope, with its enrollment count, attendance summary, and the state
 * code its local code maps to on its (actual or planned) start date in the region's code map.
 */
export async function getService(ctx: UseCaseContext, id: string): Promise<ServiceDetail> {
  requirePermission(ctx, 'service.read');
  const row = await loadServiceFor(ctx, ctx.db, id, 'read');
  const activity = await serviceActivity(ctx.db, id);
  const mappings = (await mappingsOfLocalCode(ctx.db, row.region_id, row.code)).map(mappingOfRow);
  return {
    ...presentService({ ...row, enrolled: activity.enrolled }, ctx.actor),
    mappedStateServiceCode: stateCodeOn(mappings, row.code, row.actual_start_date ?? row.start_date) ?? null,
    activity: { ...activity, hours: Math.round((activity.minutes / 60) * 100) / 100 },
  };
}
