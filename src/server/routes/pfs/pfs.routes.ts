import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { changePfsSettings } from '../../../usecases/pfs/change-pfs-settings';
import { removeSchoolStatus } from '../../../usecases/pfs/remove-school-status';
import { findEnrollmentCandidates } from '../../../usecases/pfs/find-enrollment-candidates';
import { exportRegionPfsList } from '../../../usecases/pfs/export-region-pfs-list';
import { getChildPfs } from '../../../usecases/pfs/get-child-pfs';
import { getPfsSettings } from '../../../usecases/pfs/get-pfs-settings';
import { getRegionPfsList } from '../../../usecases/pfs/get-region-pfs-list';
import { recordSchoolStatus } from '../../../usecases/pfs/record-school-status';
import type { AppOptions } from '../../app';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, IdParams, STANDARD_ERRORS } from '../../schemas';
import {
  ChildPfsQuery,
  ChildPfsReply,
  EnrollmentCandidatesQuery,
  EnrollmentCandidatesReply,
  PfsListExportQuery,
  PfsListQuery,
  PfsListReply,
  PfsSettingsReply,
  ChangePfsSettingsBody,
  RecordSchoolStatusBody,
  SchoolStatusReply,
} from './pfs.schemas';
import { sendFile } from '../../send-file';

/** Priority for Services: a child's, a region's list and its export, the state's criteria, and the school statuses they read. */
export const pfsRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const ctx = (request: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(request) });
  const tags = ['pfs'];

  api.get(
    '/pfs',
    {
      config: { access: 'service.read' },
      schema: {
        summary: 'A region’s Priority for Services list',
        description:
          'For a region, a performance period and a term: the children eligible during the term who are PFS on the term’s day, with their criteria, whether a service of the term serves them, and the share served.',
        tags,
        querystring: PfsListQuery,
        response: { 200: PfsListReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getRegionPfsList(ctx(request), request.query),
  );
  api.get(
    '/pfs/export',
    {
      config: { access: 'service.read' },
      schema: {
        summary: 'Export a region’s PFS list',
        description: 'The list (filtered as on the page) as CSV or XLSX.',
        tags,
        querystring: PfsListExportQuery,
        response: { 200: Type.Unknown({ description: 'The file' }), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const file = await exportRegionPfsList(ctx(request), query, format ?? 'csv');
      return sendFile(reply, file);
    },
  );
  api.get(
    '/pfs/enrollment-candidates',
    {
      config: { access: 'service.record' },
      schema: {
        summary: 'Children to enroll in a service, PFS first',
        description:
          'The children a search finds, in the order of service on the service’s dates: Priority for Services first, then school-aged and preschool, currently then formerly migratory.',
        tags,
        querystring: EnrollmentCandidatesQuery,
        response: { 200: EnrollmentCandidatesReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => findEnrollmentCandidates(ctx(request), request.query.serviceId, request.query.q),
  );
  api.get(
    '/pfs/settings',
    {
      config: { access: 'service.read' },
      schema: {
        summary: 'The Priority for Services criteria',
        description:
          'The state’s criteria with the version to save a change at, California’s and their source.',
        tags,
        response: { 200: PfsSettingsReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getPfsSettings(ctx(request)),
  );
  api.put(
    '/pfs/settings',
    {
      config: { access: 'plan.manage' },
      schema: {
        summary: 'Change the Priority for Services criteria',
        description:
          'State administrators, at the version read (409 when someone changed them since). Audited with the criteria before.',
        tags,
        body: ChangePfsSettingsBody,
        response: { 200: PfsSettingsReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) => {
      const { version, ...settings } = request.body;
      return changePfsSettings(ctx(request), settings, version);
    },
  );
  api.get(
    '/children/:id/pfs',
    {
      config: { access: 'child.read' },
      schema: {
        summary: 'A child’s Priority for Services',
        description:
          'Whether the child is PFS on a day (today by default), every criterion met with its evidence, their group in the order of service, and their school statuses.',
        tags,
        params: IdParams,
        querystring: ChildPfsQuery,
        response: { 200: ChildPfsReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getChildPfs(ctx(request), request.params.id, request.query.on),
  );
  api.post(
    '/children/:id/school-statuses',
    {
      config: { access: 'child.write' },
      schema: {
        summary: 'Record a school status',
        description:
          'That the child is credit deficient or has dropped out, from a day (and to a day). Audited.',
        tags,
        params: IdParams,
        body: RecordSchoolStatusBody,
        response: { 201: SchoolStatusReply, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordSchoolStatus(ctx(request), request.params.id, request.body)),
  );
  api.delete(
    '/school-statuses/:id',
    {
      config: { access: 'child.write' },
      schema: {
        summary: 'Remove a school status',
        description: 'Audited with what it said.',
        tags,
        params: IdParams,
        response: { 204: Type.Null(), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      await removeSchoolStatus(ctx(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
