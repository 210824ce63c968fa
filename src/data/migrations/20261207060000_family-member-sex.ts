import { type Kysely, sql } from 'kysely';

/**
 * A family member's sex, when recorded (issue 21): MSIX's parents' names (docs/rules/msix.md
 * X7.4) go out as the male and the female parent, so a member whose sex is not recorded (null,
 * as every member recorded before) is not sent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table family_members add column sex text check (sex in ('female', 'male'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table family_members drop column sex`.execute(db);
}
