import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppOptions } from '../../app';
import { createApplication } from '../../../usecases/monitoring/create-application';
import { exportTrackingLog } from '../../../usecases/monitoring/export-tracking-log';
import { getApplication } from '../../../usecases/monitoring/get-application';
import { getTrackingLog } from '../../../usecases/monitoring/get-tracking-log';
import { listApplications } from '../../../usecases/monitoring/list-applications';
import { stepApplication } from '../../../usecases/monitoring/step-application';
import { updateApplication } from '../../../usecases/monitoring/update-application';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, IdParams, STANDARD_ERRORS } from '../../schemas';
import {
  ApplicationDetailReply,
  ApplicationsQuery,
  ApplicationsReply,
  ApplicationStatusBody,
  ApprovalBody,
  CreateApplicationBody,
  TrackingLogFileQuery,
  TrackingLogQuery,
  TrackingLogReply,
  UpdateApplicationBody,
} from './monitoring.schemas';

/** Monitoring (docs/rules/monitoring.md): applications, the SSDP Tracking Log. */
export const monitoringRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const ctx = (request: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(request) });
  const tags = ['monitoring'];
  const CHANGE_ERRORS = { ...STANDARD_ERRORS, 409: ErrorReply };

  api.get(
    '/monitoring/applications',
    {
      config: { access: 'monitoring.read' },
      schema: {
        summary: 'List applications',
        description:
          "Regional applications, DSAs and MOUs in your scope (district staff: their district's), of a region and year if given.",
        tags,
        querystring: ApplicationsQuery,
        response: { 200: ApplicationsReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => listApplications(ctx(request), request.query),
  );
  api.post(
    '/monitoring/applications',
    {
      config: { access: 'monitoring.manage' },
      schema: {
        summary: 'Start an application',
        description:
          "A region's regional application or a district's DSA or MOU for a program year, as a draft; one per year; audited.",
        tags,
        body: CreateApplicationBody,
        response: { 201: ApplicationDetailReply, ...CHANGE_ERRORS },
      },
    },
    async (request, reply) => reply.status(201).send(await createApplication(ctx(request), request.body)),
  );
  api.get(
    '/monitoring/applications/:id',
    {
      config: { access: 'monitoring.read' },
      schema: {
        summary: 'One application',
        description: 'With its lines and the services it may fund.',
        tags,
        params: IdParams,
        response: { 200: ApplicationDetailReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getApplication(ctx(request), request.params.id),
  );
  api.put(
    '/monitoring/applications/:id',
    {
      config: { access: 'monitoring.manage' },
      schema: {
        summary: "Save an application's lines",
        description: 'While it is a draft or a revision, at the version you read (409 otherwise); audited.',
        tags,
        params: IdParams,
        body: UpdateApplicationBody,
        response: { 200: ApplicationDetailReply, ...CHANGE_ERRORS },
      },
    },
    async (request) => updateApplication(ctx(request), request.params.id, request.body),
  );
  api.post(
    '/monitoring/applications/:id/status',
    {
      config: { access: 'monitoring.manage' },
      schema: {
        summary: 'Submit an application or reopen it for revision',
        description: 'Submit a draft or revision; reopen an approved one (a new revision); audited.',
        tags,
        params: IdParams,
        body: ApplicationStatusBody,
        response: { 200: ApplicationDetailReply, ...CHANGE_ERRORS },
      },
    },
    async (request) => stepApplication(ctx(request), request.params.id, request.body),
  );
  api.post(
    '/monitoring/applications/:id/approval',
    {
      config: { access: 'application.approve' },
      schema: {
        summary: 'Approve an application',
        description:
          "A submitted application: the state approves a regional application, the region's director its districts' agreements; audited.",
        tags,
        params: IdParams,
        body: ApprovalBody,
        response: { 200: ApplicationDetailReply, ...CHANGE_ERRORS },
      },
    },
    async (request) =>
      stepApplication(ctx(request), request.params.id, { version: request.body.version, step: 'approve' }),
  );
  api.get(
    '/monitoring/tracking-log',
    {
      config: { access: 'monitoring.read' },
      schema: {
        summary: 'The SSDP Tracking Log',
        description:
          "Strategies × implementers of a region's program year from its applications, and the alignment check.",
        tags,
        querystring: TrackingLogQuery,
        response: { 200: TrackingLogReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getTrackingLog(ctx(request), request.query),
  );
  api.get(
    '/monitoring/tracking-log/file',
    {
      config: { access: 'monitoring.read' },
      schema: {
        summary: 'Export the SSDP Tracking Log',
        description: 'As XLSX or PDF.',
        tags,
        querystring: TrackingLogFileQuery,
        response: { 200: Type.Unknown({ description: 'The file' }), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const file = await exportTrackingLog(ctx(request), query, format);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );
};
