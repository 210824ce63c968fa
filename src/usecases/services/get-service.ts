import { serviceActivity } from '../../data/repositories/services.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { loadServiceFor } from './load-service';
import { presentService, type ServiceDetail } from './present-service';

/** One service in the actor's scope, with its enrollment count and attendance summary. */
export async function getService(ctx: UseCaseContext, id: string): Promise<ServiceDetail> {
  requirePermission(ctx, 'service.read');
  const row = await loadServiceFor(ctx, ctx.db, id, 'read');
  const activity = await serviceActivity(ctx.db, id);
  return {
    ...presentService({ ...row, enrolled: activity.enrolled }, ctx.actor),
    activity: { ...activity, hours: Math.round((activity.minutes / 60) * 100) / 100 },
  };
}
