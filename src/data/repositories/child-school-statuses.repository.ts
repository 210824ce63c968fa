import type { Insertable, Selectable } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { Db } from '../db';
import type { ChildSchoolStatusesTable } from '../tables';
import { childrenInScope } from './scope-filter';

export type DbChildSchoolStatus = Selectable<ChildSchoolStatusesTable>;

/** A child's school statuses (credit deficiency, dropped out), the latest first; only a child in scope. */
export async function schoolStatusesOfChild(
  db: Db,
  scope: AccessScope,
  childId: string,
): Promise<DbChildSchoolStatus[]> {
  return db
    .selectFrom('child_school_statuses')
    .innerJoin('children', 'children.id', 'child_school_statuses.child_id')
    .selectAll('child_school_statuses')
    .where('child_school_statuses.child_id', '=', childId)
    .where((eb) => childrenInScope(eb, scope))
    .orderBy('child_school_statuses.starts_on', 'desc')
    .execute();
}

/** One school status of a child in scope with the child's region, or undefined (absent and out of scope look the same). */
export async function findSchoolStatusInScope(
  db: Db,
  scope: AccessScope,
  id: string,
): Promise<(DbChildSchoolStatus & { region_id: string }) | undefined> {
  return db
    .selectFrom('child_school_statuses')
    .innerJoin('children', 'children.id', 'child_school_statuses.child_id')
    .selectAll('child_school_statuses')
    .select('children.region_id')
    .where('child_school_statuses.id', '=', id)
    .where((eb) => childrenInScope(eb, scope))
    .executeTakeFirst();
}

export async function insertSchoolStatus(
  db: Db,
  status: Insertable<ChildSchoolStatusesTable>,
): Promise<DbChildSchoolStatus> {
  return db.insertInto('child_school_statuses').values(status).returningAll().executeTakeFirstOrThrow();
}

export async function deleteSchoolStatus(db: Db, id: string): Promise<void> {
  await db.deleteFrom('child_school_statuses').where('id', '=', id).execute();
}
