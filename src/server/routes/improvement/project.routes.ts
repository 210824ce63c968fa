import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { addChangeIdea } from '../../../usecases/improvement/add-change-idea';
import { exportProfile } from '../../../usecases/improvement/export-profile';
import { getProject } from '../../../usecases/improvement/get-project';
import { savePdsaCycle } from '../../../usecases/improvement/save-pdsa-cycle';
import { saveProject } from '../../../usecases/improvement/save-project';
import { todayInState } from '../../../usecases/clock';
import type { AppOptions } from '../../app';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, IdParams, STANDARD_ERRORS } from '../../schemas';
import { sendFile } from '../../send-file';
import {
  AimBody,
  ChangeIdeaBody,
  CycleBody,
  CycleUpdateBody,
  ProfileQuerystring,
  ProjectReply,
  SavedReply,
} from './improvement.schemas';

const WRITE_ERRORS = { ...STANDARD_ERRORS, 409: ErrorReply } as const;

/** A team's project: aim, change ideas, PDSA cycles and run chart (IP4). */
export const projectRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const tags = ['improvement'];
  api.get(
    '/improvement/teams/:id/project',
    {
      config: { access: 'report.read' },
      schema: {
        summary: "A team's project",
        description:
          'The aim, change ideas, PDSA cycles and the run chart of its measure for the team’s region.',
        tags,
        params: IdParams,
        response: { 200: ProjectReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getProject({ db, actor: actorOf(request) }, request.params.id, todayInState()),
  );
  api.get(
    '/improvement/teams/:id/profile',
    {
      config: { access: 'report.read' },
      schema: {
        summary: "A team's profile (PDF)",
        description:
          'The team, its aim, drivers and change ideas, PDSA cycles and the run chart of its measure with its signals, as a PDF in English or Spanish. Whoever reads the project may download it.',
        tags,
        params: IdParams,
        querystring: ProfileQuerystring,
        response: { 200: Type.Unknown({ description: 'The PDF' }), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await exportProfile(
          { db, actor: actorOf(request) },
          request.params.id,
          todayInState(),
          request.query.language ?? 'en',
        ),
      ),
  );
  api.put(
    '/improvement/teams/:id/project',
    {
      config: { access: 'improvement.project' },
      schema: {
        summary: "Set a team's aim",
        tags,
        params: IdParams,
        body: AimBody,
        response: { 200: SavedReply, ...WRITE_ERRORS },
      },
    },
    async (request) => saveProject({ db, actor: actorOf(request) }, request.params.id, request.body),
  );
  api.post(
    '/improvement/projects/:id/change-ideas',
    {
      config: { access: 'improvement.project' },
      schema: {
        summary: 'Add a change idea',
        tags,
        params: IdParams,
        body: ChangeIdeaBody,
        response: { 201: SavedReply, ...WRITE_ERRORS },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addChangeIdea({ db, actor: actorOf(request) }, request.params.id, request.body)),
  );
  api.post(
    '/improvement/projects/:id/cycles',
    {
      config: { access: 'improvement.project' },
      schema: {
        summary: 'Record a PDSA cycle',
        tags,
        params: IdParams,
        body: CycleBody,
        response: { 201: SavedReply, ...WRITE_ERRORS },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await savePdsaCycle(
            { db, actor: actorOf(request) },
            { projectId: request.params.id },
            request.body,
          ),
        ),
  );
  api.put(
    '/improvement/cycles/:id',
    {
      config: { access: 'improvement.project' },
      schema: {
        summary: 'Change a PDSA cycle (do, study, act)',
        tags,
        params: IdParams,
        body: CycleUpdateBody,
        response: { 200: SavedReply, ...WRITE_ERRORS },
      },
    },
    async (request) =>
      savePdsaCycle(
        { db, actor: actorOf(request) },
        { cycleId: request.params.id, version: request.body.version },
        request.body,
      ),
  );
};
