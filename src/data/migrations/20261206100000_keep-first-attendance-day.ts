import { type Kysely, sql } from 'kysely';

/**
 * Each enrollment keeps its first day of attendance beside its attended minutes, so that the
 * federal child counts find a summer child's first day from the enrollment in most cases
 * instead of one step of the attendance index per enrollment (docs/benchmarks.md, "Federal
 * child counts"). The triggers of 20261205000900 recompute both for the enrollments a
 * statement touched, whatever wrote it.
 */
const recompute = (withFirstDay: boolean) => sql`
  create or replace function recompute_attended_minutes() returns trigger language plpgsql as $$
  declare
    touched integer[];
  begin
    if tg_op = 'INSERT' then
      select array_agg(distinct enrollment_id) into touched from changed_new;
    elsif tg_op = 'DELETE' then
      select array_agg(distinct enrollment_id) into touched from changed_old;
    else
      select array_agg(distinct enrollment_id) into touched
      from (select enrollment_id from changed_old union select enrollment_id from changed_new) both_sides;
    end if;
    update service_enrollments e
    set attended_minutes = coalesce(
      (select sum(a.minutes) from service_attendance a where a.enrollment_id = e.id), 0)
      ${withFirstDay ? sql.raw(`, first_attended_on =
      (select min(a.date) from service_attendance a where a.enrollment_id = e.id)`) : sql``}
    where e.id = any (touched);
    return null;
  end $$`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table service_enrollments add column first_attended_on date`.execute(db);
  await sql`
    update service_enrollments e set first_attended_on = t.first_day
    from (select enrollment_id, min(date) as first_day from service_attendance group by enrollment_id) t
    where e.id = t.enrollment_id`.execute(db);
  await recompute(true).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await recompute(false).execute(db);
  await sql`alter table service_enrollments drop column first_attended_on`.execute(db);
}
