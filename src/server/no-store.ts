import type { FastifyInstance } from 'fastify';

/**
 * Replies of the API carry children's records and session data: no browser, proxy or
 * shared computer may keep a copy (FERPA). The web app's own files may be cached.
 */
export function registerNoStore(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs')) {
      reply.header('cache-control', 'no-store');
      reply.header('pragma', 'no-cache');
    }
  });
}
