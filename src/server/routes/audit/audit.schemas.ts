import { Type } from '@sinclair/typebox';
import { AUDIT_VERBS } from '../../../core/common/audit-verb';
import { CalendarDateSchema, ListOf, Literals, Nullable, Paging } from '../../schemas';

/** One change in the audit log. */
const AuditEvent = Type.Object({
  id: Type.Integer(),
  occurredAt: Type.String({ description: 'ISO timestamp' }),
  actorLabel: Type.String({ description: 'Who made the change (email, or cli)' }),
  actorName: Type.String({ description: "The actor's name, or their label when they have none" }),
  action: Type.Union([Type.Literal('create'), Type.Literal('update'), Type.Literal('delete')]),
  verb: Literals(AUDIT_VERBS, 'What the change did, the verb of its sentence (docs/rules/users.md AU1.2)'),
  recordName: Nullable(
    Type.String({ description: "What a person knows the record by (a family's surname); null when gone" }),
  ),
  entityType: Type.String(),
  entityId: Type.String(),
  childId: Nullable(Type.String()),
  before: Type.Unknown({ description: 'The record before the change' }),
  after: Type.Unknown({ description: 'The record after the change' }),
});
export const AuditEventListReply = ListOf(AuditEvent);

export const AuditEventsQuery = Type.Object({
  entityType: Type.Optional(
    Type.String({ maxLength: 40, description: 'child, family, family_member, enrollment, user…' }),
  ),
  entityId: Type.Optional(Type.String({ maxLength: 100 })),
  childId: Type.Optional(Type.String({ format: 'uuid', description: 'Every change touching this child' })),
  actor: Type.Optional(Type.String({ maxLength: 320, description: "Part of the actor's email or name" })),
  from: Type.Optional(CalendarDateSchema('First day')),
  to: Type.Optional(CalendarDateSchema('Last day')),
  ...Paging,
});
