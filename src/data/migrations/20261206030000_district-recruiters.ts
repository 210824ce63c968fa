import { type Kysely, sql } from 'kysely';

/** A recruiter a school district employs (issue 16, DR1): a role of its own, scoped to the district. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop constraint users_role_check`.execute(db);
  await sql`alter table users add constraint users_role_check check (role in ('state_admin', 'state_consultant',
    'region_director', 'ir_manager', 'data_specialist', 'recruiter', 'reviewer', 'district_staff',
    'district_recruiter'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop constraint users_role_check`.execute(db);
  await sql`alter table users add constraint users_role_check check (role in ('state_admin', 'state_consultant',
    'region_director', 'ir_manager', 'data_specialist', 'recruiter', 'reviewer', 'district_staff'))`.execute(db);
}
