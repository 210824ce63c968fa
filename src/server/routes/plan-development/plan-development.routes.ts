import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppOptions } from '../../app';
import type { SdpContent as Content } from '../../../core/plan-development/sdp-development';
import {
  bringInPlanComponents,
  createSdpDevelopment,
  getSdpDevelopment,
  listSdpDevelopmentsOf,
  saveSdpDevelopment,
} from '../../../usecases/plan-development/manage-sdp-development';
import { addSdpFeedback, respondToSdpFeedback } from '../../../usecases/plan-development/sdp-feedback';
import {
  downloadSdpOutcomeFile,
  removeSdpOutcomeFile,
  uploadSdpOutcomeFile,
} from '../../../usecases/plan-development/sdp-outcome-files';
import { sendDocument } from '../../documents';
import { actorOf } from '../../policies/authenticate';
import { acceptUploads, readMultipartUpload, uploadedFile } from '../../uploads';
import { ErrorReply, IdParams, STANDARD_ERRORS } from '../../schemas';
import {
  CreateBody,
  DevelopmentListReply,
  DevelopmentReply,
  FeedbackBody,
  FeedbackParams,
  FileParams,
  OutcomeFileBody,
  ResponseBody,
  SaveBody,
  VersionBody,
} from './plan-development.schemas';

/** The state's SDP development (docs/rules/plan-development.md): process, alignment chart, checklist, feedback. */
export const planDevelopmentRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const ctx = (request: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(request) });
  const tags = ['plan development'];
  const CHANGE_ERRORS = { ...STANDARD_ERRORS, 409: ErrorReply };
  await acceptUploads(api);

  api.get(
    '/plan-development',
    {
      config: { access: 'plan_development.read' },
      schema: {
        summary: 'SDP developments',
        description: 'Every tracked development of a State Service Delivery Plan, the latest first.',
        tags,
        response: { 200: DevelopmentListReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => listSdpDevelopmentsOf(ctx(request)),
  );
  api.post(
    '/plan-development',
    {
      config: { access: 'plan_development.manage' },
      schema: {
        summary: 'Start tracking an SDP development',
        description: 'The process of seed 001 with nothing done yet. Audited.',
        tags,
        body: CreateBody,
        response: { 201: DevelopmentReply, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => reply.status(201).send(await createSdpDevelopment(ctx(request), request.body)),
  );
  api.get(
    '/plan-development/:id',
    {
      config: { access: 'plan_development.read' },
      schema: {
        summary: 'One SDP development',
        description:
          'Its tracked process, outcomes, alignment chart with the completeness check naming each missing link, the checklist and the stakeholder feedback.',
        tags,
        params: IdParams,
        response: { 200: DevelopmentReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getSdpDevelopment(ctx(request), request.params.id),
  );
  api.put(
    '/plan-development/:id',
    {
      config: { access: 'plan_development.manage' },
      schema: {
        summary: 'Save an SDP development',
        description:
          'Its name and whole content (activities’ dates, owners and completion; outcomes; the alignment chart; the checklist marks). `version` is the one you read: 409 naming `version` over someone else’s save. Audited.',
        tags,
        params: IdParams,
        body: SaveBody,
        response: { 200: DevelopmentReply, ...CHANGE_ERRORS },
      },
    },
    async (request) =>
      saveSdpDevelopment(ctx(request), request.params.id, {
        ...request.body,
        content: request.body.content as Content,
      }),
  );
  api.post(
    '/plan-development/:id/plan-components',
    {
      config: { access: 'plan_development.manage' },
      schema: {
        summary: 'Bring in the plan’s strategies and MPOs',
        description:
          'The adopted plan’s strategies and MPOs become records of the alignment chart (each MPO linked to its need area’s strategies); 409 before a plan is adopted. Audited.',
        tags,
        params: IdParams,
        body: VersionBody,
        response: { 200: DevelopmentReply, ...CHANGE_ERRORS },
      },
    },
    async (request) => bringInPlanComponents(ctx(request), request.params.id, request.body),
  );
  api.post(
    '/plan-development/:id/feedback',
    {
      config: { access: 'plan_development.contribute' },
      schema: {
        summary: 'Record stakeholder feedback on the draft',
        description:
          'A comment of a stakeholder group (pac is the state Parent Advisory Council), tagged by theme. Audited.',
        tags,
        params: IdParams,
        body: FeedbackBody,
        response: { 201: Type.Object({ id: Type.String({ format: 'uuid' }) }), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addSdpFeedback(ctx(request), request.params.id, request.body)),
  );
  api.put(
    '/plan-development/:id/feedback/:feedbackId',
    {
      config: { access: 'plan_development.manage' },
      schema: {
        summary: 'Record the response to a comment',
        description: '`version` is the comment’s as you read it. Audited.',
        tags,
        params: FeedbackParams,
        body: ResponseBody,
        response: { 204: Type.Null(), ...CHANGE_ERRORS },
      },
    },
    async (request, reply) => {
      await respondToSdpFeedback(ctx(request), request.params.id, request.params.feedbackId, request.body);
      return reply.status(204).send(null);
    },
  );
  api.post(
    '/plan-development/:id/files',
    {
      config: { access: 'plan_development.manage' },
      preValidation: readMultipartUpload(),
      schema: {
        summary: 'Attach an uploaded file as an outcome',
        description:
          'A team member list, a meeting schedule, an agenda… (a PDF, image, Word, Excel, CSV or text file of at most 10 MB, kept in the database) becomes an outcome of the action, titled by `title` or the file’s name. 409 when the development is being saved at the same moment. Audited.',
        tags,
        consumes: ['multipart/form-data'],
        params: IdParams,
        body: OutcomeFileBody,
        response: { 201: DevelopmentReply, ...CHANGE_ERRORS },
      },
    },
    async (request, reply) => {
      const { actionKey, kind, title } = request.body;
      return reply
        .status(201)
        .send(
          await uploadSdpOutcomeFile(
            ctx(request),
            request.params.id,
            { actionKey, kind, title: title ?? '' },
            uploadedFile(request, 'file'),
          ),
        );
    },
  );
  api.get(
    '/plan-development/:id/files/:documentId',
    {
      config: { access: 'plan_development.read' },
      schema: {
        summary: 'Download an outcome’s file',
        description: 'For whoever may read the development.',
        tags,
        params: FileParams,
        response: { 200: Type.Unknown(), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) =>
      sendDocument(
        reply,
        await downloadSdpOutcomeFile(ctx(request), request.params.id, request.params.documentId),
      ),
  );
  api.delete(
    '/plan-development/:id/files/:documentId',
    {
      config: { access: 'plan_development.manage' },
      schema: {
        summary: 'Remove an outcome’s file',
        description: 'The file and its outcome go together; the audit log keeps their names. Audited.',
        tags,
        params: FileParams,
        response: { 200: DevelopmentReply, ...CHANGE_ERRORS },
      },
    },
    async (request) => removeSdpOutcomeFile(ctx(request), request.params.id, request.params.documentId),
  );
};
