import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { pingDatabase } from '../../../data/repositories/health.repository';
import type { AppOptions } from '../../app';

/** Health check and the OpenAPI document. */
export const systemRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Health check',
        description: 'Answers 200 when the server can reach its database; for load balancers.',
        tags: ['system'],
        security: [],
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    async () => {
      await pingDatabase(db);
      return { status: 'ok' as const };
    },
  );
  api.get(
    '/openapi.json',
    {
      config: { access: 'public' },
      schema: {
        summary: 'The OpenAPI document',
        description: 'This API described as OpenAPI 3.',
        tags: ['system'],
        security: [],
        hide: true,
      },
    },
    async () => api.swagger(),
  );
};
