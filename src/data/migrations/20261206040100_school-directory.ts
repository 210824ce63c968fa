import { type Kysely, sql } from 'kysely';

/**
 * Organizations loaded from the state's school directory (docs/rules/organizations.md): a
 * region may be drawn by districts as well as counties (a district funded directly), and
 * districts and schools keep the directory's status, open and closed dates, charter flag and
 * address. Nothing is deleted: a closed school stays for the records that point to it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table regions add column district_codes text[] not null default '{}'`.execute(db);
  await sql`alter table districts
    add column status text not null default 'active' check (status in ('active', 'pending', 'closed', 'merged')),
    add column closed_on date`.execute(db);
  await sql`alter table schools
    add column status text not null default 'active' check (status in ('active', 'pending', 'closed', 'merged')),
    add column opened_on date,
    add column closed_on date,
    add column is_charter boolean not null default false,
    add column street text,
    add column city text,
    add column zip text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table schools drop column status, drop column opened_on, drop column closed_on,
    drop column is_charter, drop column street, drop column city, drop column zip`.execute(db);
  await sql`alter table districts drop column status, drop column closed_on`.execute(db);
  await sql`alter table regions drop column district_codes`.execute(db);
}
