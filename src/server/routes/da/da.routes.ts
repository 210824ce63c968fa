import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { todayInState } from '../../../usecases/clock';
import { deleteAssistance } from '../../../usecases/da/delete-assistance';
import { deleteDaRuleSet } from '../../../usecases/da/delete-da-rule-set';
import { exportDetermination } from '../../../usecases/da/export-determination';
import { getDaImport } from '../../../usecases/da/get-da-import';
import { getDaLea } from '../../../usecases/da/get-da-lea';
import { getDetermination } from '../../../usecases/da/get-determination';
import { listAssistance } from '../../../usecases/da/list-assistance';
import { listDaRuleSets } from '../../../usecases/da/list-da-rule-sets';
import { listDeterminations } from '../../../usecases/da/list-determinations';
import { recordAssistance } from '../../../usecases/da/record-assistance';
import { runDetermination } from '../../../usecases/da/run-determination';
import { saveDaRuleSets } from '../../../usecases/da/save-da-rule-sets';
import { updateAssistance } from '../../../usecases/da/update-assistance';
import { uploadDashboardFiles } from '../../../usecases/da/upload-dashboard-files';
import { checkCdeList } from '../../../usecases/da/check-cde-list';
import { DomainError } from '../../../core/common/domain-error';
import type { AppOptions } from '../../app';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, IdParams, STANDARD_ERRORS } from '../../schemas';
import { acceptUploads, readMultipartUpload, uploadedFiles } from '../../uploads';
import {
  AssistanceListReply,
  AssistanceQuery,
  AssistanceReply,
  CdeListBody,
  CdeListCheckReply,
  DaImportReply,
  DeterminationListReply,
  DeterminationQuery,
  DeterminationReply,
  DeterminationResultsReply,
  ExportQuery,
  LeaIdParams,
  LeaQuery,
  LeaReply,
  NewAssistanceBody,
  UpdateAssistanceBody,
  DeleteAssistanceQuery,
  RuleSetIdParams,
  DeleteRuleSetQuery,
  RuleSetListReply,
  RunDeterminationBody,
  SaveRuleSetsBody,
  UploadDashboardBody,
} from './da.schemas';
import { sendFile } from '../../send-file';

/** Differentiated assistance: Dashboard uploads, determinations, each LEA's decision and the assistance recorded. */
export const daRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  await acceptUploads(api);
  api.post(
    '/da/imports',
    {
      config: { access: 'da.manage' },
      preValidation: readMultipartUpload(),
      schema: {
        summary: 'Upload Dashboard files',
        description:
          "The CSV files described in docs/rules/differentiated-assistance-format.md (XLSX accepted), or the CDE's downloadable Dashboard data files as published (.txt, several at once, or a .zip of them, with local_indicators.csv and lea_status.csv beside them if needed), as multipart/form-data. Refused whole, naming file, line and column, when the contract says so; audited.",
        tags: ['da'],
        consumes: ['multipart/form-data'],
        body: UploadDashboardBody,
        response: { 201: DaImportReply, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await uploadDashboardFiles(
            { db, actor: actorOf(request) },
            { files: dashboardFilesByName(request), year: request.body.year },
          ),
        ),
  );
  api.post(
    '/da/imports/:id/cde-list-check',
    {
      config: { access: 'da.read' },
      preValidation: readMultipartUpload(),
      schema: {
        summary: "Check an upload's decision against the CDE's list",
        description:
          "The upload's LEAs decided for its year and set beside the CDE's list of LEAs eligible for assistance (one file, multipart/form-data): LEA by LEA, agrees or differs, the groups whose areas differ and the rows that explain it. Reads only; the list is not kept.",
        tags: ['da'],
        consumes: ['multipart/form-data'],
        params: IdParams,
        body: CdeListBody,
        response: { 200: CdeListCheckReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const [list] = uploadedFiles(request);
      if (!list) throw DomainError.invalidField('files', "the CDE's list is required");
      return checkCdeList({ db, actor: actorOf(request) }, request.params.id, {
        name: list.fileName,
        bytes: list.content,
      });
    },
  );
  api.get(
    '/da/imports/:id',
    {
      config: { access: 'da.read' },
      schema: {
        summary: 'A Dashboard upload',
        description:
          'What was read: LEAs, years, rows per file, rows ignored and why; and the determinations run on it.',
        tags: ['da'],
        params: IdParams,
        response: { 200: DaImportReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getDaImport({ db, actor: actorOf(request) }, request.params.id),
  );
  api.post(
    '/da/imports/:id/determinations',
    {
      config: { access: 'da.manage' },
      schema: {
        summary: 'Run a determination',
        description:
          'Decides every LEA of the upload for a year with that year’s rule set and keeps each decision with the rows that caused it; audited.',
        tags: ['da'],
        params: IdParams,
        body: RunDeterminationBody,
        response: { 201: DeterminationReply, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await runDetermination({ db, actor: actorOf(request) }, request.params.id, request.body.year)),
  );
  api.get(
    '/da/determinations',
    {
      config: { access: 'da.read' },
      schema: {
        summary: 'List determinations',
        description: 'Every determination run, newest first.',
        tags: ['da'],
        response: { 200: DeterminationListReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => listDeterminations({ db, actor: actorOf(request) }),
  );
  api.get(
    '/da/determinations/:id',
    {
      config: { access: 'da.read' },
      schema: {
        summary: 'Determination results',
        description:
          'Its LEAs — eligible, not eligible, intensive intervention — filtered by county, LEA type and student group, each with Ciclo’s eligible migratory children enrolled there.',
        tags: ['da'],
        params: IdParams,
        querystring: DeterminationQuery,
        response: { 200: DeterminationResultsReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      getDetermination({ db, actor: actorOf(request) }, request.params.id, request.query, todayInState()),
  );
  api.get(
    '/da/determinations/:id/export',
    {
      config: { access: 'da.read' },
      schema: {
        summary: 'Export determination results',
        description: 'The filtered results as CSV or XLSX.',
        tags: ['da'],
        params: IdParams,
        querystring: ExportQuery,
        response: { 200: Type.Unknown({ description: 'The file' }), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const file = await exportDetermination(
        { db, actor: actorOf(request) },
        request.params.id,
        filters,
        format ?? 'csv',
        todayInState(),
      );
      return sendFile(reply, file);
    },
  );
  api.get(
    '/da/leas/:id',
    {
      config: { access: 'da.read' },
      schema: {
        summary: 'An LEA’s DA decision',
        description:
          'Its decision in plain words (English and Spanish) with the rows that caused it, its history across years, Ciclo’s migrant count and the assistance recorded.',
        tags: ['da'],
        params: LeaIdParams,
        querystring: LeaQuery,
        response: { 200: LeaReply, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      getDaLea(
        { db, actor: actorOf(request) },
        request.params.id,
        request.query.determinationId,
        todayInState(),
      ),
  );
  api.post(
    '/da/leas/:id/assistance',
    {
      config: { access: 'da.assist' },
      schema: {
        summary: 'Record assistance given to an LEA',
        description: 'A meeting, training… with root-cause themes and next steps; audited.',
        tags: ['da'],
        params: LeaIdParams,
        body: NewAssistanceBody,
        response: { 201: AssistanceReply, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordAssistance(
            { db, actor: actorOf(request) },
            request.params.id,
            request.body,
            todayInState(),
          ),
        ),
  );
  api.get(
    '/da/assistance',
    {
      config: { access: 'da.read' },
      schema: {
        summary: 'Assistance recorded',
        description: 'Across counties, newest first; by county or LEA.',
        tags: ['da'],
        querystring: AssistanceQuery,
        response: { 200: AssistanceListReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => listAssistance({ db, actor: actorOf(request) }, request.query),
  );
  api.put(
    '/da/assistance/:id',
    {
      config: { access: 'da.assist' },
      schema: {
        summary: 'Correct a record of assistance',
        description:
          'By its region (or the state), at the version read (409 when someone changed it since); audited with what it was.',
        tags: ['da'],
        params: IdParams,
        body: UpdateAssistanceBody,
        response: { 200: AssistanceReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) =>
      updateAssistance({ db, actor: actorOf(request) }, request.params.id, request.body, todayInState()),
  );
  api.delete(
    '/da/assistance/:id',
    {
      config: { access: 'da.assist' },
      schema: {
        summary: 'Remove a record of assistance entered by mistake',
        description:
          'By its region (or the state), at the version read (409 when someone changed it since); the audit log keeps what it said.',
        tags: ['da'],
        params: IdParams,
        querystring: DeleteAssistanceQuery,
        response: { 204: Type.Null(), ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request, reply) => {
      await deleteAssistance({ db, actor: actorOf(request) }, request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
  api.get(
    '/da/rule-sets',
    {
      config: { access: 'da.read' },
      schema: {
        summary: 'Rule sets in force',
        description: "California's per Dashboard year, with the state's additions and overrides.",
        tags: ['da'],
        response: { 200: RuleSetListReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => ({ items: await listDaRuleSets({ db, actor: actorOf(request) }) }),
  );
  api.put(
    '/da/rule-sets',
    {
      config: { access: 'da.manage' },
      schema: {
        summary: 'Add or override rule sets',
        description:
          'One rule set or an array, validated against the rule-set schema (each problem named), each at the version read; the same id replaces California’s. Audited.',
        tags: ['da'],
        body: SaveRuleSetsBody,
        response: { 200: RuleSetListReply, ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request) => ({
      items: await saveDaRuleSets(
        { db, actor: actorOf(request) },
        request.body.definition,
        request.body.versions,
      ),
    }),
  );
  api.delete(
    '/da/rule-sets/:id',
    {
      config: { access: 'da.manage' },
      schema: {
        summary: 'Remove a state rule set',
        description: 'An override of California’s gives California’s back. Audited.',
        tags: ['da'],
        params: RuleSetIdParams,
        querystring: DeleteRuleSetQuery,
        response: { 204: Type.Null(), ...STANDARD_ERRORS, 409: ErrorReply },
      },
    },
    async (request, reply) => {
      await deleteDaRuleSet({ db, actor: actorOf(request) }, request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
};

/** The uploaded files by name; a name given twice is refused. */
function dashboardFilesByName(request: Parameters<typeof uploadedFiles>[0]): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const file of uploadedFiles(request)) {
    if (Object.hasOwn(files, file.fileName)) throw DomainError.invalidField(file.fileName, 'was given twice');
    files[file.fileName] = file.content;
  }
  return files;
}
