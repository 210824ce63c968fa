import { type Kysely, sql } from 'kysely';

/** Re-interview samples and results, and the yearly residency contacts of eligible children. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table reinterview_samples (
    id uuid primary key default gen_random_uuid(),
    seed integer not null,
    per_region integer not null check (per_region > 0),
    approved_from date not null,
    approved_to date not null,
    drawn_by uuid references users (id),
    drawn_at timestamptz not null default now()
  )`.execute(db);
  await sql`create table reinterviews (
    id uuid primary key default gen_random_uuid(),
    sample_id uuid not null references reinterview_samples (id) on delete cascade,
    coe_id uuid not null references coes (id),
    region_id uuid not null references regions (id),
    reinterviewer_id uuid references users (id),
    result text check (result in ('confirmed', 'discrepancy')),
    notes text,
    completed_at timestamptz,
    unique (sample_id, coe_id)
  )`.execute(db);
  await sql`create index reinterviews_reinterviewer on reinterviews (reinterviewer_id, result)`.execute(db);
  await sql`create table residency_contacts (
    id uuid primary key default gen_random_uuid(),
    child_id uuid not null references children (id) on delete cascade,
    contacted_on date not null,
    contacted_by uuid references users (id),
    still_resides boolean not null,
    notes text,
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index residency_contacts_child on residency_contacts (child_id, contacted_on)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only.');
}
