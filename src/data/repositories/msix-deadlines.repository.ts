/**
 * What the MSIX deadlines read (docs/rules/msix.md X8): the eligibilities approved COEs gave,
 * what the exports carried, and the regions' holidays.
 */
import { sql } from 'kysely';
import type { CalendarDate } from '../../core/common/calendar-date';
import type { MsixCarriedRecord } from '../../core/exchange/msix-sent';
import type { Db } from '../db';
import { parsedJson, type MsixScope } from './msix-records.repository';

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

export interface MsixCarriedRow extends MsixCarriedRecord {
  /** When the export that carried it was made. */
  exportedAt: Date;
}

/**
 * X8.2, X8.3: what each export carried for the scope's children (a merge's retired children
 * left out), oldest export first.
 * @scopedBy the region the caller authorized (null: the state, for state roles only)
 */
export async function msixCarriedOf(db: Db, scope: MsixScope): Promise<MsixCarriedRow[]> {
  let query = db
    .selectFrom('msix_export_sent as s')
    .innerJoin('msix_exports as x', 'x.id', 's.export_id')
    .innerJoin('children as c', (join) => join.on(sql`c.id::text`, '=', sql.ref('s.child_key')))
    .select(['x.created_at', 's.child_key', 's.enrollments', 's.qualifying_arrival_dates'])
    .where('c.merged_into_id', 'is', null)
    .orderBy('x.created_at')
    .orderBy('x.id');
  if (scope.regionId !== null) query = query.where('c.region_id', '=', scope.regionId);
  const rows = await query.execute();
  return rows.map((row) => ({
    exportedAt: row.created_at,
    childKey: row.child_key,
    enrollments: parsedJson(row.enrollments) as MsixCarriedRecord['enrollments'],
    qualifyingArrivalDates: parsedJson(row.qualifying_arrival_dates) as CalendarDate[],
  }));
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
