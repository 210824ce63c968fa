import { sql, type Expression, type ExpressionBuilder, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { Db } from '../db';
import type {
  Database,
  DbFamily,
  DbFamilyMember,
  FamiliesTable,
  FamilyMembersTable,
  FamilyMemberSex,
} from '../tables';
import { childrenInScope } from './scope-filter';

/**
 * A WHERE condition limiting families to an access scope: families belong to a region;
 * district staff reach a family with a child they reach (one enrolled in their district).
 */
function familiesInScope(eb: ExpressionBuilder<Database, 'families'>, scope: AccessScope): Expression<SqlBool> {
  switch (scope.kind) {
    case 'state':
      return sql<boolean>`true`;
    case 'regions':
      return scope.regionIds.length === 0 ? sql<boolean>`false` : eb('families.region_id', 'in', [...scope.regionIds]);
    case 'district':
      // A family recorded for the district (DR1.5), or one with a child the district reaches.
      return eb.or([
        eb('families.district_id', '=', scope.districtId),
        eb.exists(
          eb
            .selectFrom('children')
            .select('children.id')
            .whereRef('children.family_id', '=', 'families.id')
            .where((child) => childrenInScope(child, scope)),
        ),
      ]);
  }
}

/** A family row with the districts its children are enrolled in (how district staff reach it). */
export type DbFamilyInScope = DbFamily & { district_ids: string[] };

/** One family in scope, or undefined (absent and out of scope look the same). */
export async function findFamilyInScope(db: Db, scope: AccessScope, id: string): Promise<DbFamilyInScope | undefined> {
  return db
    .selectFrom('families')
    .selectAll('families')
    .select(
      sql<string[]>`array(select distinct enrollments.district_id::text from enrollments
        join children on children.id = enrollments.child_id where children.family_id = families.id)`.as('district_ids'),
    )
    .where('families.id', '=', id)
    .where((eb) => familiesInScope(eb, scope))
    .executeTakeFirst();
}

/** The parents, guardians, spouses and workers of a family in scope, in the order they were added. */
export async function listFamilyMembersInScope(db: Db, scope: AccessScope, familyId: string): Promise<DbFamilyMember[]> {
  return db
    .selectFrom('family_members')
    .innerJoin('families', 'families.id', 'family_members.family_id')
    .selectAll('family_members')
    .where('family_members.family_id', '=', familyId)
    .where((eb) => familiesInScope(eb, scope))
    .orderBy('family_members.recorded_order')
    .execute();
}

/** The children of a family that the scope reaches (a district user sees only those enrolled in their district), youngest last. */
export async function listFamilyChildrenInScope(db: Db, scope: AccessScope, familyId: string) {
  return db
    .selectFrom('children')
    .select(['id', 'first_name', 'last_surname', 'second_surname', 'birth_date', 'student_number'])
    .where('family_id', '=', familyId)
    .where((eb) => childrenInScope(eb, scope))
    .orderBy('birth_date')
    .orderBy('id')
    .execute();
}

/** Insert a family and return its row. */
export async function insertFamily(db: Db, family: Insertable<FamiliesTable>): Promise<DbFamily> {
  return db.insertInto('families').values(family).returningAll().executeTakeFirstOrThrow();
}

/**
 * Change a family's name or contact details at the version read, raising it; the row as it is
 * now, or undefined when someone changed it since (or it is gone).
 */
export async function updateFamilyRowIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: Updateable<FamiliesTable>,
): Promise<DbFamily | undefined> {
  return db
    .updateTable('families')
    .set((eb) => ({ ...changes, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/**
 * Whether a family with this id still exists (a 409 rather than a 404 when an edit missed it).
 * @scopedBy the family the caller loaded in scope just before; says only whether it is still there
 */
export async function familyExists(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('families').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** Insert a member of a family and return its row. */
export async function insertFamilyMember(db: Db, member: Insertable<FamilyMembersTable>): Promise<DbFamilyMember> {
  return db.insertInto('family_members').values(member).returningAll().executeTakeFirstOrThrow();
}

/**
 * Set a member's sex (X7.4); the member as it was and as it is now, or undefined when the family
 * has no such member.
 * @scopedBy the family the caller loaded in scope just before, in the same transaction
 */
export async function setFamilyMemberSex(
  db: Db,
  familyId: string,
  memberId: string,
  sex: FamilyMemberSex | null,
): Promise<{ before: DbFamilyMember; after: DbFamilyMember } | undefined> {
  const before = await db
    .selectFrom('family_members')
    .selectAll()
    .where('id', '=', memberId)
    .where('family_id', '=', familyId)
    .executeTakeFirst();
  if (!before) return undefined;
  const after = await db
    .updateTable('family_members')
    .set({ sex })
    .where('id', '=', memberId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { before, after };
}
