import { type Kysely, sql } from 'kysely';

/**
 * Certificates of eligibility (COEs): the interview and its determination, the California
 * data elements, the parent's or guardian's signature, the review; the children each COE
 * certifies; and each child's eligibility history written when a COE is approved.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table coes (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references regions (id),
    family_id uuid references families (id) on delete set null,
    status text not null default 'draft' check (status in ('draft', 'submitted', 'returned', 'approved')),
    interview jsonb not null,
    determination jsonb not null,
    interview_date date not null,
    residency_date date,
    qualifying_work text,
    comments text,
    signature_kind text check (signature_kind in ('drawn', 'paper')),
    signature_image text,
    signer_name text,
    signed_on date,
    recruiter_id uuid references users (id),
    submitted_at timestamptz,
    reviewer_id uuid references users (id),
    reviewed_at timestamptz,
    review_comments text,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index coes_region_status on coes (region_id, status)`.execute(db);
  await sql`create index coes_recruiter on coes (recruiter_id, status)`.execute(db);
  await sql`create table coe_children (
    id uuid primary key default gen_random_uuid(),
    coe_id uuid not null references coes (id) on delete cascade,
    interview_child_id text not null,
    child_id uuid references children (id) on delete set null,
    child_facts jsonb,
    eligible boolean not null,
    qad date,
    eligibility_end_date date,
    end_reason text,
    basis text,
    relation text,
    worker_move_date date,
    moved_with_worker boolean not null default false,
    prior_coe boolean not null default false,
    unique (coe_id, interview_child_id)
  )`.execute(db);
  await sql`create index coe_children_child_id on coe_children (child_id)`.execute(db);
  await sql`create table coe_reviews (
    id uuid primary key default gen_random_uuid(),
    coe_id uuid not null references coes (id) on delete cascade,
    reviewer_id uuid references users (id),
    decision text not null check (decision in ('approve', 'return')),
    comments text,
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index coe_reviews_coe_id on coe_reviews (coe_id)`.execute(db);
  await sql`create table child_eligibilities (
    id uuid primary key default gen_random_uuid(),
    child_id uuid not null references children (id) on delete cascade,
    coe_id uuid references coes (id) on delete set null,
    qad date not null,
    eligibility_end_date date,
    end_reason text,
    basis text,
    relation text,
    worker_move_date date,
    moved_with_worker boolean not null default false,
    approved_at timestamptz not null default now(),
    unique (child_id, coe_id)
  )`.execute(db);
  await sql`create index child_eligibilities_child on child_eligibilities (child_id, qad)`.execute(db);
  await sql`create index child_eligibilities_end on child_eligibilities (eligibility_end_date)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only.');
}
