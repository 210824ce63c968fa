import { sql } from 'kysely';
import type { Db } from '../db';

/**
 * A child's history as the prior COE at approval reads it (IR3) and as imported history and
 * Ciclo's COEs meet (IR4). The imported qualification history is the state's, kept without
 * regions' scope: these answer only dates and numbers, for a child the caller has already
 * checked the actor may read.
 */

/**
 * The student number of the imported history that is this child by the state number (IR4.1):
 * a history student whose number is the child's student number or SSID; null when none.
 * @statewide imported history is statewide; the answer is a number the child already carries
 */
export async function findHistoryStudentByNumber(
  db: Db,
  numbers: ReadonlyArray<string | null>,
): Promise<string | null> {
  const wanted = numbers.filter((n): n is string => Boolean(n));
  if (wanted.length === 0) return null;
  const row = await db
    .selectFrom('qualification_records')
    .select('student_id')
    .where('student_id', 'in', wanted)
    .orderBy('student_id')
    .limit(1)
    .executeTakeFirst();
  return row?.student_id ?? null;
}

/**
 * Whether a Ciclo child other than `exceptChildId` already carries this history number.
 * @statewide a history number is one child in the state; the answer is yes or no, never which child
 */
export async function isHistoryStudentLinked(db: Db, historyStudentId: string, exceptChildId: string): Promise<boolean> {
  const row = await db
    .selectFrom('children')
    .select('id')
    .where('history_student_id', '=', historyStudentId)
    .where('id', '<>', exceptChildId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Record the history a child is (IR4); the caller audits it. */
export async function setChildHistoryStudent(db: Db, childId: string, historyStudentId: string): Promise<void> {
  await db
    .updateTable('children')
    .set({ history_student_id: historyStudentId, updated_at: sql`now()` })
    .where('id', '=', childId)
    .execute();
}

/**
 * The recruitment dates of a history student's imported records.
 * @statewide imported history is statewide; dates only
 */
export async function listHistoryRecruitmentDates(db: Db, historyStudentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('qualification_records')
    .select('recruitment_date')
    .where('student_id', '=', historyStudentId)
    .execute();
  return rows.map((r) => r.recruitment_date);
}

/**
 * The interview dates of the child's approved COEs other than `exceptCoeId`.
 * @scopedBy the child, loaded in the actor's scope by the caller; dates only
 */
export async function listOtherApprovedCoeDates(db: Db, childId: string, exceptCoeId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('coe_children')
    .innerJoin('coes', 'coes.id', 'coe_children.coe_id')
    .select('coes.interview_date')
    .where('coe_children.child_id', '=', childId)
    .where('coes.status', '=', 'approved')
    .where('coes.id', '<>', exceptCoeId)
    .execute();
  return rows.map((r) => r.interview_date);
}

/**
 * Whether the COE's referral, or a referral naming the child, says prior migrant.
 * @scopedBy the child and the COE, loaded in the actor's scope by the caller; yes or no only
 */
export async function hasPriorMigrantReferral(db: Db, childId: string, referralId: string | null): Promise<boolean> {
  const row = await db
    .selectFrom('referrals')
    .select('id')
    .where('prior_migrant', '=', true)
    .where((eb) =>
      referralId ? eb.or([eb('matched_child_id', '=', childId), eb('id', '=', referralId)]) : eb('matched_child_id', '=', childId),
    )
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Store the prior COE decided at approval for a COE's child (IR3). */
export async function setCoeChildPriorCoe(db: Db, coeChildId: string, priorCoe: boolean, sources: readonly string[]): Promise<void> {
  await db
    .updateTable('coe_children')
    .set({ prior_coe: priorCoe, prior_coe_sources: sql`${[...sources]}::text[]` })
    .where('id', '=', coeChildId)
    .execute();
}

/** An imported history student a person may confirm is a Ciclo child (IR4.2). */
export interface HistoryCandidateRow {
  student_id: string;
  birth_date: string;
  records: number;
  first_recruitment: string;
  last_recruitment: string;
  /** The child carries the number (student number or SSID). */
  by_number: boolean;
  /** Another Ciclo child carries it already. */
  linked_elsewhere: boolean;
}

/**
 * The imported history students that may be a child: those whose number is the child's, and
 * those of the child's region born on one of `birthDates`; each with how many records and
 * when, and whether another child carries them. Numbers and dates only, no names.
 * @scopedBy the child, loaded in the actor's scope by the caller; history of the child's region or number only
 */
export async function listHistoryCandidates(
  db: Db,
  options: { childId: string; numbers: ReadonlyArray<string | null>; birthDates: readonly string[]; region: number },
  limit = 20,
): Promise<HistoryCandidateRow[]> {
  const numbers = options.numbers.filter((n): n is string => Boolean(n));
  const result = await sql<HistoryCandidateRow>`
    select q.student_id, min(q.birth_date)::text as birth_date, count(*)::int as records,
      min(q.recruitment_date)::text as first_recruitment, max(q.recruitment_date)::text as last_recruitment,
      ${numbers.length > 0 ? sql`q.student_id in (${sql.join(numbers)})` : sql`false`} as by_number,
      exists (select 1 from children c where c.history_student_id = q.student_id and c.id <> ${options.childId}) as linked_elsewhere
    from qualification_records q
    where ${numbers.length > 0 ? sql`q.student_id in (${sql.join(numbers)}) or` : sql``}
      (q.region = ${options.region} and q.birth_date in (${sql.join(options.birthDates.map((d) => sql`${d}::date`))}))
    group by q.student_id
    order by by_number desc, q.student_id
    limit ${limit}`.execute(db);
  return result.rows;
}

/**
 * Set or clear the history a child is, and those a person said are not the child, at the
 * version the person saw; false when stale.
 */
export async function setChildHistoryIfVersion(
  db: Db,
  childId: string,
  version: number,
  answer: { historyStudentId: string | null; notThisChild: readonly string[] },
): Promise<boolean> {
  const result = await db
    .updateTable('children')
    .set((eb) => ({
      history_student_id: answer.historyStudentId,
      history_not_student_ids: sql<string[]>`${[...answer.notThisChild]}::text[]`,
      version: eb('version', '+', 1),
      updated_at: sql`now()`,
    }))
    .where('id', '=', childId)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
