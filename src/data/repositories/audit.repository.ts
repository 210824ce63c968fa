import type { Db } from '../db';
import type { Actor } from '../../core/people/access-scope';

/** The entities whose changes are audited (STYLE §8: audit events are a typed union). */
export type AuditedEntity = 'child' | 'family' | 'family_member' | 'enrollment' | 'user' | 'coe' | 'child_eligibility' | 'residency_contact' | 'reinterview' | 'qualification_import' | 'da_import' | 'da_determination' | 'da_assistance' | 'school_contact' | 'referral' | 'referral_import' | 'family_contact' | 'da_rule_set' | 'eligibility_settings';

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
  await trx
    .insertInto('audit_events')
    .values({
      actor_user_id: actor.userId,
      actor_label: actor.label,
      action: change.action,
      entity_type: change.entityType,
      entity_id: change.entityId,
      region_id: change.regionId,
      child_id: change.childId ?? null,
      before: change.before === undefined ? null : JSON.stringify(change.before),
      after: change.after === undefined ? null : JSON.stringify(change.after),
    })
    .execute();
}
