import { type Kysely, sql } from 'kysely';

/**
 * Stored documents (docs/rules/monitoring.md MN1): files kept in the database, so that a
 * backup holds them, each attached to one record of another module by `owner_type` and
 * `owner_id`, and to the organization (region or district) that record belongs to.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table documents (
    id uuid primary key default gen_random_uuid(),
    organization_id uuid not null,
    owner_type text not null check (owner_type ~ '^[a-z][a-z0-9_]{0,59}$'),
    owner_id uuid not null,
    file_name text not null check (length(file_name) between 1 and 200),
    media_type text not null,
    size_bytes integer not null check (size_bytes > 0),
    content bytea not null,
    uploaded_by uuid references users (id) on delete set null,
    uploaded_at timestamptz not null default now(),
    check (size_bytes = length(content))
  )`.execute(db);
  await sql`create index documents_owner on documents (owner_type, owner_id, uploaded_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table documents`.execute(db);
}
