import { type Kysely, sql } from 'kysely';

/**
 * Imported history and Ciclo's COEs meet (docs/rules/identification-and-recruitment.md, IR4):
 * a child keeps the student number of their imported qualification history once it is
 * matched, and the data packet counts their Ciclo COEs under it. A COE child keeps where its
 * prior COE was found (IR3). `qualification_rows` gains the engine's basis and the COE's
 * family (docs/rules/data-packet.md, DP1), and a Ciclo COE with no prior COE found at approval
 * is decided from the records, as an unstated prior COE of imported history is.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table children add column history_student_id text unique`.execute(db);
  await sql`alter table coe_children add column prior_coe_sources text[] not null default '{}'`.execute(db);
  await sql`create index qualification_records_birth_date on qualification_records (birth_date, region)`.execute(db);
  await sql`drop view qualification_rows`.execute(db);
  await sql`create view qualification_rows as
    select student_id, coe_id, region, birth_date, qad, residency_date, recruitment_date, worker_move_date, moved_with_worker, prior_coe,
           null::text as basis, null::text as family_id
    from qualification_records
    union all
    select coalesce(c.history_student_id, c.student_number), coes.id::text, r.number, c.birth_date, cc.qad, coalesce(coes.residency_date, cc.qad),
           coes.interview_date, cc.worker_move_date, cc.moved_with_worker, nullif(cc.prior_coe, false),
           cc.basis, coes.family_id::text
    from coe_children cc
    join coes on coes.id = cc.coe_id
    join children c on c.id = cc.child_id
    join regions r on r.id = coes.region_id
    where coes.status = 'approved' and cc.eligible and cc.qad is not null and cc.worker_move_date is not null`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are forward-only.');
}
