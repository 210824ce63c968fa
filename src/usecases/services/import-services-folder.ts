import { isDeepStrictEqual } from 'node:util';
import { DomainError } from '../../core/common/domain-error';
import { InputProblems, readCsvRecords } from '../../core/common/csv-table';
import { CALIFORNIA_REGIONS } from '../../core/demo/california-regions';
import { accessScopeOf } from '../../core/people/access-scope';
import { planContentOfMpos } from '../../core/services/plan-version';
import { readServicesFolder } from '../../core/services/read-services-folder';
import type { Mpo, ServiceRecords } from '../../core/services/service-records';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import { insertRegions } from '../../data/repositories/organizations.repository';
import { findAdoptedPlan } from '../../data/repositories/plan-mpos.repository';
import { findRegionByNumber } from '../../data/repositories/regions.repository';
import { insertAdoptedPlanVersion } from '../../data/repositories/plan.repository';
import {
  mergeServiceRecords,
  type ServiceRecordChanges,
} from '../../data/repositories/service-records.repository';
import { todayInState } from '../clock';
import { requirePermission, type UseCaseContext } from '../context';
import { auditSupersessions } from '../plan/audit-supersessions';
import { refuseClosedServiceYears } from '../monitoring/data-close-guard';
import { startDatesOfServiceCodes } from '../../data/repositories/data-close.repository';

export interface ServicesImportSummary {
  /** What the folder holds. */
  services: number;
  enrollments: number;
  attendance: number;
  tests: number;
  students: number;
  assessments: number;
  /** The plan version in force after the import, and whether the import adopted it. */
  planVersionId: string;
  planAdopted: boolean;
  /** Region numbers of the state the import created because the database lacked them. */
  regionsCreated: number[];
  /** Rows written or removed, per table: all zero when the database already held the folder. */
  changes: ServiceRecordChanges;
}

/**
 * The region id of every region number of services.csv. A number the database lacks is
 * created when it is one of the state's regions; any other refuses the folder, naming the
 * line and column of services.csv where it first appears.
 */
async function regionIdsOf(
  trx: Db,
  records: ServiceRecords,
  servicesCsv: string,
): Promise<{ ids: Map<number, string>; created: number[] }> {
  const numbers = [...new Set(records.services.map((s) => s.region))];
  const ids = new Map<number, string>();
  for (const number of numbers) {
    const region = await findRegionByNumber(trx, number);
    if (region) ids.set(number, region.id);
  }
  const missing = numbers.filter((n) => !ids.has(n));
  const unknown = missing.filter((n) => !CALIFORNIA_REGIONS.some((r) => r.number === n));
  if (unknown.length > 0) refuseUnknownRegion(servicesCsv, new Set(unknown));
  const toCreate = CALIFORNIA_REGIONS.filter((r) => missing.includes(r.number));
  if (toCreate.length > 0) {
    const created = await insertRegions(
      trx,
      toCreate.map((r) => ({ number: r.number, name: r.name, kind: r.kind, counties: [...r.counties] })),
    );
    for (const r of created) ids.set(r.number, r.id);
  }
  return { ids, created: toCreate.map((r) => r.number).sort((a, b) => a - b) };
}

function refuseUnknownRegion(servicesCsv: string, unknown: ReadonlySet<number>): never {
  const problems = new InputProblems();
  const records = readCsvRecords(
    'services.csv',
    servicesCsv,
    { required: ['region'], optional: [] },
    problems,
  );
  for (const record of records) {
    const cell = record.cells.get('region')!;
    if (unknown.has(Number(cell.value)))
      problems.add({
        file: 'services.csv',
        line: record.line,
        column: cell.column,
        columnName: 'region',
        message: `region ${cell.value} is not one of the state's regions`,
      });
  }
  problems.throwIfAny();
  throw DomainError.invalidField('services.csv', `regions ${[...unknown].join(', ')} are not the state's`);
}

/** The plan version the folder's services belong to: the adopted one when it has exactly these MPOs. */
async function planForFolder(
  trx: Db,
  ctx: UseCaseContext,
  folderName: string,
  mpos: readonly Mpo[],
): Promise<{ id: string; adopted: boolean }> {
  const adopted = await findAdoptedPlan(trx);
  if (adopted && isDeepStrictEqual(adopted.mpos, mpos)) return { id: adopted.id, adopted: false };
  const name = `Imported plan (${folderName})`;
  const { id, superseded } = await insertAdoptedPlanVersion(trx, {
    name,
    notes: null,
    demo: false,
    adoptedOn: todayInState(),
    content: planContentOfMpos(mpos),
  });
  await recordAudit(trx, ctx.actor, {
    action: 'create',
    entityType: 'plan_version',
    entityId: id,
    regionId: null,
    after: { name, status: 'adopted', mpos, supersedes: superseded },
  });
  await auditSupersessions(trx, ctx.actor, superseded, id);
  return { id, adopted: true };
}

/**
 * Import a services folder (contract services/FORMAT.md): all or nothing, in one
 * transaction. plan.json becomes the adopted plan unless the adopted plan already has
 * exactly its MPOs; children.csv replaces the spans of the students it names;
 * assessments.csv and services.csv are upserted (services by `service_id`); for each service
 * of the folder, its enrollments, attendance and tests become the folder's. Loading the same
 * folder twice changes nothing. `files` maps each file name (SERVICES_FOLDER_FILES) to its UTF-8 text; a missing file
 * refuses the folder, naming it.
 */
export async function importServicesFolder(
  ctx: UseCaseContext,
  folderName: string,
  files: ReadonlyMap<string, string>,
): Promise<ServicesImportSummary> {
  requirePermission(ctx, 'service.manage');
  if (accessScopeOf(ctx.actor).kind !== 'state')
    throw new DomainError(
      'forbidden',
      'A services folder holds every region’s records: only the state imports it.',
    );
  const records = readServicesFolder(files);
  return ctx.db.transaction().execute(async (trx) => {
    const codes = records.services.map((service) => service.serviceId);
    await refuseClosedServiceYears(
      trx,
      ...records.services.map((service) => service.startDate),
      ...(await startDatesOfServiceCodes(trx, codes)),
    );
    const regions = await regionIdsOf(trx, records, files.get('services.csv')!);
    const plan = await planForFolder(trx, ctx, folderName, records.mpos);
    const changes = await mergeServiceRecords(trx, records, {
      regionIds: regions.ids,
      planVersionId: plan.id,
    });
    const summary: ServicesImportSummary = {
      services: records.services.length,
      enrollments: records.enrollments.length,
      attendance: records.attendance.length,
      tests: records.tests.length,
      students: records.students.length,
      assessments: records.assessments.length,
      planVersionId: plan.id,
      planAdopted: plan.adopted,
      regionsCreated: regions.created,
      changes,
    };
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'services_import',
      entityId: folderName,
      regionId: null,
      after: summary,
    });
    return summary;
  });
}
