/**
 * A Dashboard year for the demo districts, written as the CDE publishes its downloadable files
 * (2024 layout, tab-delimited; docs/rules/differentiated-assistance-format.md, "The CDE's
 * downloadable files"), so the DA pages are not empty on the first sign-in. Every fourth
 * district's students with disabilities are Red on ELA, mathematics and chronic absenteeism
 * (Priorities 4 and 5): eligible. Pure and seeded: the same districts and seed give the same files.
 */
import type { CdeFile } from '../accountability/cde-dashboard-files';
import { seededRandom } from './seeded-random';

export const DEMO_DASHBOARD_YEAR = 2024;

const COLUMNS = [
  'cds',
  'rtype',
  'schoolname',
  'districtname',
  'countyname',
  'charter_flag',
  'coe_flag',
  'dass_flag',
  'studentgroup',
  'currdenom',
  'currstatus',
  'statuslevel',
  'changelevel',
  'color',
  'reportingyear',
];
const GROUPS = ['HI', 'EL', 'SED', 'SWD', 'WH'] as const;
const INDICATOR_FILES = [
  ['eladownload2024.txt', 'ELA'],
  ['mathdownload2024.txt', 'MATH'],
  ['chronicdownload2024.txt', 'CHRONIC'],
] as const;

/** The demo Dashboard files for districts (7-digit county and district codes). */
export function demoDashboardFiles(
  districts: ReadonlyArray<{ cdsCode: string; name: string; county: string }>,
  seed: number,
): CdeFile[] {
  const random = seededRandom(seed * 31 + DEMO_DASHBOARD_YEAR);
  const rows = new Map<string, string[][]>(INDICATOR_FILES.map(([name]) => [name, []]));
  districts.forEach((district, index) => {
    const weak = index % 4 === 0;
    for (const group of GROUPS) {
      const n = random.integer(35, 900);
      for (const [name, indicator] of INDICATOR_FILES) {
        const red = weak && group === 'SWD';
        const color = red ? 1 : random.integer(2, 5);
        const status = red ? 1 : random.integer(2, 5);
        rows.get(name)!.push([
          `${district.cdsCode}0000000`,
          'D',
          '',
          district.name,
          district.county,
          '',
          '',
          '',
          group,
          // The chronic absenteeism file counts the absent students (currnumer), as the CDE's does.
          ...(indicator === 'CHRONIC' ? [String(Math.round(n / 4))] : []),
          String(n),
          String(red ? -95.5 : random.integer(-60, 40)),
          // 1 is the bad end in every CDE file (CDE2.2): Very Low, or Very High for chronic absenteeism.
          String(status),
          String(random.integer(1, 5)),
          String(color),
          String(DEMO_DASHBOARD_YEAR),
        ]);
      }
    }
  });
  return INDICATOR_FILES.map(([name, indicator]) => {
    const header =
      indicator === 'CHRONIC' ? [...COLUMNS.slice(0, 9), 'currnumer', ...COLUMNS.slice(9)] : COLUMNS;
    return { name, text: [header, ...rows.get(name)!].map((cells) => cells.join('\t')).join('\n') + '\n' };
  });
}
