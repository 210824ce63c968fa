import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { assignReinterviewer } from '../../../usecases/quality-control/assign-reinterviewer';
import { drawSample } from '../../../usecases/quality-control/draw-sample';
import { getSample } from '../../../usecases/quality-control/get-sample';
import { listSamples } from '../../../usecases/quality-control/list-samples';
import { recordReinterviewResult } from '../../../usecases/quality-control/record-reinterview-result';
import type { AppOptions } from '../../app';
import { actorOf } from '../../policies/authenticate';
import { IdParams, STANDARD_ERRORS } from '../../schemas';
import {
  AssignBody,
  AssignReinterviewerReply,
  DrawSampleBody,
  ReinterviewResultBody,
  SampleListReply,
  SampleReply,
} from './quality-control.schemas';

/** Re-interview samples: the state draws approved COEs per region, assigns re-interviewers, sees the discrepancy rate. */
export const qualityControlRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.get(
    '/quality-control/samples',
    {
      config: { access: 'qc.reinterview' },
      schema: {
        summary: 'List re-interview samples',
        tags: ['quality-control'],
        response: { 200: SampleListReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => ({ items: await listSamples({ db, actor: actorOf(request) }) }),
  );
  api.post(
    '/quality-control/samples',
    {
      config: { access: 'qc.manage' },
      schema: {
        summary: 'Draw a re-interview sample',
        description:
          'A random sample of COEs approved in the period, `perRegion` in every region; `seed` reproduces a draw.',
        tags: ['quality-control'],
        body: DrawSampleBody,
        response: { 201: SampleReply, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const ctx = { db, actor: actorOf(request) };
      const id = await drawSample(ctx, request.body);
      return reply.status(201).send(await getSample(ctx, id));
    },
  );
  api.get(
    '/quality-control/samples/:id',
    {
      config: { access: 'qc.reinterview' },
      schema: {
        summary: 'A sample with its discrepancy rate',
        description:
          'Re-interviews in your scope, and the discrepancy rate per region and overall with its 95% Wilson interval.',
        tags: ['quality-control'],
        params: IdParams,
        response: { 200: SampleReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => getSample({ db, actor: actorOf(request) }, request.params.id),
  );
  api.post(
    '/quality-control/samples/:id/assignments',
    {
      config: { access: 'qc.manage' },
      schema: {
        summary: 'Assign a re-interviewer',
        description:
          'To re-interviews of this sample without a result; each assignment audited. The reply counts those assigned.',
        tags: ['quality-control'],
        params: IdParams,
        body: AssignBody,
        response: { 200: AssignReinterviewerReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => ({
      assigned: await assignReinterviewer(
        { db, actor: actorOf(request) },
        request.params.id,
        request.body.reinterviewIds,
        request.body.reinterviewerId,
      ),
    }),
  );
  api.put(
    '/quality-control/reinterviews/:id',
    {
      config: { access: 'qc.reinterview' },
      schema: {
        summary: 'Record a re-interview result',
        description:
          'Confirmed, or a discrepancy with notes; audited. 409 when the re-interview was reassigned or completed since it was read.',
        tags: ['quality-control'],
        params: IdParams,
        body: ReinterviewResultBody,
        response: { 204: Type.Null(), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      await recordReinterviewResult({ db, actor: actorOf(request) }, request.params.id, {
        result: request.body.result,
        notes: request.body.notes ?? null,
      });
      return reply.status(204).send(null);
    },
  );
};
