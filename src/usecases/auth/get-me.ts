import { DomainError } from '../../core/common/domain-error';
import { permissionsOf, type Role } from '../../core/people/roles';
import type { Db } from '../../data/db';
import { findUserProfile } from '../../data/repositories/users.repository';

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
  /** Someone else chose the password: the user chooses a new one before anything else. */
  mustChangePassword: boolean;
  permissions: string[];
}

/** Load a user's profile with their region and district names. */
export async function getMe(db: Db, userId: string): Promise<Me> {
  const row = await findUserProfile(db, userId);
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
    mustChangePassword: row.must_change_password,
    permissions: permissionsOf(row.role),
  };
}
