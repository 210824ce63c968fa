import { decodeUtf8OrWindows1252 } from '../../../core/common/decode-text';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppOptions } from '../../app';
import {
  importSchoolDirectory,
  parseRegionsFile,
} from '../../../usecases/organizations/import-school-directory';
import { listDistricts } from '../../../usecases/organizations/list-districts';
import { listRegions } from '../../../usecases/organizations/list-regions';
import { listSchools } from '../../../usecases/organizations/list-schools';
import { actorOf } from '../../policies/authenticate';
import { STANDARD_ERRORS } from '../../schemas';
import { acceptUploads, readMultipartUpload, uploadedFile, uploadedFiles } from '../../uploads';
import { SchoolDirectoryBody, SchoolDirectoryReply } from './school-directory.schemas';
import {
  DistrictListReply,
  DistrictsQuery,
  RegionListReply,
  SchoolListReply,
  SchoolsQuery,
} from './organizations.schemas';

/** The state's organizations: regions, districts, schools and sites. */
export const organizationRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  await acceptUploads(api);
  api.post(
    '/organizations/directory',
    {
      config: { access: 'organization.manage' },
      preValidation: readMultipartUpload(),
      schema: {
        summary: "Load the state's school directory",
        description:
          "Districts and schools from the CDE's public schools export, into the regions given (or held, or California's " +
          'on an empty database). All or nothing; a newer directory updates names, statuses, dates and addresses, ' +
          'closes what closed and deletes nothing. Answers what changed; audited (docs/rules/organizations.md).',
        tags: ['organizations'],
        consumes: ['multipart/form-data'],
        body: SchoolDirectoryBody,
        response: { 200: SchoolDirectoryReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const directory = uploadedFile(request, 'directory');
      const regionsFile = uploadedFiles(request).find((file) => file.field === 'regions');
      const regions = regionsFile
        ? parseRegionsFile(regionsFile.content.toString('utf8'), regionsFile.fileName, 'regions')
        : undefined;
      return importSchoolDirectory(
        { db, actor: actorOf(request) },
        { fileName: directory.fileName, text: decodeUtf8OrWindows1252(directory.content), regions },
      );
    },
  );
  api.get(
    '/regions',
    {
      config: { access: 'organization.read' },
      schema: {
        summary: 'List regions',
        description: 'Every region (subgrantee) of the state with counts.',
        tags: ['organizations'],
        response: { 200: RegionListReply, ...STANDARD_ERRORS },
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
        querystring: DistrictsQuery,
        response: { 200: DistrictListReply, ...STANDARD_ERRORS },
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
        querystring: SchoolsQuery,
        response: { 200: SchoolListReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => ({ items: await listSchools({ db, actor: actorOf(request) }, request.query) }),
  );
};
