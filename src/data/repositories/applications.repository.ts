/**
 * A region's applications (docs/rules/monitoring.md MN2): the regional application and the
 * districts' DSAs and MOUs of a program year, with their lines.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { ApplicationLine, ApplicationStatus } from '../../core/monitoring/application';
import type { AccessScope } from '../../core/people/access-scope';
import type { ApplicationKind } from '../../core/services/service-records';
import type { Db } from '../db';
import type { Database } from '../tables';

export interface ApplicationRow {
  id: string;
  regionId: string;
  regionName: string;
  districtId: string | null;
  districtName: string | null;
  kind: ApplicationKind;
  programYear: string;
  status: ApplicationStatus;
  revision: number;
  lines: ApplicationLine[];
  version: number;
  updatedAt: Date;
}

/** Applications an access scope reaches: district staff only their district's agreements. */
export function applicationsInScope(
  eb: ExpressionBuilder<Database, 'applications'>,
  scope: AccessScope,
): Expression<SqlBool> {
  switch (scope.kind) {
    case 'state':
      return sql<boolean>`true`;
    case 'regions':
      return scope.regionIds.length === 0
        ? sql<boolean>`false`
        : eb('applications.region_id', 'in', [...scope.regionIds]);
    case 'district':
      return eb('applications.district_id', '=', scope.districtId);
  }
}

function applicationRows(db: Db) {
  return db
    .selectFrom('applications')
    .innerJoin('regions', 'regions.id', 'applications.region_id')
    .leftJoin('districts', 'districts.id', 'applications.district_id')
    .select([
      'applications.id',
      'applications.region_id as regionId',
      'regions.name as regionName',
      'applications.district_id as districtId',
      'districts.name as districtName',
      'applications.kind',
      'applications.program_year as programYear',
      'applications.status',
      'applications.revision',
      'applications.lines',
      'applications.version',
      'applications.updated_at as updatedAt',
    ])
    .$castTo<ApplicationRow>();
}

/** Applications in scope, optionally of one region and year: the regional application first, then by district. */
export async function listApplicationsInScope(
  db: Db,
  scope: AccessScope,
  filter: { regionId?: string | undefined; programYear?: string | undefined },
): Promise<ApplicationRow[]> {
  let query = applicationRows(db).where((eb) => applicationsInScope(eb, scope));
  if (filter.regionId) query = query.where('applications.region_id', '=', filter.regionId);
  if (filter.programYear) query = query.where('applications.program_year', '=', filter.programYear);
  return query
    .orderBy('applications.program_year', 'desc')
    .orderBy('regions.name')
    .orderBy(sql`applications.district_id is not null`)
    .orderBy('districts.name')
    .execute();
}

/** One application in scope, or undefined. */
export async function findApplicationInScope(
  db: Db,
  scope: AccessScope,
  id: string,
): Promise<ApplicationRow | undefined> {
  return applicationRows(db)
    .where((eb) => applicationsInScope(eb, scope))
    .where('applications.id', '=', id)
    .executeTakeFirst();
}

/** Whether the region (or the district) already has an application for the year. */
export async function isApplicationTaken(
  db: Db,
  key: { regionId: string; districtId: string | null; programYear: string },
): Promise<boolean> {
  let query = db
    .selectFrom('applications')
    .select('id')
    .where('region_id', '=', key.regionId)
    .where('program_year', '=', key.programYear);
  query = key.districtId === null ? query.where('district_id', 'is', null) : query.where('district_id', '=', key.districtId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertApplication(
  trx: Db,
  values: {
    regionId: string;
    districtId: string | null;
    kind: ApplicationKind;
    programYear: string;
    lines: ApplicationLine[];
  },
): Promise<string> {
  const row = await trx
    .insertInto('applications')
    .values({
      region_id: values.regionId,
      district_id: values.districtId,
      kind: values.kind,
      program_year: values.programYear,
      lines: JSON.stringify(values.lines),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Change an application if it is still at `version`; answers whether it was. */
export async function updateApplicationIfVersion(
  trx: Db,
  id: string,
  version: number,
  values: { kind?: ApplicationKind; lines?: ApplicationLine[]; status?: ApplicationStatus; revision?: number },
): Promise<boolean> {
  const result = await trx
    .updateTable('applications')
    .set({
      ...(values.kind === undefined ? {} : { kind: values.kind }),
      ...(values.lines === undefined ? {} : { lines: JSON.stringify(values.lines) }),
      ...(values.status === undefined ? {} : { status: values.status }),
      ...(values.revision === undefined ? {} : { revision: values.revision }),
      version: sql<number>`version + 1`,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The reimbursable districts of a region, by name. */
export async function listReimbursableDistricts(db: Db, regionId: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('districts')
    .select(['id', 'name'])
    .where('region_id', '=', regionId)
    .where('is_reimbursable', '=', true)
    .orderBy('name')
    .execute();
}

/** The strategies of the adopted plan (the latest adopted), in the plan's order; empty before one is adopted. */
export async function adoptedPlanStrategies(
  db: Db,
): Promise<{ number: string; implementer: 'region' | 'district' | 'either'; textEn: string; textEs: string; epcVerified: boolean }[]> {
  const plan = await db
    .selectFrom('plan_versions')
    .select('id')
    .where('status', '=', 'adopted')
    .orderBy('adopted_on', 'desc')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (!plan) return [];
  return db
    .selectFrom('plan_strategies')
    .select(['number', 'implementer', 'text_en as textEn', 'text_es as textEs', 'epc_verified as epcVerified'])
    .where('plan_version_id', '=', plan.id)
    .orderBy('sort_order')
    .orderBy('number')
    .execute();
}

/**
 * The services an application may fund: the region's (for a DSA or MOU, the district's) that
 * start in the program year, by start date.
 */
export async function fundableServices(
  db: Db,
  key: { regionId: string; districtId: string | null; from: string; to: string },
): Promise<{ id: string; code: string; name: string; startDate: string }[]> {
  let query = db
    .selectFrom('services')
    .select(['id', 'code', 'name', 'start_date as startDate'])
    .where('region_id', '=', key.regionId)
    .where('start_date', '>=', key.from)
    .where('start_date', '<=', key.to);
  query = key.districtId === null ? query.where('district_id', 'is', null) : query.where('district_id', '=', key.districtId);
  return query.orderBy('start_date').orderBy('code').execute();
}
