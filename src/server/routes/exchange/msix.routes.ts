import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { createMsixExport } from '../../../usecases/exchange/create-msix-export';
import { getMsixValidation } from '../../../usecases/exchange/get-msix-validation';
import { listMsixExports, msixExportFile } from '../../../usecases/exchange/list-msix-exports';
import type { AppOptions } from '../../app';
import { actorOf } from '../../policies/authenticate';
import { IdParams, STANDARD_ERRORS } from '../../schemas';
import { sendFile } from '../../send-file';
import { MsixExportList, MsixExportReply, MsixValidationQuery, MsixValidationReply } from './msix.schemas';

/** The exchange with MSIX (issue 21): the validation report of the MDE records and the exports of changes. */
export const msixRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const ctx = (request: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(request) });
  const tags = ['msix'];

  api.get(
    '/msix/validation',
    {
      config: { access: 'msix.read' },
      schema: {
        summary: 'The MSIX validation report',
        description:
          'Every child of the region (or of the state, for state roles) with their Minimum Data Elements checked: totals per element and a page of the children with problems, each with what to fix.',
        tags,
        querystring: MsixValidationQuery,
        response: { 200: MsixValidationReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getMsixValidation(ctx(request), request.query),
  );
  api.post(
    '/msix/exports',
    {
      config: { access: 'msix.export' },
      schema: {
        summary: 'Export the changes to MSIX',
        description:
          'State administrators: the children inserted, updated and deleted since the last export, in a CSV file to download; children whose record has problems are held back. Audited with the counts.',
        tags,
        response: { 200: MsixExportReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => createMsixExport(ctx(request)),
  );
  api.get(
    '/msix/exports',
    {
      config: { access: 'msix.export' },
      schema: {
        summary: 'The exports to MSIX',
        description: 'State administrators: the exports made, newest first, with their counts.',
        tags,
        response: { 200: MsixExportList, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const items = await listMsixExports(ctx(request));
      return { items: items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString() })) };
    },
  );
  api.get(
    '/msix/exports/:id/file',
    {
      config: { access: 'msix.export' },
      schema: {
        summary: 'An export’s file',
        description: 'The CSV of an export as it was made: one row per change, one column per element.',
        tags,
        params: IdParams,
        response: { 200: Type.Unknown({ description: 'The CSV file' }), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => sendFile(reply, await msixExportFile(ctx(request), request.params.id)),
  );
};
