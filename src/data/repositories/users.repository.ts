import type { Expression, ExpressionBuilder, Insertable, SqlBool, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { Db } from '../db';
import type { Database, UsersTable } from '../tables';

/** Whether any user exists (a first start loads the demo dataset only into an empty database). */
export async function hasAnyUser(db: Db): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The id of the user with this email (lower-case), or undefined. */
export async function findUserIdByEmail(db: Db, email: string): Promise<string | undefined> {
  const row = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  return row?.id;
}

/** Create a user; returns their id. */
export async function insertUser(db: Db, values: Insertable<UsersTable>): Promise<string> {
  const row = await db.insertInto('users').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Assign a region to a state consultant. */
export async function insertAssignedRegion(db: Db, userId: string, regionId: string): Promise<void> {
  await db.insertInto('user_assigned_regions').values({ user_id: userId, region_id: regionId }).execute();
}

/** The regions assigned to a state consultant. */
export async function listAssignedRegionIds(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_assigned_regions')
    .select('region_id')
    .where('user_id', '=', userId)
    .execute();
  return rows.map((row) => row.region_id);
}

/** Users an access scope reaches: all for the state, a region's for its staff, a district's for district staff. */
function usersInScope(eb: ExpressionBuilder<Database, 'users'>, scope: AccessScope): Expression<SqlBool> {
  switch (scope.kind) {
    case 'state':
      return sql<boolean>`true`;
    case 'regions':
      return scope.regionIds.length === 0 ? sql<boolean>`false` : eb('users.region_id', 'in', [...scope.regionIds]);
    case 'district':
      return eb('users.district_id', '=', scope.districtId);
  }
}

/** What the app and the users page show of an account: names, role, scope with its region and district, state, version. */
const PROFILE_COLUMNS = [
  'users.id',
  'users.email',
  'users.display_name',
  'users.position_title',
  'users.role',
  'users.language',
  'users.region_id',
  'regions.number as region_number',
  'regions.name as region_name',
  'users.district_id',
  'districts.name as district_name',
  'districts.cds_code as district_cds_code',
  'users.is_active',
  'users.must_change_password',
  'users.version',
] as const;

/** The profiles of the users a scope reaches, by email. */
export async function listUserRowsInScope(db: Db, scope: AccessScope) {
  return db
    .selectFrom('users')
    .leftJoin('regions', 'regions.id', 'users.region_id')
    .leftJoin('districts', 'districts.id', 'users.district_id')
    .select(PROFILE_COLUMNS)
    .where((eb) => usersInScope(eb, scope))
    .orderBy('users.email')
    .execute();
}

/** A user's profile with their region and district, or undefined. */
export async function findUserProfile(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .leftJoin('regions', 'regions.id', 'users.region_id')
    .leftJoin('districts', 'districts.id', 'users.district_id')
    .select(PROFILE_COLUMNS)
    .where('users.id', '=', userId)
    .executeTakeFirst();
}

/** One user's profile as the two reads above return it. */
export type UserProfileRow = NonNullable<Awaited<ReturnType<typeof findUserProfile>>>;

/** A user's language, or undefined when there is no such user. */
export async function findUserLanguage(db: Db, userId: string): Promise<'en' | 'es' | undefined> {
  const row = await db.selectFrom('users').select('language').where('id', '=', userId).executeTakeFirst();
  return row?.language;
}

/** Save a user's language. */
export async function updateUserLanguage(db: Db, userId: string, language: 'en' | 'es'): Promise<void> {
  await db.updateTable('users').set({ language }).where('id', '=', userId).execute();
}

/** What signing in checks of the user with this email (lower-case), or undefined. */
export async function findSignInCredentials(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'region_id', 'password_hash', 'is_active'])
    .where('email', '=', email)
    .executeTakeFirst();
}

/** The password hash and names of a user, for checking a password change; undefined when absent. */
export async function findPasswordOwner(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'region_id', 'password_hash', 'must_change_password', 'version'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** The region numbers assigned to each of these users (state consultants), by user id. */
export async function listAssignedRegionNumbersOf(
  db: Db,
  userIds: readonly string[],
): Promise<Map<string, number[]>> {
  const byUser = new Map<string, number[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('user_assigned_regions')
    .innerJoin('regions', 'regions.id', 'user_assigned_regions.region_id')
    .select(['user_assigned_regions.user_id', 'regions.number'])
    .where('user_assigned_regions.user_id', 'in', [...userIds])
    .orderBy('regions.number')
    .execute();
  for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row.number]);
  return byUser;
}

/**
 * Change an account at the version it was read at and raise the version; false when no row
 * matched (someone changed it first, or it is gone), which the use case answers with a 409.
 */
export async function updateUserAccountAtVersion(
  db: Db,
  userId: string,
  version: number,
  values: Omit<Updateable<UsersTable>, 'id' | 'version' | 'created_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', userId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Make these the regions assigned to a user (a state consultant), replacing what was assigned. */
export async function replaceAssignedRegions(db: Db, userId: string, regionIds: readonly string[]): Promise<void> {
  await db.deleteFrom('user_assigned_regions').where('user_id', '=', userId).execute();
  if (regionIds.length > 0)
    await db
      .insertInto('user_assigned_regions')
      .values(regionIds.map((regionId) => ({ user_id: userId, region_id: regionId })))
      .execute();
}
