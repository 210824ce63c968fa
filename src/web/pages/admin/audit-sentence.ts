import type { Static } from '@sinclair/typebox';
import type { TFunction } from 'i18next';
import type { AuditEventListReply } from '../../../server/routes/audit/audit.schemas';

export type AuditEvent = Static<typeof AuditEventListReply>['items'][number];

/** Kinds of record the log names in a phrase of their own ("the COE of the García family"). */
const NAMED_RECORDS = new Set(['user', 'family', 'coe', 'child', 'referral', 'region_holidays']);

/**
 * One audit event as a sentence in the page's language (docs/rules/users.md AU1): who, what
 * they did, and the record by what a person knows it by, or its kind when it has no name.
 */
export function auditSentence(t: TFunction, event: AuditEvent): string {
  const kind = t(`audit.entities.${event.entityType}`, { defaultValue: event.entityType });
  const record =
    event.recordName !== null && NAMED_RECORDS.has(event.entityType)
      ? t(`audit.records.${event.entityType}`, { name: event.recordName })
      : t('audit.records.unnamed', { kind });
  return t(`audit.sentences.${event.verb}`, { actor: event.actorName, record });
}
