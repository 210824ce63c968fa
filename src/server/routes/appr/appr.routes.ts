import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppOptions } from '../../app';
import { apprFileName, exportAppr, type ApprFormat } from '../../../usecases/appr/export-appr';
import { getAppr } from '../../../usecases/appr/get-appr';
import { exportStateRollUp, stateRollUpFileName } from '../../../usecases/appr/export-state-roll-up';
import { getStateRollUp } from '../../../usecases/appr/get-state-roll-up';
import { saveApprReview } from '../../../usecases/appr/save-appr-review';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, STANDARD_ERRORS } from '../../schemas';
import {
  ApprFileQuery,
  ApprParams,
  ApprReply,
  SaveApprReviewBody,
  StateRollUpParams,
  StateRollUpReply,
} from './appr.schemas';
import { sendFile } from '../../send-file';

const CONTENT_TYPES: Record<ApprFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The Annual Performance Progress Report of each subgrantee, its review and files, and the state's roll-up. */
export const apprRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.get(
    '/appr/state/:period',
    {
      config: { access: 'report.read' },
      schema: {
        summary: "The state's APPR roll-up",
        description:
          "Every subgrantee's status on every MPO of a period, beside the state's own figures (each child once) and the count of subgrantees by status; for state roles.",
        tags: ['services'],
        params: StateRollUpParams,
        response: { 200: StateRollUpReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getStateRollUp({ db, actor: actorOf(request) }, request.params),
  );
  api.get(
    '/appr/:regionId/:period',
    {
      config: { access: 'report.read' },
      schema: {
        summary: "A subgrantee's APPR",
        description:
          "Each MPO's figures now with the drop-off and findings, participation per term, and the subgrantee's saved review with the figures it was saved on.",
        tags: ['services'],
        params: ApprParams,
        response: { 200: ApprReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getAppr({ db, actor: actorOf(request) }, request.params),
  );
  api.put(
    '/appr/:regionId/:period',
    {
      config: { access: 'appr.review' },
      schema: {
        summary: "Save the subgrantee's APPR review",
        description:
          'Challenges, practices that address them and goals for the new year, saved with the figures of the moment; `version` must be the one read (409 otherwise); audited.',
        tags: ['services'],
        params: ApprParams,
        body: SaveApprReviewBody,
        response: { 200: ApprReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) =>
      saveApprReview({ db, actor: actorOf(request) }, { ...request.params, ...request.body }),
  );
  for (const format of ['pdf', 'xlsx'] as const)
    api.get(
      `/appr/state/:period.${format}`,
      {
        config: { access: 'report.read' },
        schema: {
          summary: `The state's APPR roll-up as ${format.toUpperCase()}`,
          description:
            "The state's figures per MPO with the subgrantees by status, and every subgrantee's status per MPO, in English or Spanish.",
          tags: ['services'],
          params: StateRollUpParams,
          querystring: ApprFileQuery,
          response: { 200: Type.Unknown({ description: 'The file' }), ...STANDARD_ERRORS },
        },
      },
      async (request, reply) => {
        const view = await getStateRollUp({ db, actor: actorOf(request) }, request.params);
        const file = await exportStateRollUp(view, format, request.query.lang ?? 'en');
        return sendFile(reply, {
          fileName: stateRollUpFileName(view, format),
          contentType: CONTENT_TYPES[format],
          body: file,
        });
      },
    );
  for (const format of ['pdf', 'xlsx'] as const)
    api.get(
      `/appr/:regionId/:period.${format}`,
      {
        config: { access: 'report.read' },
        schema: {
          summary: `A subgrantee's APPR as ${format.toUpperCase()}`,
          description: 'The figures, findings, participation and review, in English or Spanish.',
          tags: ['services'],
          params: ApprParams,
          querystring: ApprFileQuery,
          response: { 200: Type.Unknown({ description: 'The file' }), ...STANDARD_ERRORS },
        },
      },
      async (request, reply) => {
        const view = await getAppr({ db, actor: actorOf(request) }, request.params);
        const file = await exportAppr(view, format, request.query.lang ?? 'en');
        return sendFile(reply, {
          fileName: apprFileName(view, format),
          contentType: CONTENT_TYPES[format],
          body: file,
        });
      },
    );
};
