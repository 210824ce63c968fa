/** Data built for the MSIX tests: an approved COE with its eligibility, a summer service attended. */
import { sql } from 'kysely';
import type { CalendarDate } from '../../src/core/common/calendar-date';
import type { Db } from '../../src/data/db';

/** The interview of the approved COE the MSIX tests build: one child moved Yuma, AZ → Salinas, CA. */
export const MSIX_COE_INTERVIEW = {
  interviewDate: '2025-06-02',
  state: 'CA',
  children: [{ id: 'c-1' }],
  moves: [
    {
      id: 'm-1',
      date: '2025-05-26',
      from: { residence: 'Yuma', city: 'Yuma', state: 'AZ' },
      to: { residence: 'Salinas', city: 'Salinas', state: 'CA' },
      movers: ['c-1'],
      economicNecessity: true,
    },
  ],
};
export const MSIX_COE_DETERMINATION = { children: [{ child: 'c-1', eligible: true, qualifyingMove: 'm-1' }] };

/** Noon in California on `day`, as a timestamp. */
export const noonOn = (day: CalendarDate) => new Date(`${day}T20:00:00Z`);

/**
 * An approved COE of one child (QAD 2025-05-26, Yuma, AZ → Salinas, CA) and the child's
 * eligibility to 2028-05-25, approved at noon on `approvedOn` (default: now).
 */
export async function makeEligible(
  db: Db,
  regionId: string,
  childId: string,
  approvedOn?: CalendarDate,
): Promise<void> {
  const { rows } = await sql<{ id: string }>`insert into coes
    (region_id, status, interview, determination, interview_date)
    values (${regionId}, 'approved', ${JSON.stringify(MSIX_COE_INTERVIEW)}, ${JSON.stringify(MSIX_COE_DETERMINATION)}, '2025-06-02')
    returning id`.execute(db);
  const eligibility = {
    qad: '2025-05-26',
    eligibility_end_date: '2028-05-25',
    end_reason: '36-months',
    basis: 'qualifying-work',
    relation: 'with',
    worker_move_date: '2025-05-26',
  } as const;
  await db
    .insertInto('coe_children')
    .values({
      coe_id: rows[0]!.id,
      interview_child_id: 'c-1',
      child_id: childId,
      child_facts: null,
      eligible: true,
      ...eligibility,
    })
    .execute();
  await db
    .insertInto('child_eligibilities')
    .values({
      child_id: childId,
      coe_id: rows[0]!.id,
      ...eligibility,
      ...(approvedOn ? { approved_at: noonOn(approvedOn) } : {}),
    })
    .execute();
}

/** A summer service of the region the child attended on `days`. */
export async function attendSummer(
  db: Db,
  regionId: string,
  studentNumber: string,
  code: string,
  days: string[],
): Promise<void> {
  const { id } = await db
    .insertInto('services')
    .values({
      code,
      region_id: regionId,
      name: `Summer Academy ${code}`,
      term: 'SUMMER',
      start_date: '2026-06-15',
      end_date: '2026-07-31',
      instrument_min: 0,
      instrument_max: 100,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const enrollment = await db
    .insertInto('service_enrollments')
    .values({ service_id: id, student_id: studentNumber, enrolled_on: '2026-06-15' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('service_attendance')
    .values(days.map((date) => ({ enrollment_id: enrollment.id, date, minutes: 120 })))
    .execute();
}
