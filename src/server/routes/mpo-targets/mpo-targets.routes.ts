import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { changeTermWindows } from '../../../usecases/mpo-targets/change-term-windows';
import { exportMpoTargetList } from '../../../usecases/mpo-targets/export-mpo-target-list';
import { getMpoTargetList } from '../../../usecases/mpo-targets/get-mpo-target-list';
import { getTermWindows } from '../../../usecases/mpo-targets/get-term-windows';
import type { AppOptions } from '../../app';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, STANDARD_ERRORS } from '../../schemas';
import {
  TargetListExportQuery,
  TargetListQuery,
  TargetListReply,
  ChangeTermWindowsBody,
  TermWindowsReply,
} from './mpo-targets.schemas';
import { sendFile } from '../../send-file';

/** The MPO target lists (MSIN SSDP MPO Reports 1.0, 2.0, 7.0), their export, and when each term runs. */
export const mpoTargetRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const ctx = (request: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(request) });
  const tags = ['mpo-targets'];

  api.get(
    '/mpo-targets',
    {
      config: { access: 'service.read' },
      schema: {
        summary: 'An MPO target list',
        description:
          "For a region, a performance period and a term: the children eligible during the term in the MPO's population, each marked enrolled or not in an aligned service of the region.",
        tags,
        querystring: TargetListQuery,
        response: { 200: TargetListReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getMpoTargetList(ctx(request), request.query),
  );
  api.get(
    '/mpo-targets/export',
    {
      config: { access: 'service.read' },
      schema: {
        summary: 'Export an MPO target list',
        description: 'The list (filtered as on the page) as CSV or XLSX.',
        tags,
        querystring: TargetListExportQuery,
        response: { 200: Type.Unknown({ description: 'The file' }), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const file = await exportMpoTargetList(ctx(request), query, format ?? 'csv');
      return sendFile(reply, file);
    },
  );
  api.get(
    '/mpo-targets/terms',
    {
      config: { access: 'plan.read' },
      schema: {
        summary: 'When each term runs',
        description:
          "California's default: RSY 09-01..06-15, SUMMER 06-16..08-31, INTERSESSION 09-01..06-15.",
        tags,
        response: { 200: TermWindowsReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getTermWindows(ctx(request)),
  );
  api.put(
    '/mpo-targets/terms',
    {
      config: { access: 'plan.manage' },
      schema: {
        summary: 'Change when each term runs',
        description:
          'State administrators, at the version read (409 when someone changed them since). Audited with the windows before.',
        tags,
        body: ChangeTermWindowsBody,
        response: { 200: TermWindowsReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) => {
      const { version, ...windows } = request.body;
      return changeTermWindows(ctx(request), windows, version);
    },
  );
};
