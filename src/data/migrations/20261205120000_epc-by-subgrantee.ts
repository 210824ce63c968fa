import { type Kysely, sql } from 'kysely';

/**
 * EPC verification per subgrantee (docs/rules/monitoring.md MN4.1): a row is the region's own
 * (`district_id` null) or one of its districts', so district staff document their district's
 * strategies apart from the region's. Both databases run PostgreSQL 15 or later, which keeps one
 * row per subgrantee with `nulls not distinct`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table epc_verifications add column district_id uuid references districts (id)`.execute(db);
  await sql`alter table epc_verifications
    drop constraint epc_verifications_region_id_program_year_term_strategy_key`.execute(db);
  await sql`alter table epc_verifications add constraint epc_verifications_subgrantee_key
    unique nulls not distinct (region_id, district_id, program_year, term, strategy)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table epc_verifications drop constraint epc_verifications_subgrantee_key`.execute(db);
  await sql`alter table epc_verifications drop column district_id`.execute(db);
  await sql`alter table epc_verifications
    add unique (region_id, program_year, term, strategy)`.execute(db);
}
