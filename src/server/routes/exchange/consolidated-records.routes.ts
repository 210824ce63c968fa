import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { attachConsolidatedRecord } from '../../../usecases/exchange/attach-consolidated-record';
import {
  detachConsolidatedRecord,
  reattachConsolidatedRecord,
} from '../../../usecases/exchange/detach-consolidated-record';
import { importConsolidatedRecords } from '../../../usecases/exchange/import-consolidated-records';
import { listConsolidatedRecords } from '../../../usecases/exchange/list-consolidated-records';
import type { AppOptions } from '../../app';
import { actorOf } from '../../policies/authenticate';
import { IdParams, STANDARD_ERRORS } from '../../schemas';
import { acceptUploads, readMultipartUpload, uploadedFile } from '../../uploads';
import {
  AttachBody,
  ChildConsolidatedRecordsReply,
  ConsolidatedRecordReply,
  ImportBody,
  ImportReply,
  RecordParams,
  VersionBody,
} from './consolidated-records.schemas';

/** Consolidated records of children from other states (issue 21, docs/rules/msix.md X11). */
export const consolidatedRecordRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const ctx = (request: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(request) });
  const tags = ['msix'];
  await acceptUploads(api);

  api.get(
    '/children/:id/msix-records',
    {
      config: { access: 'child.read' },
      schema: {
        summary: "A child's records from other states",
        description:
          'The consolidated records from MSIX attached to the child, per sending state (moves, enrollments, courses, assessments), and those detached. Whoever reads the child reads them.',
        tags,
        params: IdParams,
        response: { 200: ChildConsolidatedRecordsReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => listConsolidatedRecords(ctx(request), request.params.id),
  );
  api.post(
    '/children/:id/msix-records',
    {
      config: { access: 'msix.attach' },
      preValidation: readMultipartUpload(),
      schema: {
        summary: 'Attach a record from other states to a child',
        description:
          "The data specialist of the child's region or the state administrator: a file of consolidated records (X11.1); a file of several names the record by its MSIX ID. A record the child holds for the same MSIX ID is detached. Nothing of Ciclo's own data changes. Audited.",
        tags,
        consumes: ['multipart/form-data'],
        params: IdParams,
        body: AttachBody,
        response: { 200: ConsolidatedRecordReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { fileName, content } = uploadedFile(request, 'file');
      return attachConsolidatedRecord(ctx(request), request.params.id, {
        fileName,
        content,
        msixId: request.body.msixId,
      });
    },
  );
  api.post(
    '/children/:id/msix-records/:recordId/detach',
    {
      config: { access: 'msix.attach' },
      schema: {
        summary: 'Detach a record from other states',
        description:
          "It leaves the child's page and is kept, with who detached it and when, so that attaching it again undoes the detach. A stale version is refused with 409. Audited.",
        tags,
        params: RecordParams,
        body: VersionBody,
        response: { 200: ConsolidatedRecordReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      detachConsolidatedRecord(
        ctx(request),
        request.params.id,
        request.params.recordId,
        request.body.version,
      ),
  );
  api.post(
    '/children/:id/msix-records/:recordId/attach',
    {
      config: { access: 'msix.attach' },
      schema: {
        summary: 'Attach a detached record again',
        description:
          'The undo of a detach; a record the child holds now for the same MSIX ID is detached in its place. A stale version is refused with 409. Audited.',
        tags,
        params: RecordParams,
        body: VersionBody,
        response: { 200: ConsolidatedRecordReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      reattachConsolidatedRecord(
        ctx(request),
        request.params.id,
        request.params.recordId,
        request.body.version,
      ),
  );
  api.post(
    '/msix/records/proposals',
    {
      config: { access: 'msix.attach' },
      preValidation: readMultipartUpload(),
      schema: {
        summary: 'Propose the children of a file of records from other states',
        description:
          "For each record of the file, the children of your scope it likely belongs to (the same MSIX ID, or name and birth date) and whether the match is sure; nothing is attached: a person confirms one by attaching the record on the child's page.",
        tags,
        consumes: ['multipart/form-data'],
        body: ImportBody,
        response: { 200: ImportReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { fileName, content } = uploadedFile(request, 'file');
      return importConsolidatedRecords(ctx(request), { fileName, content });
    },
  );
};
