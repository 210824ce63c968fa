import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { todayInState } from '../../../usecases/clock';
import {
  createMoveNoticeOutcomes,
  moveNoticeOutcomesFile,
} from '../../../usecases/exchange/create-move-notice-outcomes';
import { importMoveNotices } from '../../../usecases/exchange/import-move-notices';
import { listMoveNotices } from '../../../usecases/exchange/list-move-notices';
import { recordMoveNoticeOutcome } from '../../../usecases/exchange/record-move-notice-outcome';
import type { AppOptions } from '../../app';
import { actorOf } from '../../policies/authenticate';
import { IdParams, STANDARD_ERRORS } from '../../schemas';
import { sendFile } from '../../send-file';
import { acceptUploads, readMultipartUpload, skippedRowsInLanguage, uploadedFile } from '../../uploads';
import {
  MoveNoticeImportBody,
  MoveNoticeImportReply,
  MoveNoticeList,
  MoveNoticeOutcomeBody,
  MoveNoticeOutcomesQuery,
  MoveNoticeOutcomesReply,
  MoveNoticeQuery,
  MoveNoticeReply,
} from './move-notices.schemas';

/** MSIX move notices as recruiter tasks, their outcomes and the file of answers (docs/rules/msix.md X10). */
export const moveNoticeRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const ctx = (request: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(request) });
  const tags = ['msix'];
  await acceptUploads(api);

  api.post(
    '/msix/move-notices/imports',
    {
      config: { access: 'referral.import' },
      preValidation: readMultipartUpload(),
      schema: {
        summary: 'Import MSIX move notices',
        description:
          "Data specialists (their region) and the state administrator (any region): each family's notice becomes a task in the contact queue of the district of its destination; a notice imported before is not imported again; bad rows are skipped and named by line and column. Audited.",
        tags,
        consumes: ['multipart/form-data'],
        body: MoveNoticeImportBody,
        response: { 200: MoveNoticeImportReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { fileName, content } = uploadedFile(request, 'file');
      const result = await importMoveNotices(
        ctx(request),
        { fileName, content, regionId: request.body.regionId, districtId: request.body.districtId },
        todayInState(),
      );
      return skippedRowsInLanguage(request, result);
    },
  );
  api.get(
    '/msix/move-notices',
    {
      config: { access: 'referral.read' },
      schema: {
        summary: 'MSIX move notices',
        description:
          'The notices whose tasks you reach, the oldest first, each with the due date of its answer (four working days after the notice, the region’s holidays skipped), its deadline status and outcome.',
        tags,
        querystring: MoveNoticeQuery,
        response: { 200: MoveNoticeList, ...STANDARD_ERRORS },
      },
    },
    async (request) => ({ items: await listMoveNotices(ctx(request), request.query, todayInState()) }),
  );
  api.put(
    '/msix/move-notices/:id/outcome',
    {
      config: { access: 'referral.read' },
      schema: {
        summary: "Record a move notice's outcome",
        description:
          'Found and interviewed, not found, or moved on (with where to, when known): by the recruiter the task is assigned to, or the region’s managers and data specialists. At the version read (409 when stale or already sent); audited.',
        tags,
        params: IdParams,
        body: MoveNoticeOutcomeBody,
        response: { 200: MoveNoticeReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => recordMoveNoticeOutcome(ctx(request), request.params.id, request.body, todayInState()),
  );
  api.post(
    '/msix/move-notices/outcomes',
    {
      config: { access: 'referral.import' },
      schema: {
        summary: 'Make the file of answers to send back',
        description:
          'The outcomes recorded and not yet sent, of your region (the state administrator: any region, or the state), one row per child; they are marked sent, so the next file does not repeat them. Audited.',
        tags,
        querystring: MoveNoticeOutcomesQuery,
        response: { 200: MoveNoticeOutcomesReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => createMoveNoticeOutcomes(ctx(request), request.query),
  );
  api.get(
    '/msix/move-notices/outcomes/:id/file',
    {
      config: { access: 'referral.import' },
      schema: {
        summary: 'A file of answers',
        description: 'The CSV of answers as it was made (X10.6).',
        tags,
        params: IdParams,
        response: { 200: Type.Unknown({ description: 'The CSV file' }), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => sendFile(reply, await moveNoticeOutcomesFile(ctx(request), request.params.id)),
  );
};
