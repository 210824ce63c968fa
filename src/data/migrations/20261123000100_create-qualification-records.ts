import { type Kysely, sql } from 'kysely';

/**
 * Qualification history imported from a region's previous system (contract
 * qualifications/FORMAT.md), and `qualification_rows`: that history together with the
 * children of Ciclo's approved COEs, which the data packet counts alike.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table qualification_records (
    student_id text not null,
    coe_id text not null,
    region integer not null,
    birth_date date not null,
    qad date not null,
    residency_date date not null,
    recruitment_date date not null,
    worker_move_date date not null,
    moved_with_worker boolean not null,
    prior_coe boolean,
    source_file text,
    imported_at timestamptz not null default now(),
    primary key (coe_id, student_id)
  )`.execute(db);
  await sql`create index qualification_records_student on qualification_records (student_id, recruitment_date, coe_id)`.execute(db);
  await sql`create view qualification_rows as
    select student_id, coe_id, region, birth_date, qad, residency_date, recruitment_date, worker_move_date, moved_with_worker, prior_coe
    from qualification_records
    union all
    select c.student_number, coes.id::text, r.number, c.birth_date, cc.qad, coalesce(coes.residency_date, cc.qad), coes.interview_date,
           cc.worker_move_date, cc.moved_with_worker, cc.prior_coe
    from coe_children cc
    join coes on coes.id = cc.coe_id
    join children c on c.id = cc.child_id
    join regions r on r.id = coes.region_id
    where coes.status = 'approved' and cc.eligible and cc.qad is not null and cc.worker_move_date is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop view qualification_rows`.execute(db);
  await sql`drop table qualification_records`.execute(db);
}
