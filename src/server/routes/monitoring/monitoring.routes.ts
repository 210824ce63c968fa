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
import { addEpcDocument } from '../../../usecases/monitoring/add-epc-document';
import { getEpcChecklist } from '../../../usecases/monitoring/get-epc-checklist';
import { getEpcDocument } from '../../../usecases/monitoring/get-epc-document';
import { getEpcProgress } from '../../../usecases/monitoring/get-epc-progress';
import { removeEpcDocument } from '../../../usecases/monitoring/remove-epc-document';
import { saveEpcLinks } from '../../../usecases/monitoring/save-epc-links';
import { verifyEpc } from '../../../usecases/monitoring/verify-epc';
import { DocumentReply, presentDocument, sendDocument } from '../../documents';
import { actorOf } from '../../policies/authenticate';
import { acceptUploads, readMultipartUpload, uploadedFile } from '../../uploads';
import { ErrorReply, IdParams, STANDARD_ERRORS } from '../../schemas';
import { sendFile } from '../../send-file';
import {
  ApplicationDetailReply,
  ApplicationsQuery,
  ApplicationsReply,
  ApplicationStatusBody,
  ApprovalBody,
  CreateApplicationBody,
  EpcChecklistQuery,
  EpcChecklistReply,
  EpcDocumentBody,
  EpcDocumentParams,
  EpcLinksBody,
  EpcProgressQuery,
  EpcProgressReply,
  EpcVerificationBody,
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
  await acceptUploads(api);

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
        description: 'As XLSX or PDF, in English or Spanish.',
        tags,
        querystring: TrackingLogFileQuery,
        response: { 200: Type.Unknown({ description: 'The file' }), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const { format, language, ...query } = request.query;
      return sendFile(reply, await exportTrackingLog(ctx(request), query, format, language ?? 'en'));
    },
  );

  api.get(
    '/monitoring/epc',
    {
      config: { access: 'monitoring.read' },
      schema: {
        summary: "A subgrantee's EPC checklist",
        description:
          'Every strategy an EPC verifies, for a region, year and term: its documents, links and verification.',
        tags,
        querystring: EpcChecklistQuery,
        response: { 200: EpcChecklistReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getEpcChecklist(ctx(request), request.query),
  );
  api.get(
    '/monitoring/epc/progress',
    {
      config: { access: 'monitoring.read' },
      schema: {
        summary: 'EPC verification progress',
        description: 'For every subgrantee in your scope: strategies verified, needing more, and waiting.',
        tags,
        querystring: EpcProgressQuery,
        response: { 200: EpcProgressReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getEpcProgress(ctx(request), request.query),
  );
  api.post(
    '/monitoring/epc/documents',
    {
      config: { access: 'monitoring.manage' },
      preValidation: readMultipartUpload(),
      schema: {
        summary: "Save a document of a strategy's EPC documentation",
        description:
          'A PDF, image, Word, Excel, CSV or text file up to 10 MB, kept in the database; audited.',
        tags,
        consumes: ['multipart/form-data'],
        body: EpcDocumentBody,
        response: { 201: DocumentReply, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const { file: _file, ...key } = request.body;
      const file = uploadedFile(request, 'file');
      const stored = await addEpcDocument(ctx(request), key, {
        fileName: file.fileName,
        content: file.content,
      });
      return reply.status(201).send(presentDocument(stored));
    },
  );
  api.get(
    '/monitoring/epc/:id/documents/:documentId',
    {
      config: { access: 'monitoring.read' },
      schema: {
        summary: "Download a document of a strategy's EPC documentation",
        description: 'The file as it was saved.',
        tags,
        params: EpcDocumentParams,
        response: { 200: Type.Unknown({ description: 'The file' }), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) =>
      sendDocument(reply, await getEpcDocument(ctx(request), request.params.id, request.params.documentId)),
  );
  api.delete(
    '/monitoring/epc/:id/documents/:documentId',
    {
      config: { access: 'monitoring.manage' },
      schema: {
        summary: "Remove a document of a strategy's EPC documentation",
        description:
          'For whoever may save the subgrantee’s documentation; the audit log keeps the file’s name, type and size.',
        tags,
        params: EpcDocumentParams,
        response: { 204: Type.Null(), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      await removeEpcDocument(ctx(request), request.params.id, request.params.documentId);
      return reply.status(204).send(null);
    },
  );
  api.put(
    '/monitoring/epc/links',
    {
      config: { access: 'monitoring.manage' },
      schema: {
        summary: "Save the links of a strategy's EPC documentation",
        description: 'Web addresses only, at the version you read; audited.',
        tags,
        body: EpcLinksBody,
        response: { 204: Type.Null(), ...CHANGE_ERRORS },
      },
    },
    async (request, reply) => {
      await saveEpcLinks(ctx(request), request.body);
      return reply.status(204).send(null);
    },
  );
  api.post(
    '/monitoring/epc/verification',
    {
      config: { access: 'epc.verify' },
      schema: {
        summary: "Verify a strategy's EPC documentation",
        description:
          'Verified (every checklist item found) or needs more (with a comment), the date and a comment; the consultant assigned to the region; audited.',
        tags,
        body: EpcVerificationBody,
        response: { 204: Type.Null(), ...CHANGE_ERRORS },
      },
    },
    async (request, reply) => {
      await verifyEpc(ctx(request), request.body);
      return reply.status(204).send(null);
    },
  );
};
