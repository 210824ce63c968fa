import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppOptions } from '../../app';
import { searchAuditEvents } from '../../../usecases/audit/search-audit-events';
import { actorOf } from '../../policies/authenticate';
import { STANDARD_ERRORS } from '../../schemas';
import { AuditEventListReply, AuditEventsQuery } from './audit.schemas';

/** The audit log of changes to children's records. */
export const auditRoutes: FastifyPluginAsyncTypebox<AppOptions> = async (api, { db }) => {
  api.get(
    '/audit-events',
    {
      config: { access: 'audit.read' },
      schema: {
        summary: 'Search the audit log',
        description: 'Every create, update and delete of child, family and enrollment data, newest first.',
        tags: ['audit'],
        querystring: AuditEventsQuery,
        response: { 200: AuditEventListReply, ...STANDARD_ERRORS },
      },
    },
    async (request) => searchAuditEvents({ db, actor: actorOf(request) }, request.query),
  );
};
