import { DomainError } from '../../core/common/domain-error';
import { findAssistanceRow } from '../../data/repositories/da-assistance.repository';
import { findDecidedLea } from '../../data/repositories/da-determinations.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { ASSISTANCE_NOT_FOUND, authorizeAssistance, countiesServedBy } from './present-assistance';

/** A record of assistance the actor may correct or remove (`action`), as stored; not_found or forbidden otherwise. */
export async function findChangeableAssistance(ctx: UseCaseContext, id: string, action: 'update' | 'delete') {
  requirePermission(ctx, 'da.assist');
  const record = await findAssistanceRow(ctx.db, id);
  if (!record) throw new DomainError('not_found', ASSISTANCE_NOT_FOUND);
  const lea = await findDecidedLea(ctx.db, record.lea_id);
  authorizeAssistance(ctx.actor, action, {
    regionId: record.region_id,
    leaCounty: lea?.county ?? null,
    countiesActorServes: await countiesServedBy(ctx),
  });
  return record;
}

/** A correction or removal made at a version someone else has changed since (409). */
export function staleAssistance(): DomainError {
  return new DomainError(
    'conflict',
    'version: someone else changed this record of assistance since you opened it; reload it',
    [{ field: 'version', message: 'is stale' }],
  );
}
