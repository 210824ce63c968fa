/**
 * EPC verifications of SSDP strategies (docs/rules/monitoring.md MN4): one row per subgrantee
 * (the region, or one of its districts), program year, term and strategy. Not children's records.
 */
import { sql } from 'kysely';
import type { EpcChecklistItem, EpcLink, EpcStatus, EpcTerm } from '../../core/monitoring/epc';
import type { Db } from '../db';

export interface EpcRow {
  id: string;
  regionId: string;
  /** The district subgrantee; null for the region's own verification (MN4.1). */
  districtId: string | null;
  programYear: string;
  term: EpcTerm;
  strategy: string;
  links: EpcLink[];
  status: EpcStatus;
  checklist: EpcChecklistItem[];
  verifiedOn: string | null;
  comment: string;
  verifiedBy: string | null;
  version: number;
}

const COLUMNS = [
  'id',
  'region_id as regionId',
  'district_id as districtId',
  'program_year as programYear',
  'term',
  'strategy',
  'links',
  'status',
  'checklist',
  'verified_on as verifiedOn',
  'comment',
  'verified_by as verifiedBy',
  'version',
] as const;

/** The verification rows of a subgrantee's year and term: the region's own (districtId null) or a district's. */
export async function listEpcRows(
  db: Db,
  key: { regionId: string; districtId: string | null; programYear: string; term: EpcTerm },
): Promise<EpcRow[]> {
  return db
    .selectFrom('epc_verifications')
    .select(COLUMNS)
    .where('region_id', '=', key.regionId)
    .where('district_id', key.districtId === null ? 'is' : '=', key.districtId)
    .where('program_year', '=', key.programYear)
    .where('term', '=', key.term)
    .$castTo<EpcRow>()
    .execute();
}

/** One verification row, or undefined. The caller authorizes against its region. */
export async function findEpcRow(db: Db, id: string): Promise<EpcRow | undefined> {
  return db.selectFrom('epc_verifications').select(COLUMNS).where('id', '=', id).$castTo<EpcRow>().executeTakeFirst();
}

/** The row of a region's strategy for a year and term, made if there is none yet, and whether this call made it. */
export async function ensureEpcRow(
  trx: Db,
  key: { regionId: string; districtId: string | null; programYear: string; term: EpcTerm; strategy: string },
): Promise<{ row: EpcRow; created: boolean }> {
  const inserted = await trx
    .insertInto('epc_verifications')
    .values({
      region_id: key.regionId,
      district_id: key.districtId,
      program_year: key.programYear,
      term: key.term,
      strategy: key.strategy,
      links: '[]',
    })
    .onConflict((oc) => oc.constraint('epc_verifications_subgrantee_key').doNothing())
    .returning(COLUMNS)
    .$castTo<EpcRow>()
    .executeTakeFirst();
  if (inserted) return { row: inserted, created: true };
  const row = await trx
    .selectFrom('epc_verifications')
    .select(COLUMNS)
    .where('region_id', '=', key.regionId)
    .where('district_id', key.districtId === null ? 'is' : '=', key.districtId)
    .where('program_year', '=', key.programYear)
    .where('term', '=', key.term)
    .where('strategy', '=', key.strategy)
    .$castTo<EpcRow>()
    .executeTakeFirstOrThrow();
  return { row, created: false };
}

/** Change a verification row if it is still at `version`; answers whether it was. */
export async function updateEpcRowIfVersion(
  trx: Db,
  id: string,
  version: number,
  values: {
    links?: EpcLink[];
    status?: EpcStatus;
    checklist?: EpcChecklistItem[];
    verifiedOn?: string | null;
    comment?: string;
    verifiedBy?: string | null;
  },
): Promise<boolean> {
  const result = await trx
    .updateTable('epc_verifications')
    .set({
      ...(values.links === undefined ? {} : { links: JSON.stringify(values.links) }),
      ...(values.status === undefined ? {} : { status: values.status }),
      ...(values.checklist === undefined ? {} : { checklist: values.checklist }),
      ...(values.verifiedOn === undefined ? {} : { verified_on: values.verifiedOn }),
      ...(values.comment === undefined ? {} : { comment: values.comment }),
      ...(values.verifiedBy === undefined ? {} : { verified_by: values.verifiedBy }),
      version: sql<number>`version + 1`,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Each region's own verification statuses of a year and term (regions given; the caller scopes them). */
export async function epcStatusesOfRegions(
  db: Db,
  regionIds: readonly string[],
  key: { programYear: string; term: EpcTerm },
): Promise<{ regionId: string; strategy: string; status: EpcStatus }[]> {
  if (regionIds.length === 0) return [];
  return db
    .selectFrom('epc_verifications')
    .select(['region_id as regionId', 'strategy', 'status'])
    .where('region_id', 'in', regionIds)
    .where('district_id', 'is', null)
    .where('program_year', '=', key.programYear)
    .where('term', '=', key.term)
    .execute();
}

/** The districts' verification statuses of a year and term, in the regions given (the caller scopes them). */
export async function epcStatusesOfDistricts(
  db: Db,
  regionIds: readonly string[],
  key: { programYear: string; term: EpcTerm },
): Promise<{ districtId: string; strategy: string; status: EpcStatus }[]> {
  if (regionIds.length === 0) return [];
  return db
    .selectFrom('epc_verifications')
    .select(['district_id as districtId', 'strategy', 'status'])
    .where('region_id', 'in', regionIds)
    .where('district_id', 'is not', null)
    .where('program_year', '=', key.programYear)
    .where('term', '=', key.term)
    .$narrowType<{ districtId: string }>()
    .execute();
}
