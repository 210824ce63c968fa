import { type Kysely, sql } from 'kysely';

/**
 * One child across identifiers (issue 21; docs/rules/identification-and-recruitment.md IR5):
 * the child's MSIX Identification Number; the child a merge retired into another
 * (`merged_into_id`: it leaves every list and count); the merges and splits, each with exactly
 * the rows it moved so that undo moves those back; and the pairs a person said are not one child.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table children
    add column msix_id text unique check (msix_id ~ '^[0-9]{12}$'),
    add column merged_into_id uuid references children (id)`.execute(db);
  await sql`create index children_merged_into on children (merged_into_id) where merged_into_id is not null`.execute(
    db,
  );
  await sql`
    create table child_identity_operations (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('merge', 'split')),
      -- merge: the child kept; split: the child rows were taken from
      kept_child_id uuid not null references children (id),
      -- merge: the child retired into the kept one; split: the child that took the rows
      other_child_id uuid not null references children (id),
      -- split: whether the split made the other child (undo retires it)
      created_child boolean not null default false,
      override_reason text,
      -- [{ table, column, from, to, keys: [{...primary key}] }]
      moved jsonb not null,
      -- the identifiers the kept child took from the merged one: { statewideStudentId: '…' }
      identifiers jsonb not null default '{}',
      region_ids uuid[] not null,
      done_by uuid references users (id) on delete set null,
      done_by_label text not null,
      done_at timestamptz not null default now(),
      undone_by uuid references users (id) on delete set null,
      undone_by_label text,
      undone_at timestamptz,
      check (kept_child_id <> other_child_id)
    )`.execute(db);
  await sql`create index child_identity_operations_kept on child_identity_operations (kept_child_id)`.execute(db);
  await sql`create index child_identity_operations_other on child_identity_operations (other_child_id)`.execute(db);
  await sql`create index child_identity_operations_done_at on child_identity_operations (done_at desc)`.execute(db);
  await sql`
    create table child_match_dismissals (
      first_child_id uuid not null references children (id) on delete cascade,
      second_child_id uuid not null references children (id) on delete cascade,
      reason text not null default '',
      dismissed_by uuid references users (id) on delete set null,
      dismissed_by_label text not null,
      dismissed_at timestamptz not null default now(),
      primary key (first_child_id, second_child_id),
      check (first_child_id < second_child_id)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table child_match_dismissals`.execute(db);
  await sql`drop table child_identity_operations`.execute(db);
  await sql`alter table children drop column merged_into_id, drop column msix_id`.execute(db);
}
