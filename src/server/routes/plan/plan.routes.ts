import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppOptions } from '../../app';
import { todayInState } from '../../../usecases/clock';
import { adoptPlanDraft } from '../../../usecases/plan/adopt-plan-draft';
import { createPlanDraft } from '../../../usecases/plan/create-plan-draft';
import { deletePlanDraft } from '../../../usecases/plan/delete-plan-draft';
import { getAdoptedPlan } from '../../../usecases/plan/get-adopted-plan';
import { getPlanVersion } from '../../../usecases/plan/get-plan-version';
import { listPlanVersions } from '../../../usecases/plan/list-plan-versions';
import { savePlanDraft } from '../../../usecases/plan/save-plan-draft';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, IdParams, STANDARD_ERRORS } from '../../schemas';
import {
  AdoptPlanDraftBody,
  AdoptedPlanReply,
  CreatePlanDraftBody,
  PlanVersionListReply,
  PlanVersionReply,
  SavePlanDraftBody,
} from './plan.schemas';

const CHANGE_ERRORS = { ...STANDARD_ERRORS, 409: ErrorReply } as const;

/** The State Service Delivery Plan: its versions, read by everyone; drafts written and adopted by the state. */
export const planRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.get(
    '/plan/adopted',
    {
      config: { access: 'plan.read' },
      schema: {
        summary: 'The plan in force',
        description:
          'The adopted version of the State Service Delivery Plan with its need areas, MPOs and strategies; `plan` is null before the state adopts one.',
        tags: ['services'],
        response: { 200: AdoptedPlanReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => ({ plan: await getAdoptedPlan({ db, actor: actorOf(request) }) }),
  );
  api.get(
    '/plan/versions',
    {
      config: { access: 'plan.read' },
      schema: {
        summary: 'Versions of the plan',
        description: 'Every version: the one in force first, then drafts, then superseded versions.',
        tags: ['services'],
        response: { 200: PlanVersionListReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => listPlanVersions({ db, actor: actorOf(request) }),
  );
  api.get(
    '/plan/versions/:id',
    {
      config: { access: 'plan.read' },
      schema: {
        summary: 'One version of the plan',
        description: 'A version with its need areas, MPOs and strategies, and what you may do with it.',
        tags: ['services'],
        params: IdParams,
        response: { 200: PlanVersionReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getPlanVersion({ db, actor: actorOf(request) }, request.params.id),
  );
  api.post(
    '/plan/versions',
    {
      config: { access: 'plan.manage' },
      schema: {
        summary: 'Start a draft',
        description:
          'An empty draft, or an amendment: a draft copied from an adopted or superseded version, which stays as it is. Audited.',
        tags: ['services'],
        body: CreatePlanDraftBody,
        response: { 201: PlanVersionReply, ...CHANGE_ERRORS },
      },
    },
    async (request, reply) => {
      const draft = await createPlanDraft({ db, actor: actorOf(request) }, request.body);
      return reply.status(201).send(draft);
    },
  );
  api.put(
    '/plan/versions/:id',
    {
      config: { access: 'plan.manage' },
      schema: {
        summary: 'Save a draft',
        description:
          'The draft’s whole content replaces what it held. `version` is the one you read: a save over someone else’s answers 409 naming `version`. An adopted or superseded version is never changed (409). Audited.',
        tags: ['services'],
        params: IdParams,
        body: SavePlanDraftBody,
        response: { 200: PlanVersionReply, ...CHANGE_ERRORS },
      },
    },
    async (request) => savePlanDraft({ db, actor: actorOf(request) }, request.params.id, request.body),
  );
  api.post(
    '/plan/versions/:id/adopt',
    {
      config: { access: 'plan.manage' },
      schema: {
        summary: 'Adopt a draft',
        description:
          'The draft becomes the plan in force from today; the version adopted before is superseded. Services delivered under a version keep it. Audited.',
        tags: ['services'],
        params: IdParams,
        body: AdoptPlanDraftBody,
        response: { 200: PlanVersionReply, ...CHANGE_ERRORS },
      },
    },
    async (request) =>
      adoptPlanDraft(
        { db, actor: actorOf(request) },
        request.params.id,
        request.body.version,
        todayInState(),
      ),
  );
  api.delete(
    '/plan/versions/:id',
    {
      config: { access: 'plan.manage' },
      schema: {
        summary: 'Delete a draft',
        description: 'Only a draft; the audit log keeps its content.',
        tags: ['services'],
        params: IdParams,
        response: { 204: Type.Null(), ...CHANGE_ERRORS },
      },
    },
    async (request, reply) => {
      await deletePlanDraft({ db, actor: actorOf(request) }, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
