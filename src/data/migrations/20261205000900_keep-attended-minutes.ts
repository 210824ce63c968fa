import { type Kysely, sql } from 'kysely';

/**
 * Each enrollment keeps its attended minutes beside it, so that the MPO report reads one
 * number per enrollment instead of summing every attendance row of the year
 * (docs/benchmarks.md, "MPO report"). Triggers on service_attendance recompute the sum of
 * the enrollments a statement touched, whatever wrote it (a sheet, an import, a restore):
 * a recomputed sum cannot drift the way a running total would.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table service_enrollments add column attended_minutes integer not null default 0`.execute(db);
  await sql`
    update service_enrollments e set attended_minutes = t.minutes
    from (select enrollment_id, sum(minutes) as minutes from service_attendance group by enrollment_id) t
    where e.id = t.enrollment_id`.execute(db);
  // Each branch names only the transition tables its event has (plpgsql plans a statement
  // when it first runs it, so the others are never planned).
  await sql`
    create function recompute_attended_minutes() returns trigger language plpgsql as $$
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
      where e.id = any (touched);
      return null;
    end $$`.execute(db);
  // A transition table can only be named by a trigger of one event, hence three triggers.
  await sql`
    create trigger attendance_inserted after insert on service_attendance
    referencing new table as changed_new
    for each statement execute function recompute_attended_minutes()`.execute(db);
  await sql`
    create trigger attendance_updated after update on service_attendance
    referencing old table as changed_old new table as changed_new
    for each statement execute function recompute_attended_minutes()`.execute(db);
  await sql`
    create trigger attendance_deleted after delete on service_attendance
    referencing old table as changed_old
    for each statement execute function recompute_attended_minutes()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const trigger of ['attendance_inserted', 'attendance_updated', 'attendance_deleted'])
    await sql`drop trigger ${sql.id(trigger)} on service_attendance`.execute(db);
  await sql`drop function recompute_attended_minutes()`.execute(db);
  await sql`alter table service_enrollments drop column attended_minutes`.execute(db);
}
