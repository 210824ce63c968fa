import { DomainError } from '../../core/common/domain-error';
import {
  checkApplicationContent,
  programYearDates,
  type ApplicationContent,
} from '../../core/monitoring/application';
import { applicationPolicy, type ApplicationAccess } from '../../core/monitoring/application.policy';
import { accessScopeOf } from '../../core/people/access-scope';
import { authorize } from '../../core/people/policy';
import type { Db } from '../../data/db';
import {
  adoptedPlanStrategies,
  findApplicationInScope,
  fundableServices,
  type ApplicationRow,
} from '../../data/repositories/applications.repository';
import type { UseCaseContext } from '../context';

export const NO_APPLICATION = 'No application with that id.';

export function applicationAccessOf(
  row: Pick<ApplicationRow, 'regionId' | 'districtId' | 'kind'>,
): ApplicationAccess {
  return { regionId: row.regionId, districtId: row.districtId, kind: row.kind };
}

/** The application if the actor may take `action` on it (404 out of scope, 403 when only readable). */
export async function loadApplicationFor(
  ctx: UseCaseContext,
  db: Db,
  id: string,
  action: 'read' | 'edit' | 'approve',
): Promise<ApplicationRow> {
  const row = await findApplicationInScope(db, accessScopeOf(ctx.actor), id);
  if (!row) throw new DomainError('not_found', NO_APPLICATION);
  authorize(applicationPolicy, ctx.actor, action, applicationAccessOf(row), NO_APPLICATION);
  return row;
}

/** Check the content against the adopted plan and the services it may fund (MN2.2). */
export async function checkContentAgainstRecords(
  db: Db,
  regionId: string,
  content: ApplicationContent,
): Promise<void> {
  const strategies = await adoptedPlanStrategies(db);
  const services = await fundableServices(db, {
    regionId,
    districtId: content.districtId,
    ...programYearDates(content.programYear),
  });
  checkApplicationContent(content, {
    strategies: new Set(strategies.map((s) => s.number)),
    serviceIds: new Set(services.map((s) => s.id)),
  });
}

export function staleApplication(): DomainError {
  return new DomainError('conflict', 'Someone changed this application since you opened it; reload it.', [
    { field: 'version', message: 'is not the current version' },
  ]);
}
