import { type Kysely, sql } from 'kysely';

/**
 * The IDR School Contact Log: one row per contact a staff member made with a school (date,
 * type of attempt, the outcome codes with their details, notes). The school's district gives
 * the region, kept on the row so a log is scoped by region without a join.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table school_contacts (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references users (id) on delete cascade,
    school_id uuid not null references schools (id),
    region_id uuid not null references regions (id),
    contact_date date not null,
    contact_type text not null check (contact_type in ('phone_contact', 'drop_in', 'scheduled_visit', 'appointment')),
    outcomes jsonb not null check (jsonb_typeof(outcomes) = 'array' and jsonb_array_length(outcomes) > 0),
    notes text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index school_contacts_user_date on school_contacts (user_id, contact_date)`.execute(db);
  await sql`create index school_contacts_region_date on school_contacts (region_id, contact_date)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table school_contacts`.execute(db);
}
