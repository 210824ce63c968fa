import { type Kysely, sql } from 'kysely';

/**
 * The order family members were recorded in. Members added together (a family created with
 * them) share their transaction's `created_at`, so "the first recorded" of two parents of one sex
 * (docs/rules/msix.md X7.4) and the family page's order were left to chance; a number given by
 * each insert settles them. Members recorded before get numbers in no particular order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table family_members add column recorded_order bigint generated always as identity`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table family_members drop column recorded_order`.execute(db);
}
