/**
 * What the MSIX deadlines read (docs/rules/msix.md X8): the eligibilities approved COEs gave,
 * the exports' files as sent, and the regions' holidays.
 */
import type { Db } from '../db';
import type { MsixScope } from './msix-records.repository';

export interface MsixCoeApprovalRow {
  child_id: string;
  qad: string;
  approved_at: Date;
}

/**
 * X8.1: each eligibility an approved COE gave a child of the scope, with when it was approved.
 * @scopedBy the region the caller authorized (null: the state, for state roles only)
 */
export async function msixCoeApprovalsOf(db: Db, scope: MsixScope): Promise<MsixCoeApprovalRow[]> {
  let query = db
    .selectFrom('child_eligibilities as e')
    .innerJoin('children as c', 'c.id', 'e.child_id')
    .select(['e.child_id', 'e.qad', 'e.approved_at'])
    .where('e.coe_id', 'is not', null)
    .orderBy('e.child_id')
    .orderBy('e.qad');
  if (scope.regionId !== null) query = query.where('c.region_id', '=', scope.regionId);
  return query.execute();
}

export interface MsixExportFileRow {
  created_at: Date;
  file_text: string;
}

/** X8.2, X8.3: every export's file, oldest first. @statewide the exports are the state's */
export async function msixExportFilesInOrder(db: Db): Promise<MsixExportFileRow[]> {
  return db
    .selectFrom('msix_exports')
    .select(['created_at', 'file_text'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** X8.4: the holidays of each region given (region id → its days). @statewide holidays are public */
export async function holidaysOfRegions(
  db: Db,
  regionIds: readonly string[],
): Promise<Map<string, Set<string>>> {
  const result = new Map(regionIds.map((id) => [id, new Set<string>()]));
  if (regionIds.length === 0) return result;
  const rows = await db
    .selectFrom('region_holidays')
    .select(['region_id', 'holiday'])
    .where('region_id', 'in', [...regionIds])
    .execute();
  for (const row of rows) result.get(row.region_id)?.add(row.holiday);
  return result;
}
