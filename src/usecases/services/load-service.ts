import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { authorize } from '../../core/people/policy';
import { servicePolicy, type ServiceAccess } from '../../core/services/service.policy';
import type { Db } from '../../data/db';
import { findServiceInScope, type ServiceRow } from '../../data/repositories/services.repository';
import type { UseCaseContext } from '../context';

const NO_SERVICE = 'No service with that id.';

/** A service row as its access policy sees it. */
export function serviceAccessOf(row: Pick<ServiceRow, 'region_id' | 'district_id'>): ServiceAccess {
  return { regionId: row.region_id, districtId: row.district_id };
}

/**
 * The service row if the actor may take `action` on it: `not_found` out of scope (or absent),
 * `forbidden` when they may read it but not do this.
 */
export async function loadServiceFor(
  ctx: UseCaseContext,
  db: Db,
  id: string,
  action: 'read' | 'manage' | 'record',
): Promise<ServiceRow> {
  const row = await findServiceInScope(db, accessScopeOf(ctx.actor), id);
  if (!row) throw new DomainError('not_found', NO_SERVICE);
  authorize(servicePolicy, ctx.actor, action, serviceAccessOf(row), NO_SERVICE);
  return row;
}
