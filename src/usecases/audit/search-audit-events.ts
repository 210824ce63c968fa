import type { CalendarDate } from '../../core/common/calendar-date';
import { addDays } from '../../core/common/calendar-date';
import { requirePermission } from '../context';
import type { UseCaseContext } from '../context';

export interface AuditSearch {
  entityType?: string | undefined;
  entityId?: string | undefined;
  childId?: string | undefined;
  /** Part of the actor's label (their email, or `cli`). */
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
  action: 'create' | 'update' | 'delete';
  entityType: string;
  entityId: string;
  childId: string | null;
  before: unknown;
  after: unknown;
}

/**
 * Search the audit log, newest first (state administrators only). `from`/`to` are whole
 * days in UTC, inclusive.
 */
export async function searchAuditEvents(
  ctx: UseCaseContext,
  search: AuditSearch,
): Promise<{ items: AuditEventRecord[]; total: number }> {
  requirePermission(ctx, 'audit.read');
  let query = ctx.db.selectFrom('audit_events');
  if (search.entityType) query = query.where('entity_type', '=', search.entityType);
  if (search.entityId) query = query.where('entity_id', '=', search.entityId);
  if (search.childId) query = query.where('child_id', '=', search.childId);
  if (search.actor)
    query = query.where('actor_label', 'ilike', `%${search.actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (search.from) query = query.where('occurred_at', '>=', new Date(`${search.from}T00:00:00Z`));
  if (search.to) query = query.where('occurred_at', '<', new Date(`${addDays(search.to, 1)}T00:00:00Z`));
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('id', 'desc')
      .limit(search.limit ?? 50)
      .offset(search.offset ?? 0)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.total),
    items: rows.map((r) => ({
      id: Number(r.id),
      occurredAt: new Date(r.occurred_at).toISOString(),
      actorLabel: r.actor_label,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      childId: r.child_id,
      before: r.before,
      after: r.after,
    })),
  };
}
