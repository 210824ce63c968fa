import { sql } from 'kysely';
import type { AuditedEntity } from '../../core/common/audited-entities';
import type { AccessScope, Actor } from '../../core/people/access-scope';
import type { Db } from '../db';
import { regionIdsOfScope } from './scope-filter';

export interface AuditChange {
  action: 'create' | 'update' | 'delete';
  entityType: AuditedEntity;
  entityId: string;
  regionId: string | null;
  childId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Write one audit event. Call it with the transaction that made the change, so the change
 * and its audit row commit or roll back together.
 */
export async function recordAudit(trx: Db, actor: Actor, change: AuditChange): Promise<void> {
  await recordAudits(trx, actor, [change]);
}

/** Write the audit events of many changes by one actor in one statement (an import's rows). */
export async function recordAudits(trx: Db, actor: Actor, changes: readonly AuditChange[]): Promise<void> {
  if (changes.length === 0) return;
  await trx
    .insertInto('audit_events')
    .values(
      changes.map((change) => ({
        actor_user_id: actor.userId,
        actor_label: actor.label,
        action: change.action,
        entity_type: change.entityType,
        entity_id: change.entityId,
        region_id: change.regionId,
        child_id: change.childId ?? null,
        before: change.before === undefined ? null : JSON.stringify(change.before),
        after: change.after === undefined ? null : JSON.stringify(change.after),
      })),
    )
    .execute();
}

export interface AuditEventFilters {
  entityType?: string | undefined;
  entityId?: string | undefined;
  childId?: string | undefined;
  /** Part of the actor's label or display name. */
  actorLabel?: string | undefined;
  /** From this instant on (inclusive). */
  from?: Date | undefined;
  /** Before this instant (exclusive). */
  before?: Date | undefined;
}

/**
 * Audit events the scope reaches (the state: all; regions: their events; district staff:
 * none), filtered, newest first, a page of them and how many match in all.
 */
export async function searchAuditEventRows(
  db: Db,
  scope: AccessScope,
  filters: AuditEventFilters,
  page: { limit: number; offset: number },
) {
  let query = db.selectFrom('audit_events');
  const reach = regionIdsOfScope(scope);
  if (reach !== 'all')
    query =
      reach === 'district' || reach.length === 0
        ? query.where(sql<boolean>`false`)
        : query.where('region_id', 'in', [...reach]);
  if (filters.entityType) query = query.where('entity_type', '=', filters.entityType);
  if (filters.entityId) query = query.where('entity_id', '=', filters.entityId);
  if (filters.childId) query = query.where('child_id', '=', filters.childId);
  if (filters.actorLabel) {
    const pattern = `%${filters.actorLabel.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // the person as the log names them: their email (the label) or their display name
    query = query.where((eb) =>
      eb.or([
        eb('actor_label', 'ilike', pattern),
        eb(
          'actor_user_id',
          'in',
          eb.selectFrom('users').select('users.id').where('users.display_name', 'ilike', pattern),
        ),
      ]),
    );
  }
  if (filters.from) query = query.where('occurred_at', '>=', filters.from);
  if (filters.before) query = query.where('occurred_at', '<', filters.before);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}
