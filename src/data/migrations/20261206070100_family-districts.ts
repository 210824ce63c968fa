import { type Kysely, sql } from 'kysely';

/**
 * A family may be recorded for one school district: the district a district recruiter works
 * for (DR1.5), who reaches the family through it before any child of it is enrolled there.
 * Null for a region's family (reached through its region, and by district users through the
 * enrollments of its children, as before).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table families add column district_id uuid references districts (id)`.execute(db);
  await sql`create index families_district on families (district_id) where district_id is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table families drop column district_id`.execute(db);
}
