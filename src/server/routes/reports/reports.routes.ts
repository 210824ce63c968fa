import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppOptions } from '../../app';
import { exportDataPacket, fileNameOf } from '../../../usecases/qualifications/export-data-packet';
import { getDataPacketProtocol } from '../../../usecases/qualifications/get-data-packet-protocol';
import { getDataPacketView } from '../../../usecases/qualifications/get-data-packet-view';
import { importQualifications } from '../../../usecases/qualifications/import-qualifications';
import { saveDataPacketProtocol } from '../../../usecases/qualifications/save-data-packet-protocol';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, STANDARD_ERRORS } from '../../schemas';
import { acceptUploads, readMultipartUpload, uploadedFile } from '../../uploads';
import {
  DataPacketExportQuery,
  DataPacketQuery,
  DataPacketViewReply,
  ImportQualificationsBody,
  ImportQualificationsReply,
  ProtocolReply,
  SaveProtocolBody,
} from './reports.schemas';
import { sendFile } from '../../send-file';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** The I&R data packet, its exports and its protocol; the import of qualification history. */
export const reportRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  await acceptUploads(api);
  api.get(
    '/reports/data-packet',
    {
      config: { access: 'report.read' },
      schema: {
        summary: 'I&R data packet',
        description:
          'Figures per performance period for the state and a region beside it, with readings of the latest period.',
        tags: ['reports'],
        querystring: DataPacketQuery,
        response: { 200: DataPacketViewReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getDataPacketView({ db, actor: actorOf(request) }, request.query),
  );
  api.get(
    '/reports/data-packet/export',
    {
      config: { access: 'report.read' },
      schema: {
        summary: 'Export the data packet',
        description: 'CSV, XLSX or PDF, headed in English or Spanish.',
        tags: ['reports'],
        querystring: DataPacketExportQuery,
        response: { 200: Type.Unknown({ description: 'The file' }), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const view = await getDataPacketView({ db, actor: actorOf(request) }, request.query);
      const file = await exportDataPacket(view, request.query.format, request.query.language ?? 'en');
      const { format } = request.query;
      return sendFile(reply, {
        fileName: fileNameOf(view, format),
        contentType: CONTENT_TYPES[format],
        body: file,
      });
    },
  );
  api.get(
    '/reports/data-packet/protocol',
    {
      config: { access: 'report.read' },
      schema: {
        summary: 'Data analysis protocol',
        description: "The team's four answers about this packet.",
        tags: ['reports'],
        querystring: DataPacketQuery,
        response: { 200: ProtocolReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getDataPacketProtocol({ db, actor: actorOf(request) }, request.query),
  );
  api.put(
    '/reports/data-packet/protocol',
    {
      config: { access: 'report.read' },
      schema: {
        summary: 'Save the data analysis protocol',
        description:
          "The packet's team (its region's staff, or the state administrator) saves its answers; `version` must match (409 otherwise); audited.",
        tags: ['reports'],
        body: SaveProtocolBody,
        response: { 200: ProtocolReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) => saveDataPacketProtocol({ db, actor: actorOf(request) }, request.body),
  );
  api.post(
    '/qualifications/imports',
    {
      config: { access: 'qualification.import' },
      preValidation: readMultipartUpload(),
      schema: {
        summary: 'Import qualification history',
        description:
          'A qualifications CSV: all or nothing, naming line and column of a broken rule; importing the same file twice changes nothing.',
        tags: ['reports'],
        consumes: ['multipart/form-data'],
        body: ImportQualificationsBody,
        response: { 200: ImportQualificationsReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { fileName, content } = uploadedFile(request, 'file');
      return importQualifications({ db, actor: actorOf(request) }, fileName, content.toString('utf8'));
    },
  );
};
