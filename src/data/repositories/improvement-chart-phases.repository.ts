import type { Db } from '../db';

/** The phases of a team's control chart (IP5.8); none is a child's record. */

export async function listChartPhaseRows(db: Db, projectId: string, measureId: string) {
  return db
    .selectFrom('improvement_chart_phases')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('measure_id', '=', measureId)
    .orderBy('starts_on')
    .execute();
}

export async function insertChartPhaseRow(
  db: Db,
  values: {
    project_id: string;
    measure_id: string;
    starts_on: string;
    pdsa_cycle_id: string | null;
    plan_version_id: string | null;
    plan_strategy: string | null;
    note: string;
  },
) {
  const row = await db
    .insertInto('improvement_chart_phases')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The adopted plan's strategy numbered `number`, with the plan version's id (IP5.8). */
export async function findAdoptedPlanStrategy(db: Db, number: string) {
  return db
    .selectFrom('plan_strategies')
    .innerJoin('plan_versions', 'plan_versions.id', 'plan_strategies.plan_version_id')
    .select(['plan_strategies.plan_version_id', 'plan_strategies.number'])
    .where('plan_versions.status', '=', 'adopted')
    .where('plan_strategies.number', '=', number)
    .orderBy('plan_versions.adopted_on', 'desc')
    .executeTakeFirst();
}
