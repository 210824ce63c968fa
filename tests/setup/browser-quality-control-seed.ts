import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { addDays, addMonths } from '../../src/core/common/calendar-date';
import type { Db } from '../../src/data/db';
import { todayInState } from '../../src/usecases/clock';
import { buildChild, buildRegion } from '../factories';

const casesDir = path.resolve(import.meta.dirname, '../cases/eligibility');

/** The approval period of the seeded COEs: no other browser test approves a COE then. */
export const QC_APPROVED_ON = '2024-03-05';

/**
 * A region of its own (so the other browser tests' lists and counts stay as they were) with
 * three COEs approved on QC_APPROVED_ON for the re-interview sample, a child whose eligibility
 * ends in 20 days and one in year 2 due for the residency contact, for the watch lists.
 */
export async function seedQualityControl(db: Db) {
  const region = await buildRegion(db, { name: 'Quality Control Test Region' });
  const { input, expected } = JSON.parse(
    readFileSync(
      path.join(
        casesDir,
        readdirSync(casesDir)
          .filter((f) => f.endsWith('.json'))
          .sort()[0]!,
      ),
      'utf8',
    ),
  ) as { input: unknown; expected: unknown };
  for (let i = 0; i < 3; i++) {
    await db
      .insertInto('coes')
      .values({
        region_id: region.id,
        status: 'approved',
        interview: JSON.stringify(input),
        determination: JSON.stringify(expected),
        interview_date: '2024-02-20',
        reviewed_at: new Date(`${QC_APPROVED_ON}T18:00:00Z`),
      })
      .execute();
  }
  const today = todayInState();
  const ending = await buildChild(db, {
    regionId: region.id,
    firstName: 'Itzel',
    lastSurname: 'Bautista',
    secondSurname: 'Ramírez',
  });
  const yearTwo = await buildChild(db, {
    regionId: region.id,
    firstName: 'Óscar',
    lastSurname: 'Méndez',
    secondSurname: 'Ruiz',
  });
  await db
    .insertInto('child_eligibilities')
    .values([
      {
        child_id: ending.id,
        qad: addDays(addMonths(today, -36), 20),
        eligibility_end_date: addDays(today, 20),
        end_reason: '36-months',
        basis: 'qualifying-work',
        relation: 'with',
      },
      {
        child_id: yearTwo.id,
        qad: addMonths(today, -14),
        eligibility_end_date: addDays(addMonths(today, 22), -1),
        end_reason: '36-months',
        basis: 'qualifying-work',
        relation: 'with',
      },
    ])
    .execute();
}
