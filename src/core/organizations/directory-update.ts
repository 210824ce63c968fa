/**
 * What loading a school directory changes (docs/rules/organizations.md OR2): pure, from the
 * directory's entries, the districts and schools already in Ciclo and the regions.
 */
import type { DirectoryEntry, DirectoryStatus } from './school-directory';
import { regionOfDistrict, type RegionDefinition } from './state-regions';

export interface KnownDistrict {
  id: string;
  cdsCode: string;
  name: string;
  county: string;
  status: DirectoryStatus;
  closedOn: string | null;
  /** The 7-digit NCES id; null when the directory gave none. */
  ncesId: string | null;
}

export interface KnownSchool {
  id: string;
  cdsCode: string;
  name: string;
  status: DirectoryStatus;
  openedOn: string | null;
  closedOn: string | null;
  isCharter: boolean;
  street: string | null;
  city: string | null;
  zip: string | null;
  /** The 12-digit NCES id; null when the directory gave none. */
  ncesId: string | null;
}

export type DistrictValues = Omit<KnownDistrict, 'id'>;

export type SchoolValues = Omit<KnownSchool, 'id'> & { districtCode: string };

/** How many districts or schools a load added, changed, closed, left as they were or did not find. */
export interface ChangeCounts {
  added: number;
  updated: number;
  closed: number;
  unchanged: number;
  /** In Ciclo but not in the file: kept as they are (OR2.5). */
  notInFile: number;
}

export interface DirectoryUpdate {
  districtsToAdd: Array<DistrictValues & { regionNumber: number }>;
  districtsToUpdate: Array<DistrictValues & { id: string }>;
  schoolsToAdd: SchoolValues[];
  schoolsToUpdate: Array<SchoolValues & { id: string }>;
  summary: {
    counties: number;
    districts: ChangeCounts;
    schools: ChangeCounts;
    /** Districts of the file in no region's counties or districts: left out with their schools (OR3.3). */
    withoutRegion: Array<{ cdsCode: string; name: string; county: string }>;
  };
}

const isOpen = (status: DirectoryStatus) => status === 'active' || status === 'pending';

function counts(): ChangeCounts {
  return { added: 0, updated: 0, closed: 0, unchanged: 0, notInFile: 0 };
}

/** Whether an update closes a record (OR2.3): it was open and the directory says closed or merged. */
function closes(before: DirectoryStatus, after: DirectoryStatus): boolean {
  return isOpen(before) && !isOpen(after);
}

/**
 * Plan the load of a directory: new districts and schools added (a district without its own
 * row named from its schools' rows, OR2.1), known ones updated where the directory differs
 * (names, status, dates, charter flag, address, NCES id; OR2.2–OR2.3), nothing deleted and nothing the
 * file omits touched (OR2.5). A new district goes to its region (OR3.2); a known one stays in its region.
 */
export function planDirectoryUpdate(input: {
  entries: readonly DirectoryEntry[];
  districts: readonly KnownDistrict[];
  schools: readonly KnownSchool[];
  regions: readonly Pick<RegionDefinition, 'number' | 'counties' | 'districtCodes'>[];
}): DirectoryUpdate {
  const knownDistricts = new Map(input.districts.map((d) => [d.cdsCode, d]));
  const knownSchools = new Map(input.schools.map((s) => [s.cdsCode, s]));
  const update: DirectoryUpdate = {
    districtsToAdd: [],
    districtsToUpdate: [],
    schoolsToAdd: [],
    schoolsToUpdate: [],
    summary: { counties: 0, districts: counts(), schools: counts(), withoutRegion: [] },
  };
  const { summary } = update;

  // Each district of the file: its own row, else the first of its schools' rows (active).
  const fileDistricts = new Map<string, DistrictValues>();
  for (const entry of input.entries) {
    const own = entry.isDistrict;
    if (!own && fileDistricts.has(entry.districtCode)) continue;
    fileDistricts.set(entry.districtCode, {
      cdsCode: entry.districtCode,
      name: entry.district,
      county: entry.county,
      status: own ? entry.status : 'active',
      closedOn: own ? entry.closedOn : null,
      ncesId: entry.ncesDistrictId,
    });
  }
  summary.counties = new Set([...fileDistricts.values()].map((d) => d.county.toLowerCase())).size;

  const leftOut = new Set<string>();
  for (const values of fileDistricts.values()) {
    const known = knownDistricts.get(values.cdsCode);
    if (!known) {
      const regionNumber = regionOfDistrict(input.regions, values.cdsCode, values.county);
      if (regionNumber === null) {
        leftOut.add(values.cdsCode);
        summary.withoutRegion.push({ cdsCode: values.cdsCode, name: values.name, county: values.county });
        continue;
      }
      update.districtsToAdd.push({ ...values, regionNumber });
      summary.districts.added++;
    } else if (
      known.name !== values.name ||
      known.county !== values.county ||
      known.status !== values.status ||
      known.closedOn !== values.closedOn ||
      known.ncesId !== values.ncesId
    ) {
      update.districtsToUpdate.push({ ...values, id: known.id });
      if (closes(known.status, values.status)) summary.districts.closed++;
      else summary.districts.updated++;
    } else summary.districts.unchanged++;
  }
  summary.districts.notInFile = input.districts.filter((d) => !fileDistricts.has(d.cdsCode)).length;

  const fileSchools = new Set<string>();
  for (const entry of input.entries) {
    if (entry.isDistrict || leftOut.has(entry.districtCode)) continue;
    fileSchools.add(entry.cdsCode);
    const values: SchoolValues = {
      cdsCode: entry.cdsCode,
      districtCode: entry.districtCode,
      name: entry.school ?? '',
      status: entry.status,
      openedOn: entry.openedOn,
      closedOn: entry.closedOn,
      isCharter: entry.isCharter,
      street: entry.street,
      city: entry.city,
      zip: entry.zip,
      ncesId: entry.ncesSchoolId,
    };
    const known = knownSchools.get(entry.cdsCode);
    if (!known) {
      update.schoolsToAdd.push(values);
      summary.schools.added++;
    } else if (
      (
        ['name', 'status', 'openedOn', 'closedOn', 'isCharter', 'street', 'city', 'zip', 'ncesId'] as const
      ).some((field) => known[field] !== values[field])
    ) {
      update.schoolsToUpdate.push({ ...values, id: known.id });
      if (closes(known.status, values.status)) summary.schools.closed++;
      else summary.schools.updated++;
    } else summary.schools.unchanged++;
  }
  summary.schools.notInFile = input.schools.filter((s) => !fileSchools.has(s.cdsCode)).length;
  return update;
}
