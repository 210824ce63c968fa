import { describe, expect, it } from 'vitest';
import directory2025 from '../../../tests/cases/school-directory/pubschls-2025.txt?raw';
import directory2026 from '../../../tests/cases/school-directory/pubschls-2026.txt?raw';
import { planDirectoryUpdate, type KnownDistrict, type KnownSchool } from './directory-update';
import { readSchoolDirectory } from './school-directory';
import { CALIFORNIA_COUNTIES, CALIFORNIA_REGION_DEFINITIONS } from './california-regions';
import { readRegionDefinitions, regionOfDistrict } from './state-regions';

const read = (year: number) => readSchoolDirectory(year === 2025 ? directory2025 : directory2026).entries;

/** What Ciclo holds after loading a plan: known districts and schools with ids. */
function applied(plan: ReturnType<typeof planDirectoryUpdate>): {
  districts: KnownDistrict[];
  schools: KnownSchool[];
} {
  return {
    districts: plan.districtsToAdd.map(({ regionNumber: _, ...d }) => ({ ...d, id: `d-${d.cdsCode}` })),
    schools: plan.schoolsToAdd.map(({ districtCode: _, ...s }) => ({ ...s, id: `s-${s.cdsCode}` })),
  };
}

describe('planning a directory load (OR2, OR3)', () => {
  const regions = CALIFORNIA_REGION_DEFINITIONS;

  it('adds every district and school of a first load to its region, Pajaro Valley to region 11', () => {
    const plan = planDirectoryUpdate({ entries: read(2025), districts: [], schools: [], regions });
    expect(plan.summary.districts).toEqual({ added: 6, updated: 0, closed: 0, unchanged: 0, notInFile: 0 });
    expect(plan.summary.schools).toEqual({ added: 13, updated: 0, closed: 0, unchanged: 0, notInFile: 0 });
    expect(plan.summary.counties).toBe(4);
    const region = (code: string) => plan.districtsToAdd.find((d) => d.cdsCode === code)?.regionNumber;
    expect(region('1563529')).toBe(5);
    expect(region('2465771')).toBe(3);
    expect(region('4469799')).toBe(11);
    expect(region('4469780')).toBe(4);
    expect(region('3968676')).toBe(23);
  });

  it('changes nothing when the same directory is loaded again', () => {
    const first = planDirectoryUpdate({ entries: read(2025), districts: [], schools: [], regions });
    const again = planDirectoryUpdate({ entries: read(2025), ...applied(first), regions });
    expect(again.districtsToAdd).toEqual([]);
    expect(again.districtsToUpdate).toEqual([]);
    expect(again.schoolsToAdd).toEqual([]);
    expect(again.schoolsToUpdate).toEqual([]);
    expect(again.summary.schools.unchanged).toBe(13);
  });

  it('updates names and flags, closes what closed and adds what opened from a newer directory', () => {
    const first = planDirectoryUpdate({ entries: read(2025), districts: [], schools: [], regions });
    const plan = planDirectoryUpdate({ entries: read(2026), ...applied(first), regions });
    expect(plan.summary.schools).toEqual({ added: 1, updated: 2, closed: 1, unchanged: 10, notInFile: 0 });
    expect(plan.schoolsToUpdate.map((s) => [s.cdsCode, s.name, s.status, s.closedOn, s.isCharter])).toEqual([
      ['15635296010763', 'Robert F. Kennedy Early College High', 'active', null, false],
      ['15635290000001', 'Valley High (Continuation)', 'closed', '2025-06-30', false],
      ['15636280129999', 'Arvin Charter Academy', 'active', null, false],
    ]);
    expect(plan.schoolsToAdd).toEqual([
      expect.objectContaining({ cdsCode: '15636280139999', status: 'pending', ncesId: '060348014231' }),
    ]);
    expect(plan.schoolsToUpdate.map((s) => s.ncesId)).toEqual(['061092011935', null, '060348014102']);
    expect(plan.districtsToUpdate.map((d) => [d.cdsCode, d.ncesId])).toEqual([
      ['1563529', '0610920'],
      ['1563628', '0603480'],
    ]);
    expect(plan.summary.districts).toMatchObject({ updated: 2, unchanged: 4 });
  });

  it('updates a district or school whose NCES id alone changed (OR2.2)', () => {
    const first = planDirectoryUpdate({ entries: read(2026), districts: [], schools: [], regions });
    const entries = read(2026).map((e) =>
      e.cdsCode === '15636280129999'
        ? { ...e, ncesSchoolId: '060348014199' }
        : e.cdsCode === '24657710000000'
          ? { ...e, ncesDistrictId: '0624600' }
          : e,
    );
    const plan = planDirectoryUpdate({ entries, ...applied(first), regions });
    expect(plan.schoolsToUpdate.map((s) => [s.cdsCode, s.ncesId])).toEqual([
      ['15636280129999', '060348014199'],
    ]);
    expect(plan.districtsToUpdate.map((d) => [d.cdsCode, d.ncesId])).toEqual([['2465771', '0624600']]);
    expect(plan.summary.schools).toMatchObject({ updated: 1, closed: 0 });
    expect(plan.summary.districts).toMatchObject({ updated: 1, closed: 0 });
  });

  it('keeps districts and schools the file leaves out, and counts them (never deletes)', () => {
    const first = planDirectoryUpdate({ entries: read(2025), districts: [], schools: [], regions });
    const held = applied(first);
    const kernOnly = read(2025).filter((e) => e.county === 'Kern');
    const plan = planDirectoryUpdate({ entries: kernOnly, ...held, regions });
    expect(plan.summary.districts.notInFile).toBe(4);
    expect(plan.summary.schools.notInFile).toBe(7);
    expect(plan.districtsToUpdate).toEqual([]);
    expect(plan.schoolsToUpdate).toEqual([]);
  });

  it('names a school row’s district from the row when the district has no row of its own', () => {
    const entries = read(2025).filter((e) => e.cdsCode !== '24657710000000');
    const plan = planDirectoryUpdate({ entries, districts: [], schools: [], regions });
    expect(plan.districtsToAdd.find((d) => d.cdsCode === '2465771')).toMatchObject({
      name: 'Merced City Elementary',
      county: 'Merced',
      status: 'active',
      regionNumber: 3,
    });
  });

  it('leaves out a district in no region, with its schools, and says so', () => {
    const onlyKern = [{ number: 5, counties: ['Kern'], districtCodes: [] }];
    const plan = planDirectoryUpdate({ entries: read(2025), districts: [], schools: [], regions: onlyKern });
    expect(plan.summary.withoutRegion.map((d) => d.cdsCode)).toEqual([
      '2465771',
      '4469799',
      '4469780',
      '3968676',
    ]);
    expect(plan.schoolsToAdd.every((s) => s.districtCode.startsWith('15'))).toBe(true);
  });

  it('keeps a known district in its region and closes a district that merged', () => {
    const first = planDirectoryUpdate({ entries: read(2025), districts: [], schools: [], regions });
    const entries = read(2025).map((e) =>
      e.cdsCode === '15636280000000' ? { ...e, status: 'merged' as const, closedOn: '2026-06-30' } : e,
    );
    const plan = planDirectoryUpdate({ entries, ...applied(first), regions: [] });
    expect(plan.summary.districts).toMatchObject({ closed: 1, updated: 0, unchanged: 5 });
    expect(plan.summary.withoutRegion).toEqual([]);
  });
});

describe('regions as data (OR3)', () => {
  it('gives every California county to exactly one region', () => {
    const counties = CALIFORNIA_REGION_DEFINITIONS.flatMap((r) => r.counties);
    expect(new Set(counties).size).toBe(counties.length);
    expect(counties).toHaveLength(58);
    expect(new Set(counties)).toEqual(new Set(CALIFORNIA_COUNTIES));
  });

  it('finds a district’s region by its code before its county', () => {
    expect(regionOfDistrict(CALIFORNIA_REGION_DEFINITIONS, '4469799', 'Santa Cruz')).toBe(11);
    expect(regionOfDistrict(CALIFORNIA_REGION_DEFINITIONS, '4469780', 'santa cruz')).toBe(4);
    expect(regionOfDistrict(CALIFORNIA_REGION_DEFINITIONS, '9999999', 'Atlantis')).toBeNull();
  });

  it('reads a state’s own regions and refuses a county in two regions or a bad number, naming the field', () => {
    expect(
      readRegionDefinitions([
        { number: 1, name: 'North COE', counties: ['Alpha'], districtCodes: ['0100000'] },
      ]),
    ).toEqual({
      regions: [
        {
          number: 1,
          name: 'North COE',
          kind: 'county_office',
          counties: ['Alpha'],
          districtCodes: ['0100000'],
        },
      ],
      problems: [],
    });
    expect(
      readRegionDefinitions([
        { number: 1, name: 'North COE', counties: ['Alpha'] },
        { number: 1, name: '', counties: ['alpha'], districtCodes: ['12'] },
      ]).problems,
    ).toEqual([
      { field: 'regions[1].number', message: 'repeats region 1' },
      { field: 'regions[1].name', message: 'must name the subgrantee' },
      { field: 'regions[1].districtCodes', message: 'must be a list of 7-digit district CDS codes' },
      { field: 'regions[1].counties', message: "alpha is already region 1's" },
    ]);
    expect(readRegionDefinitions({}).problems[0]!.field).toBe('regions');
  });
});
