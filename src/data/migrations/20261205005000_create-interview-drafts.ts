import { type Kysely, sql } from 'kysely';

/**
 * Interviews in progress (docs/rules/interview-drafts.md ID1): what a recruiter has typed so far,
 * kept on the server as well as on their device, so nothing typed is lost and the interview can
 * be continued from another device. The id is made by the device that started the draft.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table interview_drafts (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    region_id uuid not null references regions (id),
    label text not null,
    content jsonb not null,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index interview_drafts_user on interview_drafts (user_id, updated_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table interview_drafts`.execute(db);
}
