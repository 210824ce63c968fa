import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { changeAssessmentLevel } from '../../../usecases/assessments/change-assessment-result';
import { changeBelowProficientSetting } from '../../../usecases/assessments/change-below-proficient-setting';
import { enterAssessmentResult } from '../../../usecases/assessments/enter-assessment-result';
import { getBelowProficientSetting } from '../../../usecases/assessments/get-below-proficient-setting';
import { importAssessmentResults } from '../../../usecases/assessments/import-assessment-results';
import { listAssessmentResults } from '../../../usecases/assessments/list-assessment-results';
import { listChildAssessments } from '../../../usecases/assessments/list-child-assessments';
import { previewAssessmentFile } from '../../../usecases/assessments/preview-assessment-file';
import { removeAssessmentResult } from '../../../usecases/assessments/remove-assessment-result';
import type { AppOptions } from '../../app';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, IdParams, ListOf, STANDARD_ERRORS } from '../../schemas';
import { acceptUploads, readMultipartUpload, uploadedFile } from '../../uploads';
import {
  AssessmentImportBody,
  AssessmentImportReply,
  AssessmentKeyParams,
  AssessmentListQuery,
  AssessmentPreviewBody,
  AssessmentPreviewReply,
  AssessmentResultReply,
  BelowProficientSettingReply,
  ChangeBelowProficientSettingBody,
  ChangeLevelBody,
  RemoveResultQuery,
  ChildAssessmentsReply,
  EnterAssessmentBody,
} from './assessments.schemas';

/** Children's state assessment results: listed, typed by hand, imported; and which levels count as below proficient. */
export const assessmentRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const ctx = (request: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(request) });
  const tags = ['assessments'];
  await acceptUploads(api);

  api.get(
    '/assessments',
    {
      config: { access: 'assessment.manage' },
      schema: {
        summary: 'State assessment results',
        description: 'Results of the students in your scope, the latest school year first.',
        tags,
        querystring: AssessmentListQuery,
        response: { 200: ListOf(AssessmentResultReply), ...STANDARD_ERRORS },
      },
    },
    async (request) => listAssessmentResults(ctx(request), request.query),
  );
  api.post(
    '/assessments',
    {
      config: { access: 'assessment.manage' },
      schema: {
        summary: 'Enter a result by hand',
        description:
          'One result per student, subject and school year (a second is 409: correct the first). The student must be in your scope. Audited.',
        tags,
        body: EnterAssessmentBody,
        response: { 201: AssessmentResultReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request, reply) => reply.status(201).send(await enterAssessmentResult(ctx(request), request.body)),
  );
  api.put(
    '/assessments/:studentId/:subject/:schoolYear',
    {
      config: { access: 'assessment.manage' },
      schema: {
        summary: "Correct a result's level",
        description:
          'The result becomes one typed by hand. `version` must be the one read (409 otherwise). Audited with the level before.',
        tags,
        params: AssessmentKeyParams,
        body: ChangeLevelBody,
        response: { 200: AssessmentResultReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) =>
      changeAssessmentLevel(
        ctx(request),
        { ...request.params, version: request.body.version },
        request.body.level,
      ),
  );
  api.delete(
    '/assessments/:studentId/:subject/:schoolYear',
    {
      config: { access: 'assessment.manage' },
      schema: {
        summary: 'Remove a result',
        description: '`version` must be the one read (409 otherwise). Audited with what it held.',
        tags,
        params: AssessmentKeyParams,
        querystring: RemoveResultQuery,
        response: { 204: Type.Null(), ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request, reply) => {
      await removeAssessmentResult(ctx(request), { ...request.params, version: request.query.version });
      return reply.status(204).send(null);
    },
  );
  api.post(
    '/assessments/imports/preview',
    {
      config: { access: 'assessment.manage' },
      preValidation: readMultipartUpload(),
      schema: {
        summary: 'Preview a file of results',
        description:
          'The header, the first rows and a guessed column mapping: the mapping step. Nothing is stored.',
        tags,
        consumes: ['multipart/form-data'],
        body: AssessmentPreviewBody,
        response: { 200: AssessmentPreviewReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => previewAssessmentFile(ctx(request), uploadedFile(request, 'file')),
  );
  api.post(
    '/assessments/imports',
    {
      config: { access: 'assessment.manage' },
      preValidation: readMultipartUpload(['mapping']),
      schema: {
        summary: 'Import a file of results',
        description:
          'CSV or XLSX through the column mapping, all or nothing: any problem refuses the file naming line and column. A stored result of the same student, subject and year takes the file’s level. Audited.',
        tags,
        consumes: ['multipart/form-data'],
        body: AssessmentImportBody,
        response: { 200: AssessmentImportReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      importAssessmentResults(ctx(request), {
        ...uploadedFile(request, 'file'),
        mapping: request.body.mapping,
      }),
  );
  api.get(
    '/assessments/settings',
    {
      config: { access: 'plan.read' },
      schema: {
        summary: 'Which levels count as below proficient',
        description:
          "California's default: CAASPP levels 1–2, ELPAC levels 1–3, unless the state changed them.",
        tags,
        response: { 200: BelowProficientSettingReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getBelowProficientSetting(ctx(request)),
  );
  api.put(
    '/assessments/settings',
    {
      config: { access: 'plan.manage' },
      schema: {
        summary: 'Change which levels count as below proficient',
        description:
          'State administrators, at the version read (409 when someone changed it since). Audited with the setting before.',
        tags,
        body: ChangeBelowProficientSettingBody,
        response: { 200: BelowProficientSettingReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) => {
      const { version, ...setting } = request.body;
      return changeBelowProficientSetting(ctx(request), setting, version);
    },
  );
  api.get(
    '/children/:id/assessments',
    {
      config: { access: 'child.read' },
      schema: {
        summary: "A child's state assessment results",
        description: 'The latest school year first, each marked below proficient or not.',
        tags,
        params: IdParams,
        response: { 200: ChildAssessmentsReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => listChildAssessments(ctx(request), request.params.id),
  );
};
