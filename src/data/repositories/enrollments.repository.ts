import { sql, type Expression, type ExpressionBuilder, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { Db } from '../db';
import type { Database, DbEnrollment, EnrollmentsTable } from '../tables';

/**
 * A WHERE condition limiting enrollments (joined with their child) to an access scope: region
 * staff reach the enrollments of their region's children; district staff only those in
 * their district (not the child's enrollments elsewhere).
 */
function enrollmentsInScope(
  eb: ExpressionBuilder<Database, 'enrollments' | 'children'>,
  scope: AccessScope,
): Expression<SqlBool> {
  switch (scope.kind) {
    case 'state':
      return sql<boolean>`true`;
    case 'regions':
      return scope.regionIds.length === 0 ? sql<boolean>`false` : eb('children.region_id', 'in', [...scope.regionIds]);
    case 'district':
      return eb('enrollments.district_id', '=', scope.districtId);
  }
}

/** An enrollment row with the region of its child. */
export type DbEnrollmentInScope = DbEnrollment & { child_region_id: string };

/** One enrollment in scope with its child's region, or undefined (absent and out of scope look the same). */
export async function findEnrollmentInScope(
  db: Db,
  scope: AccessScope,
  id: string,
): Promise<DbEnrollmentInScope | undefined> {
  return db
    .selectFrom('enrollments')
    .innerJoin('children', 'children.id', 'enrollments.child_id')
    .selectAll('enrollments')
    .select('children.region_id as child_region_id')
    .where('enrollments.id', '=', id)
    .where((eb) => enrollmentsInScope(eb, scope))
    .executeTakeFirst();
}

/** Insert an enrollment and return its row. */
export async function insertEnrollment(db: Db, enrollment: Insertable<EnrollmentsTable>): Promise<DbEnrollment> {
  return db.insertInto('enrollments').values(enrollment).returningAll().executeTakeFirstOrThrow();
}

/** Change an enrollment and return the row as it is now. */
export async function updateEnrollmentRow(
  db: Db,
  id: string,
  changes: Updateable<EnrollmentsTable>,
): Promise<DbEnrollment> {
  return db
    .updateTable('enrollments')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Delete an enrollment. */
export async function deleteEnrollmentRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('enrollments').where('id', '=', id).execute();
}

/**
 * A child's enrollments: district, entry and exit dates.
 * @scopedBy the caller loaded the child through a scoped read (a child of a COE it may review)
 */
export async function listEnrollmentDatesOfChild(db: Db, childId: string) {
  return db
    .selectFrom('enrollments')
    .select(['district_id', 'enrollment_date', 'exit_date'])
    .where('child_id', '=', childId)
    .execute();
}
