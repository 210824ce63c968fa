import type { Db } from '../db';

/** A team's project, its change ideas and its PDSA cycles (IP4); none is a child's record. */

export interface ProjectValues {
  measure_id: string;
  aim_what: string;
  aim_for_whom: string;
  aim_target: number;
  aim_by: string;
  baseline_value: number | null;
  chart_from: string;
  baseline_periods: number | null;
}

export async function findProjectRowOfTeam(db: Db, teamId: string) {
  return db.selectFrom('improvement_projects').selectAll().where('team_id', '=', teamId).executeTakeFirst();
}

export async function findProjectRow(db: Db, id: string) {
  return db
    .selectFrom('improvement_projects')
    .innerJoin('improvement_teams', 'improvement_teams.id', 'improvement_projects.team_id')
    .selectAll('improvement_projects')
    .select('improvement_teams.region_id')
    .where('improvement_projects.id', '=', id)
    .executeTakeFirst();
}

export async function insertProjectRow(db: Db, values: ProjectValues & { team_id: string }) {
  const row = await db.insertInto('improvement_projects').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateProjectRowIfVersion(db: Db, id: string, version: number, values: ProjectValues) {
  const result = await db
    .updateTable('improvement_projects')
    .set({ ...values, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function listChangeIdeaRows(db: Db, projectId: string) {
  return db
    .selectFrom('improvement_change_ideas')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('created_at')
    .execute();
}

export async function insertChangeIdeaRow(
  db: Db,
  values: { project_id: string; primary_driver: string; secondary_driver: string; idea: string },
) {
  const row = await db.insertInto('improvement_change_ideas').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export interface CycleValues {
  change_idea_id: string | null;
  started_on: string;
  plan: string;
  prediction: string;
  do_notes: string;
  study: string;
  act: 'adopt' | 'adapt' | 'abandon' | null;
}

export async function listCycleRows(db: Db, projectId: string) {
  return db
    .selectFrom('improvement_pdsa_cycles')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('started_on')
    .execute();
}

export async function findCycleRow(db: Db, id: string) {
  return db.selectFrom('improvement_pdsa_cycles').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertCycleRow(db: Db, values: CycleValues & { project_id: string }) {
  const row = await db.insertInto('improvement_pdsa_cycles').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateCycleRowIfVersion(db: Db, id: string, version: number, values: CycleValues) {
  const result = await db
    .updateTable('improvement_pdsa_cycles')
    .set({ ...values, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
