import { sql, type Insertable } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { Db } from '../db';
import type { ChildEligibilitiesTable, DbChild, DbChildUpdate, NewDbChild } from '../tables';
import { childrenInScope } from './scope-filter';

export interface FindChildrenQuery {
  scope: AccessScope;
  /** Words of a name (already normalized) or a student number. */
  searchWords: string[];
  studentNumber?: string | undefined;
  regionId?: string | undefined;
  limit: number;
  offset: number;
}

/** Children in scope matching every search word, by surname then first name. */
export async function findChildrenRows(db: Db, query: FindChildrenQuery) {
  let base = db
    .selectFrom('children')
    .innerJoin('regions', 'regions.id', 'children.region_id')
    .where((eb) => childrenInScope(eb, query.scope));
  if (query.regionId) base = base.where('children.region_id', '=', query.regionId);
  if (query.studentNumber) {
    const number = query.studentNumber;
    base = base.where((eb) =>
      eb.or([eb('children.student_number', '=', number), eb('children.statewide_student_id', '=', number)]),
    );
  }
  for (const word of query.searchWords) {
    base = base.where('children.search_name', 'like', `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const [rows, count] = await Promise.all([
    base
      .select([
        'children.id',
        'children.student_number',
        'children.first_name',
        'children.middle_name',
        'children.last_surname',
        'children.second_surname',
        'children.birth_date',
        'children.region_id',
        'regions.number as region_number',
        'children.family_id',
      ])
      .orderBy('children.last_surname')
      .orderBy('children.first_name')
      .orderBy('children.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.total };
}

/** A child row with its region number. */
export type DbChildWithRegion = DbChild & { region_number: number };

/** One child in scope with its region number, or undefined (absent and out of scope look the same). */
export async function findChildRow(
  db: Db,
  scope: AccessScope,
  id: string,
): Promise<DbChildWithRegion | undefined> {
  return db
    .selectFrom('children')
    .innerJoin('regions', 'regions.id', 'children.region_id')
    .selectAll('children')
    .select('regions.number as region_number')
    .where('children.id', '=', id)
    .where((eb) => childrenInScope(eb, scope))
    .executeTakeFirst();
}

/** The enrollments of a child in scope, with district and school names, newest first. */
export async function listEnrollmentsOfChild(db: Db, scope: AccessScope, childId: string) {
  return db
    .selectFrom('enrollments')
    .innerJoin('children', 'children.id', 'enrollments.child_id')
    .innerJoin('districts', 'districts.id', 'enrollments.district_id')
    .leftJoin('schools', 'schools.id', 'enrollments.school_id')
    .selectAll('enrollments')
    .select(['districts.name as district_name', 'schools.name as school_name'])
    .where('enrollments.child_id', '=', childId)
    .where((eb) => childrenInScope(eb, scope))
    .orderBy('enrollments.enrollment_date', 'desc')
    .execute();
}

/**
 * Whether another child anywhere in the state has this statewide student id (SSID is unique
 * statewide). It answers only yes or no, never which child.
 * @statewide an SSID is unique in the state, and the answer names no child
 */
export async function isStatewideStudentIdTaken(
  db: Db,
  ssid: string,
  exceptChildId: string | null,
): Promise<boolean> {
  let query = db.selectFrom('children').select('id').where('statewide_student_id', '=', ssid);
  if (exceptChildId) query = query.where('id', '!=', exceptChildId);
  return Boolean(await query.executeTakeFirst());
}

/** Insert a child; returns the row as stored. */
export async function insertChild(db: Db, child: NewDbChild): Promise<DbChild> {
  return db.insertInto('children').values(child).returningAll().executeTakeFirstOrThrow();
}

/**
 * Change a child only if it is still at `version` (STYLE §14: optimistic locking by the
 * database), bumping the version. Returns the new row, or undefined when someone else
 * changed it first.
 */
export async function updateChildIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: Omit<DbChildUpdate, 'id' | 'version' | 'updated_at'>,
): Promise<DbChild | undefined> {
  return db
    .updateTable('children')
    .set({ ...changes, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Move a child into a family (IR1.3), raising the child's version. */
export async function moveChildToFamily(db: Db, childId: string, familyId: string): Promise<void> {
  await db
    .updateTable('children')
    .set((eb) => ({ family_id: familyId, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', childId)
    .execute();
}

/** Delete a child (their enrollments go with them). */
export async function deleteChildRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('children').where('id', '=', id).execute();
}

/** Record a child's eligibility from an approved COE; returns the row as stored. */
export async function insertChildEligibility(db: Db, eligibility: Insertable<ChildEligibilitiesTable>) {
  return db.insertInto('child_eligibilities').values(eligibility).returningAll().executeTakeFirstOrThrow();
}

/**
 * The next state-unique student number: `CA` and nine digits from a sequence, skipping any
 * number already taken (imported or demo records may have used some).
 * @statewide student numbers are unique in the state; it returns a free number, no record
 */
export async function nextStudentNumber(db: Db): Promise<string> {
  for (;;) {
    const { n } = await sql<{ n: number }>`select nextval('student_number_seq')::int as n`
      .execute(db)
      .then((r) => r.rows[0]!);
    const candidate = `CA${String(n).padStart(9, '0')}`;
    const taken = await db
      .selectFrom('children')
      .select('id')
      .where('student_number', '=', candidate)
      .executeTakeFirst();
    if (!taken) return candidate;
  }
}
