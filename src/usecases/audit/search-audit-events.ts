import type { CalendarDate } from '../../core/common/calendar-date';
import { startOfDayIn, addDays } from '../../core/common/calendar-date';
import { CALIFORNIA_SETTINGS } from '../../core/common/state-settings';
import { auditVerbOf, type AuditVerb } from '../../core/common/audit-verb';
import { accessScopeOf } from '../../core/people/access-scope';
import { findAuditRecordNames } from '../../data/repositories/audit-names.repository';
import { searchAuditEventRows } from '../../data/repositories/audit.repository';
import { requirePermission } from '../context';
import type { UseCaseContext } from '../context';

export interface AuditSearch {
  entityType?: string | undefined;
  entityId?: string | undefined;
  childId?: string | undefined;
  /** Part of the actor's name or label (their email, or `cli`). */
  actor?: string | undefined;
  from?: CalendarDate | undefined;
  to?: CalendarDate | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface AuditEventRecord {
  id: number;
  occurredAt: string;
  actorLabel: string;
  /** The actor's name (AU1.1), or their label (`cli`, `system`, a removed user's email). */
  actorName: string;
  action: 'create' | 'update' | 'delete';
  /** The verb of the event's sentence (AU1.2). */
  verb: AuditVerb;
  /** What a person knows the record by (a family's surname, a person's name), null when gone or unnamed. */
  recordName: string | null;
  entityType: string;
  entityId: string;
  childId: string | null;
  before: unknown;
  after: unknown;
}

/**
 * Search the audit log, newest first (state administrators only; the query keeps to the actor's scope). `from`/`to` are whole
 * days in the state's time zone, inclusive: what a person did at 6 p.m. in California is of that day.
 */
export async function searchAuditEvents(
  ctx: UseCaseContext,
  search: AuditSearch,
): Promise<{ items: AuditEventRecord[]; total: number }> {
  requirePermission(ctx, 'audit.read');
  const { timeZone } = CALIFORNIA_SETTINGS;
  const { rows, total } = await searchAuditEventRows(
    ctx.db,
    accessScopeOf(ctx.actor),
    {
      entityType: search.entityType,
      entityId: search.entityId,
      childId: search.childId,
      actorLabel: search.actor,
      from: search.from ? startOfDayIn(timeZone, search.from) : undefined,
      before: search.to ? startOfDayIn(timeZone, addDays(search.to, 1)) : undefined,
    },
    { limit: search.limit ?? 50, offset: search.offset ?? 0 },
  );
  // the records and the people who changed them, named in one read
  const names = await findAuditRecordNames(ctx.db, [
    ...rows.map((r) => ({ entityType: r.entity_type, entityId: r.entity_id })),
    ...rows.flatMap((r) => (r.actor_user_id ? [{ entityType: 'user', entityId: r.actor_user_id }] : [])),
  ]);
  return {
    total,
    items: rows.map((r) => ({
      id: Number(r.id),
      occurredAt: new Date(r.occurred_at).toISOString(),
      actorLabel: r.actor_label,
      actorName: (r.actor_user_id && names.get(`user:${r.actor_user_id}`)) || r.actor_label,
      action: r.action,
      verb: auditVerbOf({ action: r.action, entityType: r.entity_type, before: r.before, after: r.after }),
      recordName: names.get(`${r.entity_type}:${r.entity_id}`) ?? null,
      entityType: r.entity_type,
      entityId: r.entity_id,
      childId: r.child_id,
      before: r.before,
      after: r.after,
    })),
  };
}
