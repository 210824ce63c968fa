import { sql } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { Db } from '../db';
import type { DbChild } from '../tables';
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
    base = base.where((eb) => eb.or([eb('children.student_number', '=', number), eb('children.statewide_student_id', '=', number)]));
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

/** One child row with its region number, or undefined. */
export async function findChildRow(db: Db, id: string): Promise<(DbChild & { region_number: number }) | undefined> {
  return db
    .selectFrom('children')
    .innerJoin('regions', 'regions.id', 'children.region_id')
    .selectAll('children')
    .select('regions.number as region_number')
    .where('children.id', '=', id)
    .executeTakeFirst();
}

/** A child's enrollments with district and school names, newest first. */
export async function findEnrollmentRows(db: Db, childId: string) {
  return db
    .selectFrom('enrollments')
    .innerJoin('districts', 'districts.id', 'enrollments.district_id')
    .leftJoin('schools', 'schools.id', 'enrollments.school_id')
    .selectAll('enrollments')
    .select(['districts.name as district_name', 'schools.name as school_name'])
    .where('enrollments.child_id', '=', childId)
    .orderBy('enrollments.enrollment_date', 'desc')
    .execute();
}

/**
 * The next state-unique student number: `CA` and nine digits from a sequence, skipping any
 * number already taken (imported or demo records may have used some).
 */
export async function nextStudentNumber(db: Db): Promise<string> {
  for (;;) {
    const { n } = await sql<{ n: number }>`select nextval('student_number_seq')::int as n`.execute(db).then((r) => r.rows[0]!);
    const candidate = `CA${String(n).padStart(9, '0')}`;
    const taken = await db.selectFrom('children').select('id').where('student_number', '=', candidate).executeTakeFirst();
    if (!taken) return candidate;
  }
}
