/**
 * What an audit event did, as the verb of its sentence (docs/rules/users.md AU1.2): the
 * change where it matters (a COE approved, returned or submitted; an account deactivated,
 * reactivated or its password reset), otherwise created, changed or deleted.
 */
export const AUDIT_VERBS = [
  'created',
  'changed',
  'deleted',
  'submitted',
  'approved',
  'returned',
  'closed',
  'deactivated',
  'reactivated',
  'passwordReset',
] as const;

export type AuditVerb = (typeof AUDIT_VERBS)[number];

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/** The verb of one event from its action and the values before and after (AU1.2). */
export function auditVerbOf(event: {
  action: 'create' | 'update' | 'delete';
  entityType: string;
  before: unknown;
  after: unknown;
}): AuditVerb {
  if (event.action === 'create') return 'created';
  if (event.action === 'delete') return 'deleted';
  if (event.entityType === 'coe') {
    const status = field(event.after, 'status');
    if (status !== field(event.before, 'status')) {
      if (status === 'submitted' || status === 'approved' || status === 'returned' || status === 'closed')
        return status;
    }
  }
  if (event.entityType === 'user') {
    if (field(event.after, 'passwordReset') === true) return 'passwordReset';
    const active = field(event.after, 'isActive');
    if (active !== field(event.before, 'isActive')) {
      if (active === false) return 'deactivated';
      if (active === true) return 'reactivated';
    }
  }
  return 'changed';
}
