import { sql, type Expression, type Insertable, type Selectable, type SqlBool, type Updateable } from 'kysely';
import { normalizeForSearch } from '../../core/children/normalize-name';
import type { AccessScope } from '../../core/people/access-scope';
import type { CoeStatus } from '../../core/recruitment/coe-workflow';
import type { Db } from '../db';
import type { CoeChildrenTable, CoesTable } from '../tables';
import { regionRowsInScope } from './scope-filter';

/** A COE row as stored, with the names of its recruiter and reviewer. */
export type DbCoe = Selectable<CoesTable> & {
  recruiter_name: string | null;
  reviewer_name: string | null;
  district_name: string | null;
};
export type NewDbCoe = Insertable<CoesTable>;
export type NewDbCoeChild = Omit<Insertable<CoeChildrenTable>, 'coe_id'>;
export type DbCoeChild = Selectable<CoeChildrenTable>;

/** A WHERE condition limiting COEs (joined as `coes`) to an access scope: a district scope reaches the COEs of its district. */
const coesInScope = (scope: AccessScope): Expression<SqlBool> =>
  scope.kind === 'district'
    ? sql<boolean>`coes.district_id = ${scope.districtId}`
    : regionRowsInScope(sql.ref('coes.region_id'), scope);

/** One COE in the actor's scope, or undefined (absent and out of scope look the same). */
export async function findCoeRow(db: Db, scope: AccessScope, id: string): Promise<DbCoe | undefined> {
  return db
    .selectFrom('coes')
    .leftJoin('users as recruiter', 'recruiter.id', 'coes.recruiter_id')
    .leftJoin('users as reviewer', 'reviewer.id', 'coes.reviewer_id')
    .leftJoin('districts', 'districts.id', 'coes.district_id')
    .selectAll('coes')
    .select([
      'recruiter.display_name as recruiter_name',
      'reviewer.display_name as reviewer_name',
      'districts.name as district_name',
    ])
    .where('coes.id', '=', id)
    .where(coesInScope(scope))
    .executeTakeFirst();
}

/** Insert a COE and its children's determinations; returns the new COE's id. */
export async function insertCoe(db: Db, coe: NewDbCoe, children: NewDbCoeChild[]): Promise<string> {
  const { id } = await db.insertInto('coes').values(coe).returning('id').executeTakeFirstOrThrow();
  await insertCoeChildren(db, id, children);
  return id;
}

async function insertCoeChildren(db: Db, coeId: string, children: NewDbCoeChild[]): Promise<void> {
  if (children.length === 0) return;
  await db
    .insertInto('coe_children')
    .values(children.map((child) => ({ ...child, coe_id: coeId })))
    .execute();
}

/** Replace a COE's children's determinations (after its interview was changed). */
export async function replaceCoeChildren(db: Db, coeId: string, children: NewDbCoeChild[]): Promise<void> {
  await db.deleteFrom('coe_children').where('coe_id', '=', coeId).execute();
  await insertCoeChildren(db, coeId, children);
}

/**
 * Change a COE only if it is still at `version` (STYLE §14: optimistic locking by the
 * database), bumping the version. Returns false when someone else changed it first.
 */
export async function updateCoeIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: Omit<Updateable<CoesTable>, 'id' | 'version' | 'updated_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('coes')
    .set({ ...changes, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** How many children of a COE in scope the engine found eligible. */
export async function countEligibleCoeChildren(db: Db, scope: AccessScope, coeId: string): Promise<number> {
  const { n } = await db
    .selectFrom('coe_children')
    .innerJoin('coes', 'coes.id', 'coe_children.coe_id')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('coe_children.coe_id', '=', coeId)
    .where('coe_children.eligible', '=', true)
    .where(coesInScope(scope))
    .executeTakeFirstOrThrow();
  return n;
}

/** Keep a reviewer's decision in the COE's review history. */
export async function insertCoeReview(
  db: Db,
  review: { coeId: string; reviewerId: string | null; decision: 'approve' | 'return'; comments: string | null },
): Promise<void> {
  await db
    .insertInto('coe_reviews')
    .values({
      coe_id: review.coeId,
      reviewer_id: review.reviewerId,
      decision: review.decision,
      comments: review.comments,
    })
    .execute();
}

/** The children's determinations of a COE in scope, as stored. */
export async function listCoeChildRows(db: Db, scope: AccessScope, coeId: string): Promise<DbCoeChild[]> {
  return db
    .selectFrom('coe_children')
    .innerJoin('coes', 'coes.id', 'coe_children.coe_id')
    .selectAll('coe_children')
    .where('coe_children.coe_id', '=', coeId)
    .where(coesInScope(scope))
    .orderBy('coe_children.interview_child_id')
    .execute();
}

/** Record the Ciclo child a COE's new child became on approval. */
export async function linkCoeChild(db: Db, coeChildId: string, childId: string): Promise<void> {
  await db.updateTable('coe_children').set({ child_id: childId }).where('id', '=', coeChildId).execute();
}

/**
 * The children's determinations of a COE in scope with the linked children's names, for its
 * reply: the COE names them, so whoever may read the COE may read those names.
 */
export async function listCoeChildrenWithNames(db: Db, scope: AccessScope, coeId: string) {
  return db
    .selectFrom('coe_children')
    .innerJoin('coes', 'coes.id', 'coe_children.coe_id')
    .leftJoin('children', 'children.id', 'coe_children.child_id')
    .selectAll('coe_children')
    .select(['children.first_name', 'children.last_surname', 'children.second_surname'])
    .where('coe_children.coe_id', '=', coeId)
    .where(coesInScope(scope))
    .orderBy('coe_children.interview_child_id')
    .execute();
}

/** The review history of a COE in scope with the reviewers' names, oldest first. */
export async function listCoeReviews(db: Db, scope: AccessScope, coeId: string) {
  return db
    .selectFrom('coe_reviews')
    .innerJoin('coes', 'coes.id', 'coe_reviews.coe_id')
    .leftJoin('users', 'users.id', 'coe_reviews.reviewer_id')
    .select(['coe_reviews.decision', 'coe_reviews.comments', 'coe_reviews.created_at', 'users.display_name'])
    .where('coe_reviews.coe_id', '=', coeId)
    .where(coesInScope(scope))
    .orderBy('coe_reviews.created_at')
    .execute();
}

/** The accented letters of Spanish, Portuguese and French names, in both cases. */
const ACCENTED = 'áàâäãéèêëíìîïóòôöõúùûüñçÁÀÂÄÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇ';
/** Each of them as `normalizeForSearch` writes it: its base letter, lower case (ñ → n). */
const UNACCENTED = [...ACCENTED].map((letter) => normalizeForSearch(letter)).join('');

/** A name lower-cased without its accents, as `normalizeForSearch` writes the words sought ("Muñoz" → "munoz"). */
const accentFree = (column: Expression<string | null>) =>
  sql<string>`translate(lower(${column}), ${ACCENTED}, ${UNACCENTED})`;

/** The words of a search as LIKE patterns ("contains"), accents and case aside. */
function searchWords(text: string | undefined): string[] {
  return normalizeForSearch(text ?? '')
    .split(' ')
    .filter(Boolean)
    .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

export interface CoeListFilter {
  status?: CoeStatus | undefined;
  /** Only the COEs this user prepared. */
  recruiterId?: string | undefined;
  /** Words of the family's name (accents and case aside). */
  family?: string | undefined;
  /** Words of the recruiter's name (case aside). */
  recruiter?: string | undefined;
  /** Interviewed on or after this date. */
  from?: string | undefined;
  /** Interviewed on or before this date. */
  to?: string | undefined;
  limit: number;
  offset: number;
}

/** A page of the COEs in scope, most recently changed first, with their child counts. */
export async function listCoesInScope(db: Db, scope: AccessScope, filter: CoeListFilter) {
  let query = db
    .selectFrom('coes')
    .leftJoin('families', 'families.id', 'coes.family_id')
    .leftJoin('users', 'users.id', 'coes.recruiter_id')
    .where(coesInScope(scope));
  if (filter.status) query = query.where('coes.status', '=', filter.status);
  if (filter.recruiterId) query = query.where('coes.recruiter_id', '=', filter.recruiterId);
  for (const word of searchWords(filter.family))
    query = query.where(sql<boolean>`${accentFree(sql.ref('families.family_name'))} like ${word}`);
  for (const word of searchWords(filter.recruiter))
    query = query.where(sql<boolean>`${accentFree(sql.ref('users.display_name'))} like ${word}`);
  if (filter.from) query = query.where('coes.interview_date', '>=', filter.from);
  if (filter.to) query = query.where('coes.interview_date', '<=', filter.to);
  const [rows, count] = await Promise.all([
    query
      .select((eb) => [
        'coes.id',
        'coes.status',
        'coes.interview_date',
        'coes.region_id',
        'coes.submitted_at',
        'coes.interview',
        'coes.determination',
        'coes.residency_date',
        'families.family_name',
        'users.display_name as recruiter_name',
        eb
          .selectFrom('coe_children')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('coe_children.coe_id', '=', 'coes.id')
          .as('child_count'),
        eb
          .selectFrom('coe_children')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('coe_children.coe_id', '=', 'coes.id')
          .where('coe_children.eligible', '=', true)
          .as('eligible_count'),
      ])
      .orderBy('coes.updated_at', 'desc')
      .orderBy('coes.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.total };
}
