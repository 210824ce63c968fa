import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getNetwork } from '../../../usecases/improvement/get-network';
import { saveCohort } from '../../../usecases/improvement/save-cohort';
import { saveMeeting } from '../../../usecases/improvement/save-meeting';
import { addTeam, updateTeam } from '../../../usecases/improvement/save-team';
import { saveTraining } from '../../../usecases/improvement/save-training';
import type { AppOptions } from '../../app';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, IdParams, STANDARD_ERRORS } from '../../schemas';
import {
  CohortBody,
  CohortUpdateBody,
  MeetingBody,
  MeetingUpdateBody,
  NetworkReply,
  SavedReply,
  TeamBody,
  TeamUpdateBody,
  TrainingBody,
  TrainingUpdateBody,
} from './improvement.schemas';

const WRITE_ERRORS = { ...STANDARD_ERRORS, 409: ErrorReply } as const;

/** The professional learning network: cohorts, teams, meetings and the training log (IP3). */
export const networkRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  const tags = ['improvement'];
  api.get(
    '/improvement/network',
    {
      config: { access: 'report.read' },
      schema: {
        summary: 'The network',
        description:
          'Cohorts with their teams and members, sessions and coaching calls, and the training log.',
        tags,
        response: { 200: NetworkReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getNetwork({ db, actor: actorOf(request) }),
  );
  api.post(
    '/improvement/cohorts',
    {
      config: { access: 'improvement.network' },
      schema: {
        summary: 'Create a cohort',
        tags,
        body: CohortBody,
        response: { 201: SavedReply, ...WRITE_ERRORS },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await saveCohort({ db, actor: actorOf(request) }, request.body)),
  );
  api.put(
    '/improvement/cohorts/:id',
    {
      config: { access: 'improvement.network' },
      schema: {
        summary: 'Change a cohort',
        tags,
        params: IdParams,
        body: CohortUpdateBody,
        response: { 200: SavedReply, ...WRITE_ERRORS },
      },
    },
    async (request) =>
      saveCohort({ db, actor: actorOf(request) }, request.body, {
        id: request.params.id,
        version: request.body.version,
      }),
  );
  api.post(
    '/improvement/teams',
    {
      config: { access: 'improvement.network' },
      schema: {
        summary: "Add a region's team to a cohort",
        tags,
        body: TeamBody,
        response: { 201: SavedReply, ...WRITE_ERRORS },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addTeam({ db, actor: actorOf(request) }, request.body)),
  );
  api.put(
    '/improvement/teams/:id',
    {
      config: { access: 'improvement.network' },
      schema: {
        summary: "Change a team's members",
        tags,
        params: IdParams,
        body: TeamUpdateBody,
        response: { 200: SavedReply, ...WRITE_ERRORS },
      },
    },
    async (request) => updateTeam({ db, actor: actorOf(request) }, request.params.id, request.body),
  );
  api.post(
    '/improvement/meetings',
    {
      config: { access: 'improvement.network' },
      schema: {
        summary: 'Record a session or coaching call',
        tags,
        body: MeetingBody,
        response: { 201: SavedReply, ...WRITE_ERRORS },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await saveMeeting({ db, actor: actorOf(request) }, request.body)),
  );
  api.put(
    '/improvement/meetings/:id',
    {
      config: { access: 'improvement.network' },
      schema: {
        summary: 'Change a session or coaching call',
        tags,
        params: IdParams,
        body: MeetingUpdateBody,
        response: { 200: SavedReply, ...WRITE_ERRORS },
      },
    },
    async (request) =>
      saveMeeting({ db, actor: actorOf(request) }, request.body, {
        id: request.params.id,
        version: request.body.version,
      }),
  );
  api.post(
    '/improvement/trainings',
    {
      config: { access: 'improvement.network' },
      schema: {
        summary: 'Log a training',
        tags,
        body: TrainingBody,
        response: { 201: SavedReply, ...WRITE_ERRORS },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await saveTraining({ db, actor: actorOf(request) }, request.body)),
  );
  api.put(
    '/improvement/trainings/:id',
    {
      config: { access: 'improvement.network' },
      schema: {
        summary: 'Change a training of the log',
        tags,
        params: IdParams,
        body: TrainingUpdateBody,
        response: { 200: SavedReply, ...WRITE_ERRORS },
      },
    },
    async (request) =>
      saveTraining({ db, actor: actorOf(request) }, request.body, {
        id: request.params.id,
        version: request.body.version,
      }),
  );
};
