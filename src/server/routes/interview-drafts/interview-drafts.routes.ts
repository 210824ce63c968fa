import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppOptions } from '../../app';
import { deleteInterviewDraft } from '../../../usecases/interview-drafts/delete-interview-draft';
import { getInterviewDraft } from '../../../usecases/interview-drafts/get-interview-draft';
import { listInterviewDrafts } from '../../../usecases/interview-drafts/list-interview-drafts';
import { saveInterviewDraft } from '../../../usecases/interview-drafts/save-interview-draft';
import { actorOf } from '../../policies/authenticate';
import { IdParams, STANDARD_ERRORS } from '../../schemas';
import {
  InterviewDraftBody,
  InterviewDraftListReply,
  InterviewDraftReply,
  InterviewDraftSummaryReply,
} from './interview-drafts.schemas';

/** Interviews in progress, kept as they are typed so nothing is lost (docs/rules/interview-drafts.md). */
export const interviewDraftRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.get(
    '/interview-drafts',
    {
      config: { access: 'coe.prepare' },
      schema: {
        summary: 'Your interviews in progress',
        description: 'Your own drafts in the regions you work in, the latest first, without their content.',
        tags: ['recruitment'],
        response: { 200: InterviewDraftListReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => listInterviewDrafts({ db, actor: actorOf(request) }),
  );
  api.get(
    '/interview-drafts/:id',
    {
      config: { access: 'coe.prepare' },
      schema: {
        summary: 'An interview in progress',
        description: 'One of your drafts with what was typed.',
        tags: ['recruitment'],
        params: IdParams,
        response: { 200: InterviewDraftReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getInterviewDraft({ db, actor: actorOf(request) }, request.params.id),
  );
  api.put(
    '/interview-drafts/:id',
    {
      config: { access: 'coe.prepare' },
      schema: {
        summary: 'Keep an interview in progress',
        description:
          'Create (version 0; audited) or replace your draft under the id your device made. Answers 409 (field version) when another device saved it since the version sent.',
        tags: ['recruitment'],
        params: IdParams,
        body: InterviewDraftBody,
        response: { 200: InterviewDraftSummaryReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => saveInterviewDraft({ db, actor: actorOf(request) }, request.params.id, request.body),
  );
  api.delete(
    '/interview-drafts/:id',
    {
      config: { access: 'coe.prepare' },
      schema: {
        summary: 'Discard an interview in progress',
        description: 'Your own draft, discarded or done (it became a COE); audited.',
        tags: ['recruitment'],
        params: IdParams,
        response: { 204: Type.Null(), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      await deleteInterviewDraft({ db, actor: actorOf(request) }, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
