import { DomainError } from '../../core/common/domain-error';
import { isProgramYear } from '../../core/monitoring/application';
import type { EpcTerm } from '../../core/monitoring/epc';
import { epcPolicy } from '../../core/monitoring/epc.policy';
import { authorize } from '../../core/people/policy';
import type { Db } from '../../data/db';
import { adoptedPlanStrategies } from '../../data/repositories/applications.repository';
import { ensureEpcRow, findEpcRow, type EpcRow } from '../../data/repositories/epc-verifications.repository';
import { findRegionById } from '../../data/repositories/regions.repository';
import type { UseCaseContext } from '../context';
import type { DocumentOwner } from '../documents/document-owner';

export interface EpcKey {
  regionId: string;
  programYear: string;
  term: EpcTerm;
  strategy: string;
}

const NO_REGION = 'No region with that id.';
const NO_RECORD = 'No EPC verification with that id.';

/** The region of a request, checked readable and the action allowed (MN4.5). */
export async function authorizeEpcRegion(
  ctx: UseCaseContext,
  db: Db,
  regionId: string | undefined,
  action: 'read' | 'document' | 'verify',
): Promise<{ id: string; name: string }> {
  const id = regionId ?? ctx.actor.regionId;
  if (!id) throw DomainError.invalidField('regionId', 'is required');
  const region = await findRegionById(db, id);
  authorize(epcPolicy, ctx.actor, action, region ? { regionId: id } : undefined, NO_REGION);
  return { id, name: region!.name };
}

/** The EPC-verified strategies of the adopted plan, in its order (MN4.1). */
export async function epcStrategies(db: Db) {
  return (await adoptedPlanStrategies(db)).filter((s) => s.epcVerified);
}

/**
 * The verification row of a strategy, made if needed, after checking the actor may take
 * `action` (MN4.5); `created` says this call made it.
 */
export async function ensureEpcFor(
  ctx: UseCaseContext,
  trx: Db,
  key: EpcKey,
  action: 'document' | 'verify',
): Promise<{ row: EpcRow; created: boolean }> {
  await authorizeEpcRegion(ctx, trx, key.regionId, action);
  if (!isProgramYear(key.programYear))
    throw DomainError.invalidField('programYear', 'is not a program year such as 2026-27');
  if (!(await epcStrategies(trx)).some((s) => s.number === key.strategy))
    throw DomainError.invalidField('strategy', 'is not a strategy of the plan that an EPC verifies');
  return ensureEpcRow(trx, key);
}

/**
 * The version a save of the row must find (MN4.3): the one the client read, or, when it read no
 * record yet (null), the row this save just made; a row someone else made since is a conflict.
 */
export function expectedEpcVersion(ensured: { row: EpcRow; created: boolean }, read: number | null): number {
  if (read !== null) return read;
  if (ensured.created) return ensured.row.version;
  throw staleEpc();
}

/** A verification row the actor may read, by id. */
export async function loadEpcFor(ctx: UseCaseContext, db: Db, id: string): Promise<EpcRow> {
  const row = await findEpcRow(db, id);
  if (!row) throw new DomainError('not_found', NO_RECORD);
  authorize(epcPolicy, ctx.actor, 'read', { regionId: row.regionId }, NO_RECORD);
  return row;
}

/** The row as the owner of its stored documents (MN1.2). */
export function epcDocumentOwner(row: EpcRow): DocumentOwner {
  return {
    ownerType: 'epc_verification',
    ownerId: row.id,
    organizationId: row.regionId,
    regionId: row.regionId,
  };
}

export function staleEpc(): DomainError {
  return new DomainError('conflict', 'Someone changed this verification since you opened it; reload it.', [
    { field: 'version', message: 'is not the current version' },
  ]);
}
