import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { edFiJson } from '../../../core/exchange/ed-fi/ed-fi-parse';
import { exportEdFi } from '../../../usecases/ed-fi/export-ed-fi';
import type { AppOptions } from '../../app';
import { actorOf } from '../../policies/authenticate';
import { STANDARD_ERRORS } from '../../schemas';
import { sendFile } from '../../send-file';
import { EdFiExportQuery, EdFiExportReply } from './ed-fi.schemas';

/** Ed-Fi: the children of a region or the state as the Ed-Fi API's resources (docs/rules/ed-fi.md). */
export const edFiRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.get(
    '/ed-fi/export',
    {
      config: { access: 'msix.read' },
      schema: {
        summary: 'Export the children as Ed-Fi resources',
        description:
          'The children eligible during the period, of your region or (state roles) the state or one region, as the Ed-Fi API’s students, programs and studentMigrantEducationProgramAssociations (QAD, last qualifying move, PFS, services), with the `ciclo` extension; one JSON file.',
        tags: ['ed-fi'],
        querystring: EdFiExportQuery,
        response: { 200: EdFiExportReply, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const exported = await exportEdFi({ db, actor: actorOf(request) }, request.query);
      return sendFile(reply, {
        fileName: exported.fileName,
        contentType: 'application/json; charset=utf-8',
        body: edFiJson(exported.document),
      });
    },
  );
};
