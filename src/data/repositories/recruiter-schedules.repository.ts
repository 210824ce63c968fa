import type { WorkSchedule } from '../../core/recruitment/contact-quota';
import type { Db } from '../db';

/** A recruiter's saved working schedule with its version, or undefined (full time, Monday to Friday). */
export async function findRecruiterSchedule(
  db: Db,
  userId: string,
): Promise<(WorkSchedule & { version: number }) | undefined> {
  const row = await db
    .selectFrom('recruiter_schedules')
    .select(['weekdays', 'leave', 'version'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row && { weekdays: row.weekdays as number[], leave: row.leave as unknown as WorkSchedule['leave'], version: row.version };
}

/**
 * Save a recruiter's schedule at `version` (0: none saved yet); false when another save came
 * first.
 */
export async function saveRecruiterSchedule(
  db: Db,
  userId: string,
  schedule: WorkSchedule,
  version: number,
  updatedBy: string | null,
): Promise<boolean> {
  const values = {
    weekdays: JSON.stringify(schedule.weekdays),
    leave: JSON.stringify(schedule.leave),
    updated_by: updatedBy,
    updated_at: new Date(),
  };
  if (version === 0) {
    const inserted = await db
      .insertInto('recruiter_schedules')
      .values({ user_id: userId, ...values })
      .onConflict((oc) => oc.column('user_id').doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const updated = await db
    .updateTable('recruiter_schedules')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('user_id', '=', userId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}
