import type { Db } from '../db';

/** A record an audit event names: its kind and id. */
export interface AuditRecordRef {
  entityType: string;
  entityId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids of one kind among `refs` (only ids shaped as the table's key, so a text id never reaches a uuid column). */
function idsOf(refs: readonly AuditRecordRef[], ...types: string[]): string[] {
  return [...new Set(refs.filter((r) => types.includes(r.entityType) && UUID.test(r.entityId)).map((r) => r.entityId))];
}

function fullName(first: string, last: string, second: string | null): string {
  return [first, last, second].filter(Boolean).join(' ');
}

/**
 * What a person knows each record of these audit events by (docs/rules/users.md AU1.1): a
 * user's name, a family's surname (also for its COEs and members' families), a child's or
 * referred child's name, a region's number; keyed `type:id`, absent when the record is gone.
 *
 * The people who made the events are named the same way, as users.
 *
 * @scopedBy the audit events, already read through the actor's scope (searchAuditEventRows):
 * it names only records those events are about and the people who made them.
 */
export async function findAuditRecordNames(db: Db, refs: readonly AuditRecordRef[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const users = idsOf(refs, 'user');
  if (users.length > 0)
    for (const r of await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', users).execute())
      names.set(`user:${r.id}`, r.display_name);
  const families = idsOf(refs, 'family');
  if (families.length > 0)
    for (const r of await db
      .selectFrom('families')
      .select(['id', 'family_name'])
      .where('id', 'in', families)
      .execute())
      names.set(`family:${r.id}`, r.family_name);
  const coes = idsOf(refs, 'coe');
  if (coes.length > 0)
    for (const r of await db
      .selectFrom('coes')
      .innerJoin('families', 'families.id', 'coes.family_id')
      .select(['coes.id', 'families.family_name'])
      .where('coes.id', 'in', coes)
      .execute())
      names.set(`coe:${r.id}`, r.family_name);
  const children = idsOf(refs, 'child');
  if (children.length > 0)
    for (const r of await db
      .selectFrom('children')
      .select(['id', 'first_name', 'last_surname', 'second_surname'])
      .where('id', 'in', children)
      .execute())
      names.set(`child:${r.id}`, fullName(r.first_name, r.last_surname, r.second_surname));
  const referrals = idsOf(refs, 'referral');
  if (referrals.length > 0)
    for (const r of await db
      .selectFrom('referrals')
      .select(['id', 'first_name', 'last_surname', 'second_surname'])
      .where('id', 'in', referrals)
      .execute())
      names.set(`referral:${r.id}`, fullName(r.first_name, r.last_surname, r.second_surname));
  const regions = idsOf(refs, 'region_holidays');
  if (regions.length > 0)
    for (const r of await db.selectFrom('regions').select(['id', 'number']).where('id', 'in', regions).execute())
      names.set(`region_holidays:${r.id}`, String(r.number));
  return names;
}
