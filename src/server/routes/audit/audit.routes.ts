import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppOptions } from '../../app';
import { searchAuditEvents } from '../../../usecases/audit/search-audit-events';
import { actorOf } from '../../policies/authenticate';
import { CalendarDateSchema, ListOf, Nullable, Paging, STANDARD_ERRORS } from '../../schemas';

const AuditEvent = Type.Object({
  id: Type.Integer(),
  occurredAt: Type.String({ description: 'ISO timestamp' }),
  actorLabel: Type.String({ description: 'Who made the change (email, or cli)' }),
  action: Type.Union([Type.Literal('create'), Type.Literal('update'), Type.Literal('delete')]),
  entityType: Type.String(),
  entityId: Type.String(),
  childId: Nullable(Type.String()),
  before: Type.Unknown({ description: 'The record before the change' }),
  after: Type.Unknown({ description: 'The record after the change' }),
});

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
        querystring: Type.Object({
          entityType: Type.Optional(
            Type.String({ maxLength: 40, description: 'child, family, family_member, enrollment, user…' }),
          ),
          entityId: Type.Optional(Type.String({ maxLength: 100 })),
          childId: Type.Optional(
            Type.String({ format: 'uuid', description: 'Every change touching this child' }),
          ),
          actor: Type.Optional(Type.String({ maxLength: 320, description: 'Part of the actor label' })),
          from: Type.Optional(CalendarDateSchema('First day')),
          to: Type.Optional(CalendarDateSchema('Last day')),
          ...Paging,
        }),
        response: { 200: ListOf(AuditEvent), ...STANDARD_ERRORS },
      },
    },
    async (request) => searchAuditEvents({ db, actor: actorOf(request) }, request.query),
  );
};
