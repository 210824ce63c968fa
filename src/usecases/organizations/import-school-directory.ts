import { DomainError, type FieldProblem } from '../../core/common/domain-error';
import { planDirectoryUpdate, type ChangeCounts } from '../../core/organizations/directory-update';
import { readSchoolDirectory } from '../../core/organizations/school-directory';
import { CALIFORNIA_REGION_DEFINITIONS } from '../../core/organizations/california-regions';
import { readRegionDefinitions, type RegionDefinition } from '../../core/organizations/state-regions';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  insertDistricts,
  insertRegionDefinition,
  insertSchools,
  listKnownDistricts,
  listKnownSchools,
  listRegionDefinitions,
  updateDistrict,
  updateRegionDefinition,
  updateSchool,
} from '../../data/repositories/school-directory.repository';
import { requirePermission, type UseCaseContext } from '../context';

export interface SchoolDirectoryLoad {
  fileName: string;
  /** The directory file's text (the CDE's tab-delimited public schools export). */
  text: string;
  /**
   * The state's regions (read by readRegionDefinitions); when absent, the regions in the
   * database, or California's on an empty database.
   */
  regions?: readonly RegionDefinition[] | undefined;
}

export interface SchoolDirectorySummary {
  fileName: string;
  regions: { added: number; updated: number; unchanged: number };
  counties: number;
  districts: ChangeCounts;
  schools: ChangeCounts;
  withoutRegion: Array<{ cdsCode: string; name: string; county: string }>;
}

/** The regions of a JSON file's text, or a 400 naming the field at fault (`field` when it is not JSON). */
export function parseRegionsFile(text: string, fileName: string, field: string): RegionDefinition[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw DomainError.invalidField(field, `${fileName} is not JSON`);
  }
  const read = readRegionDefinitions(json);
  if (read.problems.length > 0)
    throw new DomainError(
      'invalid_input',
      read.problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      read.problems,
    );
  return read.regions;
}

function sameRegion(a: RegionDefinition, b: RegionDefinition): boolean {
  return (
    a.name === b.name &&
    a.kind === b.kind &&
    a.counties.join('\n') === b.counties.join('\n') &&
    a.districtCodes.join('\n') === b.districtCodes.join('\n')
  );
}

/**
 * Load the state's school directory and regions (docs/rules/organizations.md OR1–OR3): all or
 * nothing in one transaction, one audit event with the summary. Only a state administrator may.
 */
export async function importSchoolDirectory(
  ctx: UseCaseContext,
  load: SchoolDirectoryLoad,
): Promise<SchoolDirectorySummary> {
  requirePermission(ctx, 'organization.manage');
  const read = readSchoolDirectory(load.text);
  if (read.problems.length > 0) {
    const problems: FieldProblem[] = read.problems.map((p) => ({
      field: `${load.fileName} ${p.field}`,
      message: p.message,
    }));
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
  }
  return ctx.db.transaction().execute(async (trx) => {
    const held = await listRegionDefinitions(trx);
    const wanted = load.regions ?? (held.length === 0 ? CALIFORNIA_REGION_DEFINITIONS : []);
    const regionCounts = { added: 0, updated: 0, unchanged: 0 };
    for (const region of wanted) {
      const existing = held.find((r) => r.number === region.number);
      if (!existing) {
        held.push({ ...region, id: await insertRegionDefinition(trx, region) });
        regionCounts.added++;
      } else if (!sameRegion(existing, region)) {
        await updateRegionDefinition(trx, existing.id, region);
        Object.assign(existing, region);
        regionCounts.updated++;
      } else regionCounts.unchanged++;
    }
    const knownDistricts = await listKnownDistricts(trx);
    const plan = planDirectoryUpdate({
      entries: read.entries,
      districts: knownDistricts,
      schools: await listKnownSchools(trx),
      regions: held,
    });
    const regionIds = new Map(held.map((r) => [r.number, r.id]));
    const addedDistrictIds = await insertDistricts(
      trx,
      plan.districtsToAdd.map(({ regionNumber, ...d }) => ({ ...d, regionId: regionIds.get(regionNumber)! })),
    );
    for (const { id, ...district } of plan.districtsToUpdate) await updateDistrict(trx, id, district);
    const districtIds = new Map([
      ...knownDistricts.map((d) => [d.cdsCode, d.id] as const),
      ...addedDistrictIds,
    ]);
    await insertSchools(
      trx,
      plan.schoolsToAdd.map(({ districtCode, ...s }) => ({
        ...s,
        districtId: districtIds.get(districtCode)!,
      })),
    );
    for (const { id, districtCode: _, ...school } of plan.schoolsToUpdate)
      await updateSchool(trx, id, school);
    const summary: SchoolDirectorySummary = {
      fileName: load.fileName,
      regions: regionCounts,
      counties: plan.summary.counties,
      districts: plan.summary.districts,
      schools: plan.summary.schools,
      withoutRegion: plan.summary.withoutRegion,
    };
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'school_directory',
      entityId: load.fileName,
      regionId: null,
      after: summary,
    });
    return summary;
  });
}
