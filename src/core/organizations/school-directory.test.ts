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

  it('refuses a file with a header and no rows', () => {
    expect(readSchoolDirectory(`${HEADER}\n`).problems).toEqual([
      { field: 'line 2', message: 'the file has no districts or schools' },
    ]);
  });
});
