import type { AccessScope } from '../../core/people/access-scope';
import type { Db } from '../db';
import { referralsInScope } from './referrals.repository';

/** A family contact with the name of who made it. */
export interface FamilyContactRow {
  id: string;
  contacted_on: string;
  attempt_type: string;
  outcome: string;
  notes: string | null;
  display_name: string | null;
}

/** The contacts logged for a referral in scope, newest first (none for a referral out of scope). */
export async function listFamilyContactsInScope(db: Db, scope: AccessScope, referralId: string): Promise<FamilyContactRow[]> {
  return db
    .selectFrom('family_contacts')
    .innerJoin('referrals', 'referrals.id', 'family_contacts.referral_id')
    .leftJoin('users', 'users.id', 'family_contacts.contacted_by')
    .where((eb) => referralsInScope(eb, scope))
    .where('family_contacts.referral_id', '=', referralId)
    .select(['family_contacts.id', 'family_contacts.contacted_on', 'family_contacts.attempt_type', 'family_contacts.outcome', 'family_contacts.notes', 'users.display_name'])
    .orderBy('family_contacts.contacted_on', 'desc')
    .orderBy('family_contacts.created_at', 'desc')
    .execute();
}

/** Log a contact; returns its id. */
export async function insertFamilyContact(
  db: Db,
  values: { referralId: string; contactedOn: string; attemptType: string; outcome: string; notes: string | null; contactedBy: string | null },
): Promise<string> {
  const row = await db
    .insertInto('family_contacts')
    .values({
      referral_id: values.referralId,
      contacted_on: values.contactedOn,
      attempt_type: values.attemptType,
      outcome: values.outcome,
      notes: values.notes,
      contacted_by: values.contactedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * How many contacts a user logged on a day: every attempt, follow-ups included.
 * @scopedBy the caller counts the signed-in user's own contacts, and only the number leaves
 */
export async function countFamilyContactsBy(db: Db, userId: string, day: string): Promise<number> {
  const row = await db
    .selectFrom('family_contacts')
    .where('contacted_by', '=', userId)
    .where('contacted_on', '=', day)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
