import type { AccessScope } from '../../core/people/access-scope';
import type { Db } from '../db';

/** A school contact row with its school, district and region, as the log shows it. */
export interface SchoolContactRow {
  id: string;
  user_id: string;
  school_id: string;
  school_name: string;
  district_name: string;
  district_id: string;
  region_id: string;
  contact_date: string;
  contact_type: 'phone_contact' | 'drop_in' | 'scheduled_visit' | 'appointment';
  outcomes: unknown;
  notes: string | null;
  /** Raised by each edit; an edit or removal names the version it read. */
  version: number;
}

function selectSchoolContacts(db: Db) {
  return db
    .selectFrom('school_contacts')
    .innerJoin('schools', 'schools.id', 'school_contacts.school_id')
    .innerJoin('districts', 'districts.id', 'schools.district_id')
    .select([
      'school_contacts.id',
      'school_contacts.user_id',
      'school_contacts.school_id',
      'schools.name as school_name',
      'districts.name as district_name',
      'schools.district_id',
      'school_contacts.region_id',
      'school_contacts.contact_date',
      'school_contacts.contact_type',
      'school_contacts.outcomes',
      'school_contacts.notes',
      'school_contacts.version',
    ]);
}

export async function findSchoolContactRow(db: Db, id: string): Promise<SchoolContactRow | undefined> {
  return selectSchoolContacts(db).where('school_contacts.id', '=', id).executeTakeFirst();
}

/** One staff member's contacts between two dates (inclusive), limited to regions the reader reaches. */
export async function findSchoolContactRowsOfUser(db: Db, options: { userId: string; from: string; to: string; scope: AccessScope | 'own' }): Promise<SchoolContactRow[]> {
  let query = selectSchoolContacts(db)
    .where('school_contacts.user_id', '=', options.userId)
    .where('school_contacts.contact_date', '>=', options.from)
    .where('school_contacts.contact_date', '<=', options.to);
  const scope = options.scope;
  if (scope !== 'own' && scope.kind === 'regions') {
    if (scope.regionIds.length === 0) return [];
    query = query.where('school_contacts.region_id', 'in', [...scope.regionIds]);
  }
  if (scope !== 'own' && scope.kind === 'district') query = query.where('schools.district_id', '=', scope.districtId);
  return query.orderBy('school_contacts.contact_date').orderBy('schools.name').execute();
}

/** A school with its name, its district and the district's region, or undefined. */
export async function findSchoolWithRegion(
  db: Db,
  schoolId: string,
): Promise<{ id: string; name: string; region_id: string; district_id: string; district_name: string } | undefined> {
  return db
    .selectFrom('schools')
    .innerJoin('districts', 'districts.id', 'schools.district_id')
    .select(['schools.id', 'schools.name', 'districts.region_id', 'schools.district_id', 'districts.name as district_name'])
    .where('schools.id', '=', schoolId)
    .executeTakeFirst();
}

/** The facts of an entry as stored. */
export interface SchoolContactValues {
  school_id: string;
  contact_date: string;
  contact_type: SchoolContactRow['contact_type'];
  outcomes: string;
  notes: string | null;
}

/** Record a staff member's contact; returns its id. */
export async function insertSchoolContact(db: Db, values: SchoolContactValues & { user_id: string; region_id: string }): Promise<string> {
  const row = await db.insertInto('school_contacts').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Replace an entry's facts (its author stays) at the version read; false when it changed since or is gone. */
export async function updateSchoolContactRowIfVersion(
  db: Db,
  id: string,
  version: number,
  values: SchoolContactValues & { region_id: string },
): Promise<boolean> {
  const result = await db
    .updateTable('school_contacts')
    .set((eb) => ({ ...values, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Remove an entry at the version read; false when it changed since or is gone. */
export async function deleteSchoolContactRowIfVersion(db: Db, id: string, version: number): Promise<boolean> {
  const result = await db
    .deleteFrom('school_contacts')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** A staff member as the log's heading names them, or undefined. */
export async function findStaffMember(db: Db, userId: string) {
  return db.selectFrom('users').select(['id', 'display_name', 'role', 'region_id', 'position_title']).where('id', '=', userId).executeTakeFirst();
}
