import { describe, expect, it } from 'vitest';
import directory2025 from '../../../tests/cases/school-directory/pubschls-2025.txt?raw';
import { readSchoolDirectory } from './school-directory';

const sample = directory2025;
const HEADER = 'CDSCode\tStatusType\tCounty\tDistrict\tSchool\tOpenDate\tClosedDate\tCharter';

describe('reading the CDE public schools export (OR1)', () => {
  it('reads districts (CDS code ending 0000000) and schools, with "No Data" as empty', () => {
    const { entries, problems } = readSchoolDirectory(sample);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(19);
    const district = entries.find((e) => e.cdsCode === '15635290000000')!;
    expect(district).toMatchObject({
      isDistrict: true,
      school: null,
      districtCode: '1563529',
      status: 'active',
    });
    const charter = entries.find((e) => e.cdsCode === '15636280129999')!;
    expect(charter).toMatchObject({
      isDistrict: false,
      school: 'Arvin Charter Academy',
      districtCode: '1563628',
      isCharter: true,
      openedOn: '2019-08-01',
      closedOn: null,
      street: '200 A St.',
      city: 'Arvin',
      zip: '93203',
    });
    expect(entries.find((e) => e.cdsCode === '39686766042683')).toMatchObject({
      status: 'closed',
      closedOn: '2012-06-30',
      street: null,
    });
  });

  it('refuses a file without the required columns, naming them', () => {
    const { problems } = readSchoolDirectory('CDS\tName\n123\tX\n');
    expect(problems.map((p) => p.field)).toEqual([
      'line 1, column CDSCode',
      'line 1, column StatusType',
      'line 1, column County',
      'line 1, column District',
      'line 1, column School',
    ]);
  });

  it('refuses the whole file for one bad row, naming its line and column', () => {
    const text = [
      HEADER,
      '15635290000000\tActive\tKern\tDelano\tNo Data\t\t\t',
      '1563529153025\tActive\tKern\tDelano\tChavez High\t\t\tN',
      '15635291530252\tOpen-ish\tKern\tDelano\tChavez High\t2003-02-30\t\tX',
      '15635291530253\tActive\tKern\tDelano\tNo Data\t\t\tN',
      '15635290000000\tActive\tKern\tDelano\tNo Data\t\t\t',
    ].join('\n');
    const { entries, problems } = readSchoolDirectory(text);
    expect(entries).toEqual([]);
    expect(problems).toEqual([
      { field: 'line 3, column CDSCode', message: 'must be a 14-digit CDS code' },
      { field: 'line 4, column StatusType', message: 'must be Active, Pending, Closed or Merged' },
      { field: 'line 4, column OpenDate', message: 'must be a date as YYYY-MM-DD' },
      { field: 'line 4, column Charter', message: 'must be Y or N' },
      { field: 'line 5, column School', message: 'must not be empty on a school' },
      { field: 'line 6, column CDSCode', message: 'repeats line 2' },
    ]);
  });

  it('reads the NCES ids: 7 digits for the district, 12 for a school (NCESDist then NCESSchool)', () => {
    const header = 'CDSCode\tNCESDist\tNCESSchool\tStatusType\tCounty\tDistrict\tSchool';
    const text = [
      header,
      '15635290000000\t0610890\tNo Data\tActive\tKern\tDelano\tNo Data',
      '15635291530252\t0610890\t00812\tActive\tKern\tDelano\tChavez High',
      '15635296010763\t0610890\tNo Data\tActive\tKern\tDelano\tRobert F. Kennedy High',
      '15636280000000\tNo Data\tNo Data\tActive\tKern\tArvin\tNo Data',
      '15636286009468\tNo Data\t00456\tActive\tKern\tArvin\tHaven Drive Middle',
    ].join('\n');
    const { entries, problems } = readSchoolDirectory(text);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.cdsCode, e.ncesDistrictId, e.ncesSchoolId])).toEqual([
      ['15635290000000', '0610890', null],
      ['15635291530252', '0610890', '061089000812'],
      ['15635296010763', '0610890', null],
      ['15636280000000', null, null],
      ['15636286009468', null, null],
    ]);
    expect(
      readSchoolDirectory(sample).entries.every((e) => e.ncesDistrictId === null && e.ncesSchoolId === null),
    ).toBe(true);
  });

  it('refuses an NCES id that is not digits of the right length, naming its line and column', () => {
    const header = 'CDSCode\tNCESDist\tNCESSchool\tStatusType\tCounty\tDistrict\tSchool';
    const text = [
      header,
      '15635290000000\t061089\tNo Data\tActive\tKern\tDelano\tNo Data',
      '15635291530252\t0610890\t812\tActive\tKern\tDelano\tChavez High',
      '15635296010763\t06108A0\t0081X\tActive\tKern\tDelano\tRobert F. Kennedy High',
    ].join('\n');
    expect(readSchoolDirectory(text)).toEqual({
      entries: [],
      problems: [
        { field: 'line 2, column NCESDist', message: 'must be a 7-digit NCES district id' },
        { field: 'line 3, column NCESSchool', message: 'must be a 5-digit NCES school id' },
        { field: 'line 4, column NCESDist', message: 'must be a 7-digit NCES district id' },
        { field: 'line 4, column NCESSchool', message: 'must be a 5-digit NCES school id' },
      ],
    });
  });

  it('refuses a file with a header and no rows', () => {
    expect(readSchoolDirectory(`${HEADER}\n`).problems).toEqual([
      { field: 'line 2', message: 'the file has no districts or schools' },
    ]);
  });
});
