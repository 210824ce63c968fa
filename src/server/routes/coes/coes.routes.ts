import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppOptions } from '../../app';
import { todayInState } from '../../../usecases/clock';
import type { CoeChildLink } from '../../../usecases/coes/coe-record';
import { createCoe } from '../../../usecases/coes/create-coe';
import { getCoe } from '../../../usecases/coes/get-coe';
import { getCoeSignature } from '../../../usecases/coes/get-coe-signature';
import { listCoes } from '../../../usecases/coes/list-coes';
import { printCoe } from '../../../usecases/coes/print-coe';
import { reviewCoe } from '../../../usecases/coes/review-coe';
import { signCoe } from '../../../usecases/coes/sign-coe';
import { submitCoe } from '../../../usecases/coes/submit-coe';
import { updateCoe } from '../../../usecases/coes/update-coe';
import { actorOf } from '../../policies/authenticate';
import { ErrorReply, IdParams, STANDARD_ERRORS } from '../../schemas';
import {
  CoeListReply,
  CoeReply,
  CreateCoeBody,
  ListCoesQuery,
  ReviewCoeBody,
  SignCoeBody,
  UpdateCoeBody,
} from './coes.schemas';

type ChildLinkBody = {
  interviewChildId: string;
  childId?: string | null;
  newChild?: Record<string, unknown> | null;
  childVersion?: number;
};

function toLinks(children: ChildLinkBody[]): CoeChildLink[] {
  return children.map((c) => ({
    interviewChildId: c.interviewChildId,
    childId: c.childId ?? null,
    childVersion: c.childVersion,
    newChild: c.newChild
      ? {
          firstName: String(c.newChild.firstName),
          middleName: (c.newChild.middleName as string | null | undefined) ?? null,
          lastSurname: String(c.newChild.lastSurname),
          secondSurname: (c.newChild.secondSurname as string | null | undefined) ?? null,
          generationCodeSuffix: (c.newChild.generationCodeSuffix as string | null | undefined) ?? null,
          birthDate: String(c.newChild.birthDate),
          birthCity: (c.newChild.birthCity as string | null | undefined) ?? null,
          birthState: (c.newChild.birthState as string | null | undefined) ?? null,
          birthCountry: String(c.newChild.birthCountry),
          sex: c.newChild.sex as never,
          statewideStudentId: (c.newChild.statewideStudentId as string | null | undefined) ?? null,
        }
      : null,
  }));
}

const WITH_CONFLICT = { ...STANDARD_ERRORS, 409: ErrorReply };

/** Certificates of eligibility: prepare, sign, submit, review, print. */
export const coeRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.get(
    '/coes',
    {
      config: { access: 'coe.read' },
      schema: {
        summary: 'List COEs',
        description:
          'COEs in your scope: `status=submitted` is the review queue; `mine=true` a recruiter’s own.',
        tags: ['coes'],
        querystring: ListCoesQuery,
        response: { 200: CoeListReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => listCoes({ db, actor: actorOf(request) }, request.query),
  );
  api.get(
    '/coes/:id',
    {
      config: { access: 'coe.read' },
      schema: {
        summary: 'Get a COE',
        description: 'The interview, determination with trace, data elements, reviews and quality warnings.',
        tags: ['coes'],
        params: IdParams,
        response: { 200: CoeReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getCoe({ db, actor: actorOf(request) }, request.params.id),
  );
  api.post(
    '/coes',
    {
      config: { access: 'coe.prepare' },
      schema: {
        summary: 'Prepare a COE',
        description: 'Runs the eligibility engine on the interview and saves a draft COE; audited.',
        tags: ['coes'],
        body: CreateCoeBody,
        response: { 201: CoeReply, ...WITH_CONFLICT },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const coe = await createCoe(
        { db, actor: actorOf(request) },
        {
          regionId: b.regionId,
          referralId: b.referralId ?? null,
          referralAsRead: b.referralAsRead,
          districtId: b.districtId ?? null,
          familyId: b.familyId ?? null,
          interview: b.interview,
          children: toLinks(b.children),
          residencyDate: b.residencyDate ?? null,
          qualifyingWork: b.qualifyingWork ?? null,
          comments: b.comments ?? null,
          submissionKey: b.submissionKey ?? null,
        },
        todayInState(),
      );
      return reply.status(201).send(coe);
    },
  );
  api.put(
    '/coes/:id',
    {
      config: { access: 'coe.prepare' },
      schema: {
        summary: 'Update a draft COE',
        description:
          'Replaces the interview and data elements of a draft or returned COE; re-runs the engine; audited.',
        tags: ['coes'],
        params: IdParams,
        body: UpdateCoeBody,
        response: { 200: CoeReply, ...WITH_CONFLICT },
      },
    },
    async (request) => {
      const b = request.body;
      return updateCoe(
        { db, actor: actorOf(request) },
        request.params.id,
        {
          version: b.version,
          districtId: b.districtId,
          familyId: b.familyId ?? null,
          interview: b.interview,
          children: toLinks(b.children),
          residencyDate: b.residencyDate ?? null,
          qualifyingWork: b.qualifyingWork ?? null,
          comments: b.comments ?? null,
        },
        todayInState(),
      );
    },
  );
  api.post(
    '/coes/:id/signature',
    {
      config: { access: 'coe.prepare' },
      schema: {
        summary: 'Sign a COE',
        description:
          'The parent’s or guardian’s signature, drawn on the screen or recorded as signed on paper.',
        tags: ['coes'],
        params: IdParams,
        body: SignCoeBody,
        response: { 200: CoeReply, ...WITH_CONFLICT },
      },
    },
    async (request) =>
      signCoe({ db, actor: actorOf(request) }, request.params.id, request.body, todayInState()),
  );
  api.post(
    '/coes/:id/submit',
    {
      config: { access: 'coe.prepare' },
      schema: {
        summary: 'Submit a COE',
        description: 'Sends a signed COE with an eligible child to the designated reviewers.',
        tags: ['coes'],
        params: IdParams,
        response: { 200: CoeReply, ...WITH_CONFLICT },
      },
    },
    async (request) => submitCoe({ db, actor: actorOf(request) }, request.params.id),
  );
  api.post(
    '/coes/:id/review',
    {
      config: { access: 'coe.review' },
      schema: {
        summary: 'Review a COE',
        description: 'Approve (writes each child’s eligibility) or return to the recruiter with comments.',
        tags: ['coes'],
        params: IdParams,
        body: ReviewCoeBody,
        response: { 200: CoeReply, ...WITH_CONFLICT },
      },
    },
    async (request) =>
      reviewCoe({ db, actor: actorOf(request) }, request.params.id, request.body, todayInState()),
  );
  api.get(
    '/coes/:id/signature',
    {
      config: { access: 'coe.read' },
      schema: {
        summary: 'See a COE’s signature',
        description: 'The picture of the parent’s or guardian’s signature drawn on the screen (PNG).',
        tags: ['coes'],
        params: IdParams,
        response: { 200: Type.Unknown({ description: 'image/png' }), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const image = await getCoeSignature({ db, actor: actorOf(request) }, request.params.id);
      return reply
        .type('image/png')
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(image);
    },
  );
  api.get(
    '/coes/:id/pdf',
    {
      config: { access: 'coe.read' },
      schema: {
        summary: 'Print a COE',
        description: 'The COE as a PDF in English or Spanish.',
        tags: ['coes'],
        params: IdParams,
        querystring: Type.Object({
          language: Type.Optional(
            Type.Union([Type.Literal('en'), Type.Literal('es')], {
              description: 'Language of the PDF',
              default: 'en',
            }),
          ),
        }),
        response: { 200: Type.Unknown({ description: 'application/pdf' }), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const language = request.query.language ?? 'en';
      const pdf = await printCoe({ db, actor: actorOf(request) }, request.params.id, language);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="coe-${request.params.id}-${language}.pdf"`)
        .send(pdf);
    },
  );
};
