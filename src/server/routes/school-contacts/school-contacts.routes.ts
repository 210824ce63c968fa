import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppOptions } from '../../app';
import { todayInState } from '../../../usecases/clock';
import {
  exportSchoolContactLog,
  logFileName,
} from '../../../usecases/school-contacts/export-school-contact-log';
import { deleteSchoolContact } from '../../../usecases/school-contacts/delete-school-contact';
import { getMonthlySchoolContactLog } from '../../../usecases/school-contacts/get-school-contact-log';
import { recordSchoolContact } from '../../../usecases/school-contacts/record-school-contact';
import { updateSchoolContact } from '../../../usecases/school-contacts/update-school-contact';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, IdParams, STANDARD_ERRORS } from '../../schemas';
import {
  DeleteSchoolContactQuery,
  SchoolContactBody,
  SchoolContactLogExportQuery,
  SchoolContactLogQuery,
  SchoolContactLogReply,
  SchoolContactReply,
  UpdateSchoolContactBody,
} from './school-contacts.schemas';
import { sendFile } from '../../send-file';

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', pdf: 'application/pdf' } as const;

/** The IDR School Contact Log: record, edit and delete contacts; a staff member's month, on screen and as a file. */
export const schoolContactRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.get(
    '/school-contacts/log',
    {
      config: { access: 'school_contact.read' },
      schema: {
        summary: 'Monthly school contact log',
        description:
          'A staff member’s contacts with schools in a month, in date order, with counts by type and outcome. Yours by default; a manager reads their region’s staff.',
        tags: ['recruitment'],
        querystring: SchoolContactLogQuery,
        response: { 200: SchoolContactLogReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      getMonthlySchoolContactLog({ db, actor: actorOf(request) }, request.query, todayInState()),
  );
  api.get(
    '/school-contacts/log/export',
    {
      config: { access: 'school_contact.read' },
      schema: {
        summary: 'Export the monthly school contact log',
        description: 'The month’s log as CSV or a printable PDF, in English or Spanish.',
        tags: ['recruitment'],
        querystring: SchoolContactLogExportQuery,
        response: { 200: Type.Unknown({ description: 'The file' }), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const { format, language, ...query } = request.query;
      const log = await getMonthlySchoolContactLog({ db, actor: actorOf(request) }, query, todayInState());
      const file = await exportSchoolContactLog(log, format, language ?? 'en');
      return sendFile(reply, {
        fileName: logFileName(log, format),
        contentType: CONTENT_TYPES[format],
        body: file,
      });
    },
  );
  api.post(
    '/school-contacts',
    {
      config: { access: 'school_contact.write' },
      schema: {
        summary: 'Record a school contact',
        description:
          'A contact you made with a school of your region: date, type of attempt, outcomes with their details; audited.',
        tags: ['recruitment'],
        body: SchoolContactBody,
        response: { 201: SchoolContactReply, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const entry = await recordSchoolContact({ db, actor: actorOf(request) }, request.body, todayInState());
      return reply.status(201).send(entry);
    },
  );
  api.put(
    '/school-contacts/:id',
    {
      config: { access: 'school_contact.write' },
      schema: {
        summary: 'Edit a school contact',
        description:
          'Your own entry, or (a manager) one of your region’s, at the version read (409 when someone changed it since); audited.',
        tags: ['recruitment'],
        params: IdParams,
        body: UpdateSchoolContactBody,
        response: { 200: SchoolContactReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) =>
      updateSchoolContact({ db, actor: actorOf(request) }, request.params.id, request.body, todayInState()),
  );
  api.delete(
    '/school-contacts/:id',
    {
      config: { access: 'school_contact.write' },
      schema: {
        summary: 'Delete a school contact',
        description:
          'Your own entry, or (a manager) one of your region’s, at the version read (409 when someone changed it since); the audit log keeps it.',
        tags: ['recruitment'],
        params: IdParams,
        querystring: DeleteSchoolContactQuery,
        response: { 204: Type.Null(), ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request, reply) => {
      await deleteSchoolContact({ db, actor: actorOf(request) }, request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
};
