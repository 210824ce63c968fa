import type { Updateable } from 'kysely';
import type { Db } from '../db';
import type { UsersTable } from '../tables';

/** One account as the users page edits it: names, role, scope (with region number and district code), state, version. */
export async function findUserAccount(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .leftJoin('regions', 'regions.id', 'users.region_id')
    .leftJoin('districts', 'districts.id', 'users.district_id')
    .select([
      'users.id',
      'users.email',
      'users.display_name',
      'users.role',
      'users.language',
      'users.region_id',
      'regions.number as region_number',
      'users.district_id',
      'districts.name as district_name',
      'districts.cds_code as district_cds_code',
      'users.is_active',
      'users.must_change_password',
      'users.version',
      'users.position_title',
    ])
    .where('users.id', '=', userId)
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

/** End every session of a user (deactivated, or their password reset by an administrator). */
export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** The display names of these users, by id (the audit log names people, not emails). */
export async function findDisplayNames(db: Db, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', [...userIds])
    .execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}
