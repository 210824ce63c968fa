import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppOptions } from '../../app';
import { listDistricts } from '../../../usecases/organizations/list-districts';
import { listRegions } from '../../../usecases/organizations/list-regions';
import { listSchools } from '../../../usecases/organizations/list-schools';
import { actorOf } from '../../policies/authenticate';
import { STANDARD_ERRORS } from '../../schemas';

const Region = Type.Object({
  id: Type.String({ format: 'uuid' }),
  number: Type.Integer({ description: 'California MEP region number' }),
  name: Type.String({ description: 'Lead agency of the region' }),
  kind: Type.Union([Type.Literal('county_office'), Type.Literal('direct_funded_district')]),
  counties: Type.Array(Type.String(), { description: 'Counties the region serves' }),
  districtCount: Type.Integer(),
  childCount: Type.Integer({ description: 'Children on record (0 outside your scope)' }),
});
const District = Type.Object({
  id: Type.String({ format: 'uuid' }),
  regionId: Type.String({ format: 'uuid' }),
  cdsCode: Type.String({ description: 'County and district parts of the CDS code (7 digits)' }),
  name: Type.String(),
  county: Type.String(),
  isReimbursable: Type.Boolean({ description: 'A reimbursable district delivers services under its region' }),
});
const School = Type.Object({
  id: Type.String({ format: 'uuid' }),
  districtId: Type.String({ format: 'uuid' }),
  cdsCode: Type.String({ description: '14-digit CDS code' }),
  name: Type.String(),
  kind: Type.Union([Type.Literal('school'), Type.Literal('site')]),
});

/** The state's organizations: regions, districts, schools and sites. */
export const organizationRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.get(
    '/regions',
    {
      config: { access: 'organization.read' },
      schema: {
        summary: 'List regions',
        description: 'Every region (subgrantee) of the state with counts.',
        tags: ['organizations'],
        response: { 200: Type.Object({ items: Type.Array(Region) }), ...STANDARD_ERRORS },
      },
    },
    async (request) => ({ items: await listRegions({ db, actor: actorOf(request) }) }),
  );
  api.get(
    '/districts',
    {
      config: { access: 'organization.read' },
      schema: {
        summary: 'List districts',
        description: 'Districts of the state, or of one region.',
        tags: ['organizations'],
        querystring: Type.Object({
          regionId: Type.Optional(Type.String({ format: 'uuid', description: 'Only this region' })),
        }),
        response: { 200: Type.Object({ items: Type.Array(District) }), ...STANDARD_ERRORS },
      },
    },
    async (request) => ({
      items: await listDistricts({ db, actor: actorOf(request) }, { regionId: request.query.regionId }),
    }),
  );
  api.get(
    '/schools',
    {
      config: { access: 'organization.read' },
      schema: {
        summary: 'List schools',
        description:
          'Schools and sites of a district, or of a region’s districts; give `districtId` or `regionId`, and `q` to search names.',
        tags: ['organizations'],
        querystring: Type.Object({
          districtId: Type.Optional(Type.String({ format: 'uuid', description: 'The district' })),
          regionId: Type.Optional(
            Type.String({ format: 'uuid', description: 'Every district of this region' }),
          ),
          q: Type.Optional(Type.String({ maxLength: 100, description: 'Words the school name contains' })),
        }),
        response: { 200: Type.Object({ items: Type.Array(School) }), ...STANDARD_ERRORS },
      },
    },
    async (request) => ({ items: await listSchools({ db, actor: actorOf(request) }, request.query) }),
  );
};
