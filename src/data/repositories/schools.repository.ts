import type { Db } from '../db';

/** A school's id and district. */
export interface SchoolRow {
  id: string;
  district_id: string;
}

/** The school with this id, or undefined. */
export async function findSchoolById(db: Db, id: string): Promise<SchoolRow | undefined> {
  return db.selectFrom('schools').select(['id', 'district_id']).where('id', '=', id).executeTakeFirst();
}
