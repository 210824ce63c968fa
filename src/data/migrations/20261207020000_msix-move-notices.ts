import { type Kysely, sql } from 'kysely';

/**
 * MSIX move notices as recruiter tasks (issue 21, docs/rules/msix.md X10): each notice a
 * receiving region imported, once per MSIX notice id, with the referral that is its task in
 * the region's contact queue, the outcome a person recorded (versioned) and the outcome file
 * that sent it back. Referrals gain the source `msix-move-notice`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table referrals drop constraint referrals_source_check`.execute(db);
  await sql`alter table referrals add constraint referrals_source_check
    check (source in ('school-list', 'community', 'employer', 'agency', 'self', 'other-region', 'school-contact', 'msix-move-notice'))`.execute(
    db,
  );
  await sql`
    create table msix_move_notice_exports (
      id uuid primary key default gen_random_uuid(),
      region_id uuid references regions(id),
      answers integer not null,
      file_name text not null,
      file_text text not null,
      sent_on date not null,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table msix_move_notices (
      id uuid primary key default gen_random_uuid(),
      notice_id text not null unique,
      region_id uuid not null references regions(id),
      referral_id uuid not null references referrals(id) on delete cascade,
      notice_date date not null,
      sending_state text not null,
      from_city text,
      to_city text not null,
      to_state text not null,
      to_county text,
      to_zip text,
      expected_arrival date,
      children jsonb not null,
      family jsonb not null,
      outcome text check (outcome in ('found-interviewed', 'not-found', 'moved-on')),
      outcome_on date,
      moved_to_city text,
      moved_to_state text,
      outcome_coe_id uuid references coes(id) on delete set null,
      outcome_by uuid references users(id) on delete set null,
      outcome_at timestamptz,
      outcome_export_id uuid references msix_move_notice_exports(id),
      imported_by uuid references users(id) on delete set null,
      imported_at timestamptz not null default now(),
      version integer not null default 1,
      check ((outcome is null) = (outcome_on is null))
    )`.execute(db);
  await sql`create index msix_move_notices_region on msix_move_notices (region_id, notice_date)`.execute(db);
  await sql`create index msix_move_notices_referral on msix_move_notices (referral_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table msix_move_notices`.execute(db);
  await sql`drop table msix_move_notice_exports`.execute(db);
  await sql`delete from referrals where source = 'msix-move-notice'`.execute(db);
  await sql`alter table referrals drop constraint referrals_source_check`.execute(db);
  await sql`alter table referrals add constraint referrals_source_check
    check (source in ('school-list', 'community', 'employer', 'agency', 'self', 'other-region', 'school-contact'))`.execute(
    db,
  );
}
