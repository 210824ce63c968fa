import { DomainError } from '../../core/common/domain-error';
import { isProgramYear } from '../../core/monitoring/application';
import type { EpcTerm } from '../../core/monitoring/epc';
import { epcPolicy } from '../../core/monitoring/epc.policy';
import { accessScopeOf } from '../../core/people/access-scope';
import { authorize } from '../../core/people/policy';
import { findDistrictById } from '../../data/repositories/districts.repository';
import type { Db } from '../../data/db';
import { adoptedPlanStrategies } from '../../data/repositories/applications.repository';
import { ensureEpcRow, findEpcRow, type EpcRow } from '../../data/repositories/epc-verifications.repository';
import { findRegionById } from '../../data/repositories/regions.repository';
import type { UseCaseContext } from '../context';
import type { DocumentOwner } from '../documents/document-owner';

export interface EpcKey {
  regionId: string;
  /** The district subgrantee; null (or absent) for the region's own verification (MN4.1). */
  districtId?: string | null | undefined;
  programYear: string;
  term: EpcTerm;
  strategy: string;
}

const NO_REGION = 'No region with that id.';
const NO_DISTRICT = 'No district of that region with that id.';
const NO_RECORD = 'No EPC verification with that id.';

/** A subgrantee of a request: the region and, for a district's verification, the district. */
export interface EpcSubgrantee {
  id: string;
  name: string;
  districtId: string | null;
  districtName: string | null;
}

/**
 * The subgrantee of a request (MN4.1), checked readable and the action allowed (MN4.5): the
 * region given (or the actor's) and the district given; district staff, who name none, their
 * own district.
 */
export async function authorizeEpcRegion(
  ctx: UseCaseContext,
  db: Db,
  regionId: string | undefined,
  action: 'read' | 'document' | 'verify',
  districtId?: string | null,
): Promise<EpcSubgrantee> {
  const scope = accessScopeOf(ctx.actor);
  const district = districtId ?? (scope.kind === 'district' ? scope.districtId : null);
  if (district !== null) {
    const row = await findDistrictById(db, district);
    const id = regionId ?? row?.region_id;
    const found = row && row.region_id === id ? { regionId: id, districtId: district } : undefined;
    authorize(epcPolicy, ctx.actor, action, found, NO_DISTRICT);
    const region = await findRegionById(db, found!.regionId);
    return { id: found!.regionId, name: region!.name, districtId: district, districtName: row!.name };
  }
  const id = regionId ?? ctx.actor.regionId;
  if (!id) throw DomainError.invalidField('regionId', 'is required');
  const region = await findRegionById(db, id);
  authorize(epcPolicy, ctx.actor, action, region ? { regionId: id, districtId: null } : undefined, NO_REGION);
  return { id, name: region!.name, districtId: null, districtName: null };
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
  const subgrantee = await authorizeEpcRegion(ctx, trx, key.regionId, action, key.districtId);
  if (!isProgramYear(key.programYear))
    throw DomainError.invalidField('programYear', 'is not a program year such as 2026-27');
  if (!(await epcStrategies(trx)).some((s) => s.number === key.strategy))
    throw DomainError.invalidField('strategy', 'is not a strategy of the plan that an EPC verifies');
  return ensureEpcRow(trx, { ...key, regionId: subgrantee.id, districtId: subgrantee.districtId });
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
  authorize(epcPolicy, ctx.actor, 'read', { regionId: row.regionId, districtId: row.districtId }, NO_RECORD);
  return row;
}

/** The row as the owner of its stored documents (MN1.2). */
export function epcDocumentOwner(row: EpcRow): DocumentOwner {
  return {
    ownerType: 'epc_verification',
    ownerId: row.id,
    organizationId: row.districtId ?? row.regionId,
    regionId: row.regionId,
  };
}

export function staleEpc(): DomainError {
  return new DomainError('conflict', 'Someone changed this verification since you opened it; reload it.', [
    { field: 'version', message: 'is not the current version' },
  ]);
}
