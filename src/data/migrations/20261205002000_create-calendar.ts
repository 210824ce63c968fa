import { type Kysely, sql } from 'kysely';

/**
 * The annual calendar (docs/rules/calendar.md CA2, CA4): each region's program-year items with
 * owner, status and version; the notes and links kept as their evidence (uploaded files are
 * stored documents of owner type `calendar_item`); and each user's calendar feed, of which only
 * the hash of the secret is kept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table calendar_items (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references regions (id),
    program_year integer not null check (program_year between 2000 and 2100),
    task_key text not null,
    due_on date not null,
    owner_id uuid references users (id) on delete set null,
    status text not null default 'not_started'
      check (status in ('not_started', 'in_progress', 'done', 'not_applicable')),
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (region_id, program_year, task_key)
  )`.execute(db);
  await sql`create index calendar_items_owner on calendar_items (owner_id, due_on)`.execute(db);
  await sql`create index calendar_items_due on calendar_items (region_id, due_on)`.execute(db);
  await sql`create table calendar_evidence (
    id uuid primary key default gen_random_uuid(),
    item_id uuid not null references calendar_items (id) on delete cascade,
    kind text not null check (kind in ('note', 'link')),
    text text not null,
    added_by uuid references users (id) on delete set null,
    added_by_label text not null,
    added_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index calendar_evidence_item on calendar_evidence (item_id, added_at)`.execute(db);
  await sql`create table calendar_feeds (
    user_id uuid primary key references users (id) on delete cascade,
    secret_hash text not null unique,
    created_at timestamptz not null default now()
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table calendar_feeds`.execute(db);
  await sql`drop table calendar_evidence`.execute(db);
  await sql`drop table calendar_items`.execute(db);
}
