import { type Kysely, sql } from 'kysely';

/**
 * A control chart's phase may also start from a strategy of the plan in force
 * (docs/rules/improvement.md, IP5.8): exactly one of a PDSA cycle or a plan strategy.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table improvement_chart_phases
    alter column pdsa_cycle_id drop not null,
    add column plan_version_id uuid references plan_versions (id),
    add column plan_strategy text,
    add constraint improvement_chart_phases_one_change check (
      (pdsa_cycle_id is null) <> (plan_strategy is null)
      and (plan_strategy is null) = (plan_version_id is null)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from improvement_chart_phases where pdsa_cycle_id is null`.execute(db);
  await sql`alter table improvement_chart_phases
    drop constraint improvement_chart_phases_one_change,
    drop column plan_strategy,
    drop column plan_version_id,
    alter column pdsa_cycle_id set not null`.execute(db);
}
