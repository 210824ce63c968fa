import { accessScopeOf } from '../../core/people/access-scope';
import { listApplicationsInScope } from '../../data/repositories/applications.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { presentApplication, type ApplicationView } from './present-application';

/** The applications in the actor's scope (MN2.4), optionally of one region and program year. */
export async function listApplications(
  ctx: UseCaseContext,
  query: { regionId?: string | undefined; programYear?: string | undefined },
): Promise<{ items: ApplicationView[] }> {
  requirePermission(ctx, 'monitoring.read');
  const rows = await listApplicationsInScope(ctx.db, accessScopeOf(ctx.actor), query);
  return { items: rows.map((row) => presentApplication(row, ctx.actor)) };
}
