import { Type } from '@sinclair/typebox';

const Region = Type.Object({
  id: Type.String({ format: 'uuid' }),
  number: Type.Integer({ description: 'California MEP region number' }),
  name: Type.String({ description: 'Lead agency of the region' }),
  kind: Type.Union([Type.Literal('county_office'), Type.Literal('direct_funded_district')]),
  counties: Type.Array(Type.String(), { description: 'Counties the region serves' }),
  districtCount: Type.Integer(),
  childCount: Type.Integer({ description: 'Children on record (0 outside your scope)' }),
});
export const RegionListReply = Type.Object({ items: Type.Array(Region) });

const District = Type.Object({
  id: Type.String({ format: 'uuid' }),
  regionId: Type.String({ format: 'uuid' }),
  cdsCode: Type.String({ description: 'County and district parts of the CDS code (7 digits)' }),
  name: Type.String(),
  county: Type.String(),
  isReimbursable: Type.Boolean({ description: 'A reimbursable district delivers services under its region' }),
});
export const DistrictListReply = Type.Object({ items: Type.Array(District) });
export const DistrictsQuery = Type.Object({
  regionId: Type.Optional(Type.String({ format: 'uuid', description: 'Only this region' })),
});

const School = Type.Object({
  id: Type.String({ format: 'uuid' }),
  districtId: Type.String({ format: 'uuid' }),
  cdsCode: Type.String({ description: '14-digit CDS code' }),
  name: Type.String(),
  kind: Type.Union([Type.Literal('school'), Type.Literal('site')]),
});
export const SchoolListReply = Type.Object({ items: Type.Array(School) });
export const SchoolsQuery = Type.Object({
  districtId: Type.Optional(Type.String({ format: 'uuid', description: 'The district' })),
  regionId: Type.Optional(Type.String({ format: 'uuid', description: 'Every district of this region' })),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Words the school name contains' })),
});
