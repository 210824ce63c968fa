/**
 * One child across identifiers (docs/rules/identification-and-recruitment.md IR5): the rows
 * that reference a child, moved by merges and splits and moved back by undo; the operations
 * and the pairs a person said are not one child.
 */
import { sql, type RawBuilder } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { Db } from '../db';
import type { DbChild } from '../tables';
import { anyChildrenInScope, childrenInScope } from './scope-filter';

/** How a row names its child: by Ciclo's id, or by the child's migrant student number. */
export type ChildReferenceBy = 'id' | 'student_number';

/**
 * A column of another table that names a child. The one list of them (IR5.5): a merge moves
 * every row of each to the kept child, a split the rows a person chose. A test compares it with
 * the database's columns, so a new table with a child reference cannot be forgotten.
 */
export interface ChildReference {
  table: string;
  column: string;
  by: ChildReferenceBy;
  /** The row's primary key, without the child column (the key that stays when the row moves). */
  key: readonly string[];
  /** Columns that, with the child column, are unique: a row the other child already has there cannot move. */
  unique: readonly (readonly string[])[];
  /** The condition of a partial unique index: only rows meeting it clash. */
  uniqueWhere?: string;
  /** What a person is shown to tell the rows apart (the split's choice). */
  shown: readonly string[];
}

export const CHILD_REFERENCES: readonly ChildReference[] = [
  {
    table: 'enrollments',
    column: 'child_id',
    by: 'id',
    key: ['id'],
    unique: [],
    shown: ['enrollment_date', 'exit_date', 'grade_level'],
  },
  {
    table: 'coe_children',
    column: 'child_id',
    by: 'id',
    key: ['id'],
    unique: [],
    shown: ['coe_id', 'qad', 'eligible'],
  },
  {
    table: 'child_eligibilities',
    column: 'child_id',
    by: 'id',
    key: ['id'],
    unique: [['coe_id']],
    shown: ['qad', 'eligibility_end_date', 'coe_id'],
  },
  {
    table: 'residency_contacts',
    column: 'child_id',
    by: 'id',
    key: ['id'],
    unique: [],
    shown: ['contacted_on', 'still_resides'],
  },
  {
    table: 'child_school_statuses',
    column: 'child_id',
    by: 'id',
    key: ['id'],
    unique: [],
    shown: ['kind', 'starts_on', 'ends_on'],
  },
  {
    table: 'referrals',
    column: 'matched_child_id',
    by: 'id',
    key: ['id'],
    unique: [],
    shown: ['first_name', 'last_surname', 'referral_key'],
  },
  {
    table: 'service_enrollments',
    column: 'student_id',
    by: 'student_number',
    key: ['id'],
    unique: [['service_id']],
    shown: ['service_id', 'enrolled_on'],
  },
  {
    table: 'assessment_results',
    column: 'student_id',
    by: 'student_number',
    key: ['subject', 'school_year'],
    unique: [['subject', 'school_year']],
    shown: ['subject', 'school_year', 'level'],
  },
  {
    table: 'msix_consolidated_records',
    column: 'child_id',
    by: 'id',
    key: ['id'],
    unique: [['msix_id']],
    uniqueWhere: 'detached_at is null',
    shown: ['msix_id', 'received_on', 'detached_at'],
  },
];

/**
 * Columns that look like a child reference and are not moved, each with why (IR5.5). The
 * completeness test accepts a column only in one of the two lists.
 */
export const CHILD_COLUMNS_NOT_MOVED: readonly { table: string; column: string; why: string }[] = [
  { table: 'audit_events', column: 'child_id', why: 'the audit log keeps what happened to each child as it was' },
  { table: 'coe_children', column: 'interview_child_id', why: "the child's id inside the interview, not a Ciclo child" },
  { table: 'children', column: 'merged_into_id', why: 'set by the merge itself' },
  { table: 'children', column: 'statewide_student_id', why: "the child's own identifier: a merge carries it (IR5.5)" },
  { table: 'children', column: 'history_student_id', why: "the child's own identifier: a merge carries it (IR5.5)" },
  { table: 'child_identity_operations', column: 'kept_child_id', why: 'the operations name the children they joined or split' },
  { table: 'child_identity_operations', column: 'other_child_id', why: 'the operations name the children they joined or split' },
  { table: 'child_match_dismissals', column: 'first_child_id', why: 'a "not the same" answer is about the pair as it was' },
  { table: 'child_match_dismissals', column: 'second_child_id', why: 'a "not the same" answer is about the pair as it was' },
  {
    table: 'student_eligibility_spans',
    column: 'student_id',
    why: "imported history under the previous system's number; the child's link to it (history_student_id) is carried instead",
  },
  {
    table: 'qualification_records',
    column: 'student_id',
    why: "imported history under the previous system's number; the child's link to it (history_student_id) is carried instead",
  },
  {
    table: 'child_count_certified_children',
    column: 'student_id',
    why: 'a certification keeps the children it counted as they were certified',
  },
  { table: 'msix_export_records', column: 'child_key', why: 'what an export sent: the next export compares with it' },
  {
    table: 'msix_export_sent',
    column: 'child_key',
    why: 'what an export’s file carried under that child’s key: the deadlines read it as sent (msix.md X8.2)',
  },
  { table: 'referrals', column: 'local_student_id', why: "the school's own id of the student, not Ciclo's" },
];

/** A row that references a child, named by its primary key (text values). */
export type RowKey = Record<string, string>;

/** The rows one operation moved in one table (IR5.5). */
export interface MovedRows {
  table: string;
  column: string;
  from: string;
  to: string;
  keys: RowKey[];
}

export function referenceOf(table: string): ChildReference {
  const reference = CHILD_REFERENCES.find((r) => r.table === table);
  if (!reference) throw new Error(`not a child reference: ${table}`);
  return reference;
}

/** The value a reference holds for a child: its id or its student number. */
export function referenceValue(reference: ChildReference, child: Pick<DbChild, 'id' | 'student_number'>): string {
  return reference.by === 'id' ? child.id : child.student_number;
}

const keyExpression = (reference: ChildReference, alias: string): RawBuilder<unknown> =>
  sql`(${sql.join(reference.key.map((k) => sql`${sql.ref(`${alias}.${k}`)}::text`))})`;

const keysIn = (reference: ChildReference, alias: string, keys: readonly RowKey[]): RawBuilder<unknown> =>
  keys.length === 0
    ? sql`false`
    : sql`${keyExpression(reference, alias)} in (${sql.join(
        keys.map((key) => sql`(${sql.join(reference.key.map((k) => sql`${key[k] ?? ''}::text`))})`),
      )})`;

const keyColumns = (reference: ChildReference, alias: string): RawBuilder<unknown> =>
  sql.join(reference.key.map((k) => sql`${sql.ref(`${alias}.${k}`)}::text as ${sql.id(k)}`));

/**
 * The rows of `from` in one table that cannot move to `to` because `to` already has a row with
 * the same unique values (IR5.5); only among `keys` when given.
 * @scopedBy the children the caller loaded and authorized
 */
export async function conflictingRows(
  db: Db,
  reference: ChildReference,
  from: string,
  to: string,
  keys?: readonly RowKey[],
): Promise<RowKey[]> {
  if (reference.unique.length === 0) return [];
  const table = sql.table(reference.table);
  const column = reference.column;
  // The condition of a partial unique index is trusted text of CHILD_REFERENCES, never input.
  const only = (alias: string) =>
    reference.uniqueWhere ? sql` and ${sql.raw(reference.uniqueWhere.replace(/\b([a-z_]+)\b(?= is )/g, `${alias}.$1`))}` : sql``;
  const clashes = reference.unique.map(
    (columns) =>
      sql`(exists (select 1 from ${table} b where ${sql.ref(`b.${column}`)} = ${to} and ${sql.join(
        columns.map((c) => sql`${sql.ref(`b.${c}`)} = ${sql.ref(`a.${c}`)}`),
        sql` and `,
      )}${only('b')})${only('a')})`,
  );
  const result = await sql<RowKey>`select ${keyColumns(reference, 'a')} from ${sql.table(reference.table)} a
    where ${sql.ref(`a.${column}`)} = ${from}
    and (${sql.join(clashes, sql` or `)})
    ${keys ? sql`and ${keysIn(reference, 'a', keys)}` : sql``}`.execute(db);
  return result.rows;
}

/**
 * Move rows of one table from one child to another: every row of `from`, or only `keys`.
 * Returns the keys of the rows moved.
 * @scopedBy the children the caller loaded and authorized
 */
export async function moveRows(
  db: Db,
  reference: ChildReference,
  from: string,
  to: string,
  keys?: readonly RowKey[],
): Promise<RowKey[]> {
  if (keys && keys.length === 0) return [];
  const result = await sql<RowKey>`update ${sql.table(reference.table)} a
    set ${sql.ref(reference.column)} = ${to}
    where ${sql.ref(`a.${reference.column}`)} = ${from}
    ${keys ? sql`and ${keysIn(reference, 'a', keys)}` : sql``}
    returning ${keyColumns(reference, 'a')}`.execute(db);
  return result.rows;
}

/** A row that references a child, as the split shows it. */
export interface ChildReferenceRow {
  table: string;
  key: RowKey;
  shown: Record<string, unknown>;
}

/**
 * Every row that references a child, table by table, for a person to choose what a split moves.
 * @scopedBy the child the caller loaded and authorized
 */
export async function rowsReferencingChild(
  db: Db,
  child: Pick<DbChild, 'id' | 'student_number'>,
): Promise<ChildReferenceRow[]> {
  const rows: ChildReferenceRow[] = [];
  for (const reference of CHILD_REFERENCES) {
    const result = await sql<{ key: RowKey; row: Record<string, unknown> }>`select
        json_build_object(${sql.join(reference.key.map((k) => sql`${k}::text, ${sql.ref(`a.${k}`)}::text`))}) as key,
        to_jsonb(a) as row
      from ${sql.table(reference.table)} a
      where ${sql.ref(`a.${reference.column}`)} = ${referenceValue(reference, child)}
      order by 1::text`.execute(db);
    for (const { key, row } of result.rows)
      rows.push({
        table: reference.table,
        key,
        shown: Object.fromEntries(reference.shown.map((c) => [c, row[c] ?? null])),
      });
  }
  return rows;
}

/** The columns of the database that may name a child: every foreign key to `children`, and every column named like one. */
export async function childReferenceColumnsOfDatabase(db: Db): Promise<{ table: string; column: string }[]> {
  const result = await sql<{ table: string; column: string }>`
    select kcu.table_name as table, kcu.column_name as column
    from information_schema.referential_constraints rc
    join information_schema.key_column_usage kcu
      on kcu.constraint_name = rc.constraint_name and kcu.constraint_schema = rc.constraint_schema
    join information_schema.constraint_column_usage ccu
      on ccu.constraint_name = rc.unique_constraint_name and ccu.constraint_schema = rc.unique_constraint_schema
    where kcu.table_schema = current_schema() and ccu.table_name = 'children'
    union
    select c.table_name, c.column_name
    from information_schema.columns c
    join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
      and (c.column_name ~ 'child_id$' or c.column_name ~ 'student_id$' or c.column_name ~ 'child_key$')
    order by 1, 2`.execute(db);
  return result.rows;
}

/** The unique constraints of a table that hold a column, as lists of the other columns. */
export async function uniqueColumnsWith(db: Db, table: string, column: string): Promise<string[][]> {
  const result = await sql<{ columns: string[] }>`
    select array_agg(a.attname::text order by a.attname) as columns
    from pg_index i
    join pg_class t on t.oid = i.indrelid
    join pg_namespace n on n.oid = t.relnamespace
    join pg_attribute a on a.attrelid = t.oid and a.attnum = any(i.indkey)
    where n.nspname = current_schema() and t.relname = ${table} and i.indisunique
    group by i.indexrelid
    having bool_or(a.attname = ${column})`.execute(db);
  return result.rows.map((r) => r.columns.filter((c) => c !== column));
}

// ---- children ----

export type ReconcilableChildRow = Pick<
  DbChild,
  | 'id'
  | 'region_id'
  | 'student_number'
  | 'statewide_student_id'
  | 'msix_id'
  | 'history_student_id'
  | 'first_name'
  | 'last_surname'
  | 'second_surname'
  | 'birth_date'
>;

/** The children of the scope that a merge has not retired, with what the proposals compare (IR5.2). */
export async function reconcilableChildrenInScope(db: Db, scope: AccessScope): Promise<ReconcilableChildRow[]> {
  return db
    .selectFrom('children')
    .where((eb) => childrenInScope(eb, scope))
    .select([
      'children.id',
      'children.region_id',
      'children.student_number',
      'children.statewide_student_id',
      'children.msix_id',
      'children.history_student_id',
      'children.first_name',
      'children.last_surname',
      'children.second_surname',
      'children.birth_date',
    ])
    .execute();
}

/** A child in scope, retired by a merge or not (undo and the history read retired ones). */
export async function findChildEvenMerged(db: Db, scope: AccessScope, id: string): Promise<DbChild | undefined> {
  return db
    .selectFrom('children')
    .selectAll('children')
    .where('children.id', '=', id)
    .where((eb) => anyChildrenInScope(eb, scope))
    .executeTakeFirst();
}

/**
 * The children of the ids in scope, retired or not, with their region number, in id order.
 */
export async function findChildrenEvenMerged(db: Db, scope: AccessScope, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('children')
    .innerJoin('regions', 'regions.id', 'children.region_id')
    .selectAll('children')
    .select('regions.number as region_number')
    .where('children.id', 'in', [...ids])
    .where((eb) => anyChildrenInScope(eb, scope))
    .orderBy('children.id')
    .execute();
}

/**
 * Raise a child's version from the one a person read, holding its row until the transaction
 * ends; undefined when someone changed it since (STYLE §14).
 */
export async function claimChildVersion(db: Db, id: string, version: number): Promise<DbChild | undefined> {
  return db
    .updateTable('children')
    .set({ version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Raise a child's version whatever it was (undo), holding its row; the row as it is now. */
export async function bumpChildVersion(db: Db, id: string): Promise<DbChild> {
  return db
    .updateTable('children')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface ChildIdentityChange {
  statewide_student_id?: string | null;
  msix_id?: string | null;
  history_student_id?: string | null;
  merged_into_id?: string | null;
}

/** Set a child's identifiers or retirement (the caller holds its row). */
export async function setChildIdentity(db: Db, id: string, change: ChildIdentityChange): Promise<DbChild> {
  return db
    .updateTable('children')
    .set({ ...change, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Whether another child holds this MSIX ID.
 * @statewide an MSIX ID is unique in the state, and the answer names no child
 */
export async function isMsixIdTaken(db: Db, msixId: string, exceptChildId: string | null): Promise<boolean> {
  let query = db.selectFrom('children').select('id').where('msix_id', '=', msixId);
  if (exceptChildId) query = query.where('id', '!=', exceptChildId);
  return Boolean(await query.executeTakeFirst());
}

// ---- dismissals ----

/**
 * The pairs a person said are not one child (IR5.4), as `first:second` keys.
 * @statewide the answer holds ids only; the caller intersects them with children it may read
 */
export async function dismissedPairs(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('child_match_dismissals').select(['first_child_id', 'second_child_id']).execute();
  return new Set(rows.map((r) => `${r.first_child_id}:${r.second_child_id}`));
}

/** Remember that a pair is not one child; false when it was already remembered. */
export async function insertDismissal(
  db: Db,
  dismissal: { firstChildId: string; secondChildId: string; reason: string; by: string | null; byLabel: string },
): Promise<boolean> {
  const row = await db
    .insertInto('child_match_dismissals')
    .values({
      first_child_id: dismissal.firstChildId,
      second_child_id: dismissal.secondChildId,
      reason: dismissal.reason,
      dismissed_by: dismissal.by,
      dismissed_by_label: dismissal.byLabel,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('first_child_id')
    .executeTakeFirst();
  return Boolean(row);
}

// ---- operations ----

export async function insertOperation(
  db: Db,
  operation: {
    kind: 'merge' | 'split';
    keptChildId: string;
    otherChildId: string;
    createdChild: boolean;
    overrideReason: string | null;
    moved: MovedRows[];
    identifiers: Record<string, string>;
    regionIds: string[];
    by: string | null;
    byLabel: string;
  },
) {
  return db
    .insertInto('child_identity_operations')
    .values({
      kind: operation.kind,
      kept_child_id: operation.keptChildId,
      other_child_id: operation.otherChildId,
      created_child: operation.createdChild,
      override_reason: operation.overrideReason,
      moved: JSON.stringify(operation.moved),
      identifiers: JSON.stringify(operation.identifiers),
      region_ids: operation.regionIds,
      done_by: operation.by,
      done_by_label: operation.byLabel,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * The ids of the children of a scope, retired ones included (IR5.7): an operation is the
 * scope's when both its children are among them.
 * @scopedBy this is the scope condition of the operations, on each of their two children
 */
function childIdsInScope(db: Db, scope: AccessScope) {
  return db
    .selectFrom('children')
    .select('children.id')
    .where((eb) => anyChildrenInScope(eb, scope));
}

/**
 * One operation whose children the scope reaches (both of them for region staff).
 * @scopedBy it returns the operation only when both its children are in the actor's scope
 */
export async function findOperation(db: Db, scope: AccessScope, id: string) {
  return db
    .selectFrom('child_identity_operations as o')
    .selectAll('o')
    .where('o.id', '=', id)
    .where('o.kept_child_id', 'in', childIdsInScope(db, scope))
    .where('o.other_child_id', 'in', childIdsInScope(db, scope))
    .executeTakeFirst();
}

/** Mark an operation undone; false when it was undone already (someone else was first). */
export async function markOperationUndone(db: Db, id: string, by: string | null, byLabel: string): Promise<boolean> {
  const row = await db
    .updateTable('child_identity_operations')
    .set({ undone_at: new Date(), undone_by: by, undone_by_label: byLabel })
    .where('id', '=', id)
    .where('undone_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return Boolean(row);
}

/** The operations not undone done after `id` that touch one of the children (undo goes last first). */
export async function laterOperationsOf(db: Db, id: string, doneAt: Date, childIds: readonly string[]) {
  return db
    .selectFrom('child_identity_operations')
    .select(['id', 'kind', 'done_at'])
    .where('id', '!=', id)
    .where('undone_at', 'is', null)
    .where('done_at', '>=', doneAt)
    .where((eb) =>
      eb.or([eb('kept_child_id', 'in', [...childIds]), eb('other_child_id', 'in', [...childIds])]),
    )
    .orderBy('done_at')
    .execute();
}

/**
 * A page of the operations, newest first, whose children the scope reaches, with the names of both children.
 * @scopedBy both children of each operation are filtered by the actor's scope
 */
export async function listOperations(
  db: Db,
  scope: AccessScope,
  page: { limit: number; offset: number; childId?: string | undefined; operationId?: string | undefined },
) {
  let base = db
    .selectFrom('child_identity_operations as o')
    .innerJoin('children as kept', 'kept.id', 'o.kept_child_id')
    .innerJoin('children as other', 'other.id', 'o.other_child_id')
    .where('o.kept_child_id', 'in', childIdsInScope(db, scope))
    .where('o.other_child_id', 'in', childIdsInScope(db, scope));
  if (page.childId) {
    const childId = page.childId;
    base = base.where((eb) => eb.or([eb('o.kept_child_id', '=', childId), eb('o.other_child_id', '=', childId)]));
  }
  if (page.operationId) base = base.where('o.id', '=', page.operationId);
  const [rows, count] = await Promise.all([
    base
      .selectAll('o')
      .select([
        'kept.first_name as kept_first_name',
        'kept.last_surname as kept_last_surname',
        'kept.student_number as kept_student_number',
        'other.first_name as other_first_name',
        'other.last_surname as other_last_surname',
        'other.student_number as other_student_number',
      ])
      .orderBy('o.done_at', 'desc')
      .orderBy('o.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.total };
}

// ---- side by side ----

/**
 * The school enrollments of children, with district and school names, newest first.
 * @scopedBy the children the caller read through a scoped query
 */
export async function enrollmentsOfChildren(db: Db, childIds: readonly string[]) {
  if (childIds.length === 0) return [];
  return db
    .selectFrom('enrollments')
    .innerJoin('districts', 'districts.id', 'enrollments.district_id')
    .leftJoin('schools', 'schools.id', 'enrollments.school_id')
    .select([
      'enrollments.child_id',
      'enrollments.id',
      'districts.name as district_name',
      'schools.name as school_name',
      'enrollments.enrollment_date',
      'enrollments.exit_date',
    ])
    .where('enrollments.child_id', 'in', [...childIds])
    .orderBy('enrollments.enrollment_date', 'desc')
    .execute();
}

/**
 * The COEs that name children, newest interview first.
 * @scopedBy the children the caller read through a scoped query
 */
export async function coesOfChildren(db: Db, childIds: readonly string[]) {
  if (childIds.length === 0) return [];
  return db
    .selectFrom('coe_children')
    .innerJoin('coes', 'coes.id', 'coe_children.coe_id')
    .select([
      'coe_children.child_id',
      'coes.id as coe_id',
      'coes.status',
      'coes.interview_date',
      'coe_children.qad',
      'coe_children.eligible',
    ])
    .where('coe_children.child_id', 'in', [...childIds])
    .orderBy('coes.interview_date', 'desc')
    .execute();
}

// ---- a retired child ----

/**
 * A child a merge retired (or the undo of the split that made it), with the child it was merged
 * into and the operation that did it, when the
 * child its records stand in now (the end of its merges, a merged child having been merged in
 * turn) is in the scope: a retired child is seen by whom its kept child is (IR5.5).
 * @scopedBy the standing child at the end of the merges is filtered by the actor's scope
 */
export async function findRetiredChild(db: Db, scope: AccessScope, id: string) {
  return db
    .withRecursive('merges(id, merged_into_id)', (qb) =>
      qb
        .selectFrom('children')
        .select(['children.id', 'children.merged_into_id'])
        .where('children.id', '=', id)
        .where('children.merged_into_id', 'is not', null)
        .unionAll((next) =>
          next
            .selectFrom('children')
            .innerJoin('merges', 'merges.merged_into_id', 'children.id')
            .select(['children.id', 'children.merged_into_id']),
        ),
    )
    .selectFrom('children as retired')
    .innerJoin('children as kept', 'kept.id', 'retired.merged_into_id')
    // What retired it: a merge not undone, or the undo of the split that made it (IR5.8).
    .leftJoin('child_identity_operations as o', (join) =>
      join
        .onRef('o.other_child_id', '=', 'retired.id')
        .onRef('o.kept_child_id', '=', 'kept.id')
        .on((eb) =>
          eb.or([
            eb.and([eb('o.kind', '=', 'merge'), eb('o.undone_at', 'is', null)]),
            eb.and([eb('o.kind', '=', 'split'), eb('o.created_child', '=', true), eb('o.undone_at', 'is not', null)]),
          ]),
        ),
    )
    .select([
      'retired.id',
      'retired.student_number',
      'retired.first_name',
      'retired.last_surname',
      'retired.region_id',
      'kept.id as kept_id',
      'kept.student_number as kept_student_number',
      'kept.first_name as kept_first_name',
      'kept.last_surname as kept_last_surname',
      'kept.region_id as kept_region_id',
      'o.id as operation_id',
      'o.kind as retired_by',
      sql<Date | null>`case when o.kind = 'merge' then o.done_at else o.undone_at end`.as('retired_at'),
    ])
    .where('retired.id', '=', id)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('merges')
          .innerJoin('children', 'children.id', 'merges.id')
          .select('merges.id')
          .where('merges.merged_into_id', 'is', null)
          .where((inner) => childrenInScope(inner, scope)),
      ),
    )
    .orderBy('retired_at', 'desc')
    .executeTakeFirst();
}
