import { DomainError } from '../../core/common/domain-error';
import type { Actor } from '../../core/people/access-scope';
import { permissionsOf, type Role } from '../../core/people/roles';
import type { Db } from '../../data/db';

/** The signed-in user as the web app needs them. */
export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  language: 'en' | 'es';
  regionId: string | null;
  regionNumber: number | null;
  regionName: string | null;
  districtId: string | null;
  districtName: string | null;
  permissions: string[];
}

/** Load a user's profile with their region and district names. */
export async function getMe(db: Db, userId: string): Promise<Me> {
  const row = await db
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
      'regions.name as region_name',
      'users.district_id',
      'districts.name as district_name',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'User not found.');
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    language: row.language,
    regionId: row.region_id,
    regionNumber: row.region_number,
    regionName: row.region_name,
    districtId: row.district_id,
    districtName: row.district_name,
    permissions: permissionsOf(row.role),
  };
}

/** Build the actor of a signed-in user, with the regions assigned to a state consultant. */
export async function loadActor(
  db: Db,
  user: { userId: string; email: string; role: string; regionId: string | null; districtId: string | null },
): Promise<Actor> {
  const assigned =
    user.role === 'state_consultant'
      ? await db
          .selectFrom('user_assigned_regions')
          .select('region_id')
          .where('user_id', '=', user.userId)
          .execute()
      : [];
  return {
    userId: user.userId,
    role: user.role as Role,
    regionId: user.regionId,
    districtId: user.districtId,
    assignedRegionIds: assigned.map((a) => a.region_id),
    label: user.email,
  };
}

/** Save the user's language. */
export async function setLanguage(db: Db, userId: string, language: 'en' | 'es'): Promise<void> {
  await db.updateTable('users').set({ language }).where('id', '=', userId).execute();
}
