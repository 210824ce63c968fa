import { type Kysely, sql } from 'kysely';

/**
 * A COE remembers the referral it was prepared from and the school district of the
 * interview (where its children are enrolled on approval); a referral remembers the approved
 * COE that closed it (IR1.1, IR1.2).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table coes add column referral_id uuid references referrals (id) on delete set null`.execute(db);
  await sql`alter table coes add column district_id uuid references districts (id) on delete set null`.execute(db);
  // No foreign key: coes already reference referrals, and backup and restore need the keys
  // to form no cycle. An approved COE is never deleted.
  await sql`alter table referrals add column closed_by_coe_id uuid`.execute(db);
  await sql`create index coes_referral on coes (referral_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table referrals drop column closed_by_coe_id`.execute(db);
  await sql`alter table coes drop column district_id`.execute(db);
  await sql`alter table coes drop column referral_id`.execute(db);
}
