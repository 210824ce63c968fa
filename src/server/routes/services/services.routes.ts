import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppOptions } from '../../app';
import { todayInState } from '../../../usecases/clock';
import { addServiceCodeMapping } from '../../../usecases/services/add-service-code-mapping';
import { createService } from '../../../usecases/services/create-service';
import { deleteService } from '../../../usecases/services/delete-service';
import { deleteTestScore } from '../../../usecases/services/delete-test-score';
import { endServiceCodeMappingOn } from '../../../usecases/services/end-service-code-mapping';
import { enrollChild } from '../../../usecases/services/enroll-child';
import { getAttendanceSheet } from '../../../usecases/services/get-attendance-sheet';
import { getService } from '../../../usecases/services/get-service';
import { importAttendance } from '../../../usecases/services/import-attendance';
import { importTestScores } from '../../../usecases/services/import-test-scores';
import { listServiceEnrollments } from '../../../usecases/services/list-enrolled-children';
import { listServiceCodeMapOf } from '../../../usecases/services/list-service-code-map';
import { listServices } from '../../../usecases/services/list-services';
import { recordTestScore } from '../../../usecases/services/record-test-score';
import { saveAttendanceSheet } from '../../../usecases/services/save-attendance-sheet';
import { unenrollChild } from '../../../usecases/services/unenroll-child';
import { updateService } from '../../../usecases/services/update-service';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, STANDARD_ERRORS } from '../../schemas';
import { acceptUploads, readMultipartUpload, uploadedFile } from '../../uploads';
import {
  AddCodeMappingBody,
  AttendanceImportReply,
  CodeMappingReply,
  CodeMapQuery,
  CodeMapReply,
  CreateServiceBody,
  DeleteServiceQuery,
  EndCodeMappingBody,
  EnrollBody,
  EnrollmentParams,
  EnrollmentsReply,
  EnrollReply,
  ImportFileBody,
  SaveSheetBody,
  ServiceDetailReply,
  ServiceParams,
  ServicesQuery,
  ServicesReply,
  SheetParams,
  SheetReply,
  TestBody,
  TestImportReply,
  TestParams,
  TestReply,
  UpdateServiceBody,
} from './services.schemas';

/** Services, their enrollments, attendance sheets and test scores, and the service code map. */
export const serviceRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const ctx = (request: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(request) });
  const tags = ['services'];
  const CHANGE_ERRORS = { ...STANDARD_ERRORS, 409: ErrorReply };
  await acceptUploads(api);

  api.get(
    '/services',
    {
      config: { access: 'service.read' },
      schema: {
        summary: 'List services',
        description:
          'Services in your scope (district staff: those their district provides), the latest first.',
        tags,
        querystring: ServicesQuery,
        response: { 200: ServicesReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => listServices(ctx(request), request.query),
  );
  api.post(
    '/services',
    {
      config: { access: 'service.manage' },
      schema: {
        summary: 'Create a service',
        description:
          'A service of a region you set services up in, aligned within the adopted plan; audited.',
        tags,
        body: CreateServiceBody,
        response: { 201: ServiceDetailReply, ...CHANGE_ERRORS },
      },
    },
    async (request, reply) => reply.status(201).send(await createService(ctx(request), request.body)),
  );
  api.get(
    '/services/code-map',
    {
      config: { access: 'service.read' },
      schema: {
        summary: "A region's service code map",
        description:
          "The region's local service codes and the state codes they map to, by date (yours by default).",
        tags,
        querystring: CodeMapQuery,
        response: { 200: CodeMapReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => listServiceCodeMapOf(ctx(request), request.query.regionId),
  );
  api.post(
    '/services/code-map',
    {
      config: { access: 'service.manage' },
      schema: {
        summary: 'Map a local service code',
        description:
          "Map a local code to the state's code from a date; refused when it overlaps another mapping of the code; audited.",
        tags,
        body: AddCodeMappingBody,
        response: { 201: CodeMappingReply, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => reply.status(201).send(await addServiceCodeMapping(ctx(request), request.body)),
  );
  api.post(
    '/services/code-map/end',
    {
      config: { access: 'service.manage' },
      schema: {
        summary: 'End a code mapping',
        description: 'Set the last day a mapping applies; audited.',
        tags,
        body: EndCodeMappingBody,
        response: { 200: CodeMappingReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => endServiceCodeMappingOn(ctx(request), request.body),
  );
  api.get(
    '/services/:serviceId',
    {
      config: { access: 'service.read' },
      schema: {
        summary: 'A service',
        description: 'With its enrollment count and attendance summary; 404 outside your scope.',
        tags,
        params: ServiceParams,
        response: { 200: ServiceDetailReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getService(ctx(request), request.params.serviceId),
  );
  api.put(
    '/services/:serviceId',
    {
      config: { access: 'service.manage' },
      schema: {
        summary: 'Change a service',
        description: 'Every field, if the service is still at `version` (409 otherwise); audited.',
        tags,
        params: ServiceParams,
        body: UpdateServiceBody,
        response: { 200: ServiceDetailReply, ...CHANGE_ERRORS },
      },
    },
    async (request) => updateService(ctx(request), request.params.serviceId, request.body),
  );
  api.delete(
    '/services/:serviceId',
    {
      config: { access: 'service.manage' },
      schema: {
        summary: 'Delete a service',
        description: 'Only a service no one is enrolled in, still at `version`; audited.',
        tags,
        params: ServiceParams,
        querystring: DeleteServiceQuery,
        response: { 204: Type.Null(), ...CHANGE_ERRORS },
      },
    },
    async (request, reply) => {
      await deleteService(ctx(request), request.params.serviceId, request.query.version);
      return reply.status(204).send(null);
    },
  );
  api.get(
    '/services/:serviceId/enrollments',
    {
      config: { access: 'service.read' },
      schema: {
        summary: 'Children enrolled in a service',
        description: 'By name, with hours attended and their first pre and last post scores.',
        tags,
        params: ServiceParams,
        response: { 200: EnrollmentsReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => listServiceEnrollments(ctx(request), request.params.serviceId),
  );
  api.post(
    '/services/:serviceId/enrollments',
    {
      config: { access: 'service.record' },
      schema: {
        summary: 'Enroll a child',
        description:
          'Only a child eligible on the enrollment date (the refusal names their spans of eligibility), within the service’s dates, not already enrolled; audited.',
        tags,
        params: ServiceParams,
        body: EnrollBody,
        response: { 201: EnrollReply, ...CHANGE_ERRORS },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await enrollChild(ctx(request), request.params.serviceId, request.body)),
  );
  api.delete(
    '/services/:serviceId/enrollments/:enrollmentId',
    {
      config: { access: 'service.record' },
      schema: {
        summary: 'Unenroll a child',
        description:
          'Only while no attendance or test is recorded for the enrollment (409 otherwise); audited.',
        tags,
        params: EnrollmentParams,
        response: { 204: Type.Null(), ...CHANGE_ERRORS },
      },
    },
    async (request, reply) => {
      await unenrollChild(ctx(request), request.params.serviceId, request.params.enrollmentId);
      return reply.status(204).send(null);
    },
  );
  api.get(
    '/services/:serviceId/attendance/:date',
    {
      config: { access: 'service.read' },
      schema: {
        summary: 'The attendance sheet of a date',
        description:
          'Every child enrolled by that date, with the minutes recorded for them that day (null: absent).',
        tags,
        params: SheetParams,
        response: { 200: SheetReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getAttendanceSheet(ctx(request), request.params.serviceId, request.params.date),
  );
  api.put(
    '/services/:serviceId/attendance/:date',
    {
      config: { access: 'service.record' },
      schema: {
        summary: 'Save the attendance sheet of a date',
        description:
          'The children present with their minutes; every other child enrolled was absent. One transaction; audited.',
        tags,
        params: SheetParams,
        body: SaveSheetBody,
        response: { 200: SheetReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      saveAttendanceSheet(
        ctx(request),
        request.params.serviceId,
        request.params.date,
        request.body,
        todayInState(),
      ),
  );
  api.post(
    '/services/:serviceId/attendance/imports',
    {
      config: { access: 'service.record' },
      preValidation: readMultipartUpload(),
      schema: {
        summary: "Import a service's attendance",
        description:
          'CSV or XLSX with the columns student_id, date, minutes: all or nothing, naming line and column of each problem; audited.',
        tags,
        consumes: ['multipart/form-data'],
        params: ServiceParams,
        body: ImportFileBody,
        response: { 200: AttendanceImportReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      importAttendance(ctx(request), request.params.serviceId, uploadedFile(request, 'file'), todayInState()),
  );
  api.post(
    '/services/:serviceId/tests',
    {
      config: { access: 'service.record' },
      schema: {
        summary: "Record a child's test score",
        description: 'A pre or post score within the instrument’s range, dated within the service; audited.',
        tags,
        params: ServiceParams,
        body: TestBody,
        response: { 201: TestReply, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordTestScore(ctx(request), request.params.serviceId, request.body, todayInState())),
  );
  api.delete(
    '/services/:serviceId/tests/:testId',
    {
      config: { access: 'service.record' },
      schema: {
        summary: 'Remove a test score',
        description: 'A score entered by mistake; audited.',
        tags,
        params: TestParams,
        response: { 204: Type.Null(), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      await deleteTestScore(ctx(request), request.params.serviceId, request.params.testId);
      return reply.status(204).send(null);
    },
  );
  api.post(
    '/services/:serviceId/tests/imports',
    {
      config: { access: 'service.record' },
      preValidation: readMultipartUpload(),
      schema: {
        summary: "Import a service's test scores",
        description:
          'CSV or XLSX with the columns student_id, kind (pre/post), date, score: all or nothing, naming line and column; audited.',
        tags,
        consumes: ['multipart/form-data'],
        params: ServiceParams,
        body: ImportFileBody,
        response: { 200: TestImportReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      importTestScores(ctx(request), request.params.serviceId, uploadedFile(request, 'file'), todayInState()),
  );
};
