import { type Kysely, sql } from 'kysely';

/**
 * The federal child counts (docs/rules/services.md S5.4–S5.7): the grade, English learner and
 * disability each imported span of eligibility records (the breakdowns of the federal files),
 * the same seen through `eligibility_spans` (for a child whose COE was made in Ciclo, the grade
 * of their latest school enrollment), and each certification of a period's counts with the
 * children it counted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table student_eligibility_spans
    add column grade text,
    add column english_learner boolean not null default false,
    add column disability boolean not null default false`.execute(db);
  await sql`create or replace view eligibility_spans as
    select student_id, birth_date, eligible_from, eligible_to, grade, english_learner, disability
    from student_eligibility_spans
    union all
    select c.student_number, c.birth_date, e.qad, e.eligibility_end_date,
      (select en.grade_level from enrollments en where en.child_id = c.id
        order by en.enrollment_date desc, en.created_at desc limit 1),
      false, false
    from child_eligibilities e
    join children c on c.id = e.child_id
    where e.eligibility_end_date is not null`.execute(db);

  await sql`create table child_count_certifications (
    id uuid primary key default gen_random_uuid(),
    period text not null check (period ~ '^[0-9]{4}-[0-9]{2}$'),
    category1 integer not null check (category1 >= 0),
    category2 integer not null check (category2 >= 0 and category2 <= category1),
    figures jsonb not null,
    certified_by uuid references users (id) on delete set null,
    certified_by_label text not null,
    certified_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index child_count_certifications_period on child_count_certifications (period, certified_at)`.execute(
    db,
  );
  await sql`create table child_count_certified_children (
    certification_id uuid not null references child_count_certifications (id) on delete cascade,
    student_id text not null,
    category2 boolean not null,
    primary key (certification_id, student_id)
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table child_count_certified_children`.execute(db);
  await sql`drop table child_count_certifications`.execute(db);
  await sql`drop view eligibility_spans`.execute(db);
  await sql`create view eligibility_spans as
    select student_id, birth_date, eligible_from, eligible_to from student_eligibility_spans
    union all
    select c.student_number, c.birth_date, e.qad, e.eligibility_end_date
    from child_eligibilities e
    join children c on c.id = e.child_id
    where e.eligibility_end_date is not null`.execute(db);
  await sql`alter table student_eligibility_spans drop column grade, drop column english_learner, drop column disability`.execute(
    db,
  );
}
