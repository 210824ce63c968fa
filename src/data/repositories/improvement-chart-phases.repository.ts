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
  values: { project_id: string; measure_id: string; starts_on: string; pdsa_cycle_id: string; note: string },
) {
  const row = await db
    .insertInto('improvement_chart_phases')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
