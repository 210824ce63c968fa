import { type Kysely, sql } from 'kysely';

/**
 * Ciclo's own children carry the English-learner and disability flags the child counts break
 * down by (docs/rules/services.md S5.9), as imported spans already do: recorded on the child
 * (from a COE's new child or the child's page), audited with the child, and read by the
 * `eligibility_spans` view for every span of the child's approved eligibilities.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table children
    add column english_learner boolean not null default false,
    add column disability boolean not null default false`.execute(db);
  await sql`create or replace view eligibility_spans as
    select student_id, birth_date, eligible_from, eligible_to, grade, english_learner, disability
    from student_eligibility_spans
    union all
    select c.student_number, c.birth_date, e.qad, e.eligibility_end_date,
      (select en.grade_level from enrollments en where en.child_id = c.id
        order by en.enrollment_date desc, en.created_at desc limit 1),
      c.english_learner, c.disability
    from child_eligibilities e
    join children c on c.id = e.child_id
    where e.eligibility_end_date is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
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
  await sql`alter table children drop column english_learner, drop column disability`.execute(db);
}
