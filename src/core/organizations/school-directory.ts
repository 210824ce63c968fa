/**
 * Reading the state's public school directory (docs/rules/organizations.md OR1): California's
 * is the CDE's tab-delimited "Public Schools and Districts" export (pubschls.txt), one row per
 * district (a CDS code ending in 0000000) or school, read by its column names so that columns
 * the CDE adds or moves do not matter.
 */
import type { FieldProblem } from '../common/domain-error';

export type DirectoryStatus = 'active' | 'pending' | 'closed' | 'merged';

/** One district or school of the directory. */
export interface DirectoryEntry {
  /** The file's line, for messages. */
  line: number;
  /** Fourteen digits. */
  cdsCode: string;
  /** The first seven digits: the district (county and district parts). */
  districtCode: string;
  /** A district's own row (its CDS code ends in 0000000) rather than a school's. */
  isDistrict: boolean;
  county: string;
  district: string;
  /** The school's name; null on a district's row. */
  school: string | null;
  status: DirectoryStatus;
  openedOn: string | null;
  closedOn: string | null;
  isCharter: boolean;
  street: string | null;
  city: string | null;
  zip: string | null;
  /** The district's 7-digit NCES id (column NCESDist); null when the directory has none. */
  ncesDistrictId: string | null;
  /**
   * A school's 12-digit NCES id: NCESDist followed by the 5 digits of NCESSchool; null on a
   * district's row or when the directory lacks either part.
   */
  ncesSchoolId: string | null;
}

/** The columns the directory must have, by the CDE's names. */
export const REQUIRED_COLUMNS = ['CDSCode', 'StatusType', 'County', 'District', 'School'] as const;

const STATUSES: Record<string, DirectoryStatus> = {
  active: 'active',
  open: 'active',
  pending: 'pending',
  closed: 'closed',
  merged: 'merged',
};

/** At most this many problems are listed: a wrong file has one on every line. */
const MAX_PROBLEMS = 20;

/** The CDE writes "No Data" where a field has none. */
function value(raw: string | undefined): string | null {
  const trimmed = (raw ?? '').trim();
  return trimmed === '' || trimmed.toLowerCase() === 'no data' ? null : trimmed;
}

/**
 * The entries of a directory file (tab-delimited text with a header line), or the problems
 * that refuse it, each naming the line and column (OR1.1–OR1.4). A file with problems loads nothing.
 */
export function readSchoolDirectory(
  text: string,
): { entries: DirectoryEntry[]; problems: [] } | { entries: []; problems: FieldProblem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((name) => name.trim());
  const missing = REQUIRED_COLUMNS.filter((name) => !header.includes(name));
  if (missing.length > 0)
    return {
      entries: [],
      problems: missing.map((name) => ({
        field: `line 1, column ${name}`,
        message: 'is missing: the file must be the tab-delimited public schools export',
      })),
    };
  const column = (cells: string[], name: string) => {
    const index = header.indexOf(name);
    return index < 0 ? null : value(cells[index]);
  };
  const entries: DirectoryEntry[] = [];
  const problems: FieldProblem[] = [];
  const seen = new Map<string, number>();
  const problem = (line: number, name: string, message: string) =>
    problems.push({ field: `line ${line}, column ${name}`, message });
  for (let index = 1; index < lines.length && problems.length < MAX_PROBLEMS; index++) {
    const raw = lines[index] ?? '';
    if (raw.trim() === '') continue;
    const line = index + 1;
    const cells = raw.split('\t');
    const cdsCode = column(cells, 'CDSCode') ?? '';
    if (!/^\d{14}$/.test(cdsCode)) {
      problem(line, 'CDSCode', 'must be a 14-digit CDS code');
      continue;
    }
    const earlier = seen.get(cdsCode);
    if (earlier !== undefined) problem(line, 'CDSCode', `repeats line ${earlier}`);
    seen.set(cdsCode, line);
    const isDistrict = cdsCode.endsWith('0000000');
    const statusText = column(cells, 'StatusType') ?? '';
    const status = STATUSES[statusText.toLowerCase()];
    if (!status) problem(line, 'StatusType', 'must be Active, Pending, Closed or Merged');
    const county = column(cells, 'County');
    if (!county) problem(line, 'County', 'must not be empty');
    const district = column(cells, 'District');
    if (!district) problem(line, 'District', 'must not be empty');
    const school = isDistrict ? null : column(cells, 'School');
    if (!isDistrict && !school) problem(line, 'School', 'must not be empty on a school');
    const dates: Record<'OpenDate' | 'ClosedDate', string | null> = { OpenDate: null, ClosedDate: null };
    for (const name of ['OpenDate', 'ClosedDate'] as const) {
      const date = column(cells, name);
      if (date !== null && !isDate(date)) problem(line, name, 'must be a date as YYYY-MM-DD');
      else dates[name] = date;
    }
    const charter = (column(cells, 'Charter') ?? 'N').toUpperCase();
    if (charter !== 'Y' && charter !== 'N') problem(line, 'Charter', 'must be Y or N');
    const ncesDistrictId = column(cells, 'NCESDist');
    if (ncesDistrictId !== null && !/^\d{7}$/.test(ncesDistrictId))
      problem(line, 'NCESDist', 'must be a 7-digit NCES district id');
    const ncesSchool = column(cells, 'NCESSchool');
    if (ncesSchool !== null && !/^\d{5}$/.test(ncesSchool))
      problem(line, 'NCESSchool', 'must be a 5-digit NCES school id');
    if (!status || !county || !district || (!isDistrict && !school)) continue;
    entries.push({
      line,
      cdsCode,
      districtCode: cdsCode.slice(0, 7),
      isDistrict,
      county,
      district,
      school,
      status,
      openedOn: dates.OpenDate,
      closedOn: dates.ClosedDate,
      isCharter: charter === 'Y',
      street: column(cells, 'Street'),
      city: column(cells, 'City'),
      zip: column(cells, 'Zip'),
      ncesDistrictId,
      ncesSchoolId:
        !isDistrict && ncesDistrictId !== null && ncesSchool !== null ? ncesDistrictId + ncesSchool : null,
    });
  }
  if (problems.length > 0) return { entries: [], problems };
  if (entries.length === 0)
    return { entries: [], problems: [{ field: 'line 2', message: 'the file has no districts or schools' }] };
  return { entries, problems: [] };
}

function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
