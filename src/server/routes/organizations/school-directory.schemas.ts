import { Type } from '@sinclair/typebox';
import { FileField } from '../../uploads';

export const SchoolDirectoryBody = Type.Object(
  {
    directory: FileField(
      "The CDE's public schools export (pubschls.txt): tab-delimited text with the CDE's column names; at most 25 MB",
    ),
    regions: Type.Optional(
      FileField(
        'The regions as JSON: [{number, name, kind, counties, districtCodes}]. Without it, the regions already held ' +
          "(California's on an empty database)",
      ),
    ),
  },
  { additionalProperties: false },
);

const Counts = Type.Object({
  added: Type.Integer(),
  updated: Type.Integer({ description: 'Names, status, dates, charter flag or address changed' }),
  closed: Type.Integer({ description: 'Open before, closed or merged in this directory' }),
  unchanged: Type.Integer(),
  notInFile: Type.Integer({ description: 'Held but absent from the file: kept as they are' }),
});

export const SchoolDirectoryReply = Type.Object({
  fileName: Type.String(),
  regions: Type.Object({ added: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer() }),
  counties: Type.Integer({ description: 'Counties of the file' }),
  districts: Counts,
  schools: Counts,
  withoutRegion: Type.Array(
    Type.Object({ cdsCode: Type.String(), name: Type.String(), county: Type.String() }),
    { description: "Districts in no region's counties or districts: left out with their schools" },
  ),
});
