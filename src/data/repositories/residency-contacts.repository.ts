import type { Insertable } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { Db } from '../db';
import type { ResidencyContactsTable } from '../tables';
import { childrenInScope } from './scope-filter';

/** The yearly residency contacts of a child in scope, newest first (none outside the scope). */
export async function listResidencyContactsInScope(db: Db, scope: AccessScope, childId: string) {
  return db
    .selectFrom('residency_contacts')
    .innerJoin('children', 'children.id', 'residency_contacts.child_id')
    .select(['residency_contacts.contacted_on', 'residency_contacts.still_resides', 'residency_contacts.notes'])
    .where('residency_contacts.child_id', '=', childId)
    .where((eb) => childrenInScope(eb, scope))
    .orderBy('residency_contacts.contacted_on', 'desc')
    .orderBy('residency_contacts.created_at', 'desc')
    .execute();
}

/** Insert a residency contact and return its row. */
export async function insertResidencyContact(db: Db, contact: Insertable<ResidencyContactsTable>) {
  return db.insertInto('residency_contacts').values(contact).returningAll().executeTakeFirstOrThrow();
}
