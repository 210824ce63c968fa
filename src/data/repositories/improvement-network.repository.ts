import type { Db } from '../db';

/** Cohorts, teams, meetings and trainings of the network (IP3); none is a child's record. */

export async function listCohortRows(db: Db) {
  return db.selectFrom('improvement_cohorts').selectAll().orderBy('start_year', 'desc').orderBy('name').execute();
}

export async function findCohortRow(db: Db, id: string) {
  return db.selectFrom('improvement_cohorts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCohortRowByName(db: Db, name: string) {
  return db.selectFrom('improvement_cohorts').select('id').where('name', '=', name).executeTakeFirst();
}

export async function insertCohortRow(db: Db, values: { name: string; start_year: number; end_year: number }) {
  const row = await db.insertInto('improvement_cohorts').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Update a cohort still at `version`; false when someone changed it first. */
export async function updateCohortRowIfVersion(
  db: Db,
  id: string,
  version: number,
  values: { name: string; start_year: number; end_year: number },
): Promise<boolean> {
  const result = await db
    .updateTable('improvement_cohorts')
    .set({ ...values, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

function selectTeams(db: Db) {
  return db
    .selectFrom('improvement_teams')
    .innerJoin('regions', 'regions.id', 'improvement_teams.region_id')
    .select([
      'improvement_teams.id',
      'improvement_teams.cohort_id',
      'improvement_teams.region_id',
      'regions.number as region_number',
      'regions.name as region_name',
      'improvement_teams.members',
      'improvement_teams.version',
    ]);
}

export async function listTeamRows(db: Db) {
  return selectTeams(db).orderBy('regions.number').execute();
}

export async function findTeamRow(db: Db, id: string) {
  return selectTeams(db).where('improvement_teams.id', '=', id).executeTakeFirst();
}

export async function findTeamRowOfRegion(db: Db, cohortId: string, regionId: string) {
  return db
    .selectFrom('improvement_teams')
    .select('id')
    .where('cohort_id', '=', cohortId)
    .where('region_id', '=', regionId)
    .executeTakeFirst();
}

export async function insertTeamRow(db: Db, values: { cohort_id: string; region_id: string; members: string }) {
  const row = await db.insertInto('improvement_teams').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateTeamMembersIfVersion(db: Db, id: string, version: number, members: string) {
  const result = await db
    .updateTable('improvement_teams')
    .set({ members, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface MeetingValues {
  cohort_id: string;
  team_id: string | null;
  kind: 'session' | 'coaching';
  held_on: string;
  hours: number | null;
  agenda: string;
  attendance: string;
  notes: string;
}

export async function listMeetingRows(db: Db) {
  return db.selectFrom('improvement_meetings').selectAll().orderBy('held_on', 'desc').execute();
}

export async function findMeetingRow(db: Db, id: string) {
  return db.selectFrom('improvement_meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertMeetingRow(db: Db, values: MeetingValues) {
  const row = await db.insertInto('improvement_meetings').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateMeetingRowIfVersion(db: Db, id: string, version: number, values: MeetingValues) {
  const result = await db
    .updateTable('improvement_meetings')
    .set({ ...values, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface TrainingValues {
  region_id: string | null;
  title: string;
  provider: string;
  held_on: string;
  audience: string;
  topic: string;
  new_recruiters_only: boolean;
}

export async function listTrainingRows(db: Db) {
  return db.selectFrom('improvement_trainings').selectAll().orderBy('held_on', 'desc').execute();
}

export async function findTrainingRow(db: Db, id: string) {
  return db.selectFrom('improvement_trainings').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertTrainingRow(db: Db, values: TrainingValues) {
  const row = await db.insertInto('improvement_trainings').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateTrainingRowIfVersion(db: Db, id: string, version: number, values: TrainingValues) {
  const result = await db
    .updateTable('improvement_trainings')
    .set({ ...values, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
