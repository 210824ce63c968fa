import Papa from 'papaparse';
import type { CalendarDate } from '../../core/common/calendar-date';
import { californiaHolidays, demoReferralList } from '../../core/demo/demo-referrals';
import type { Actor } from '../../core/people/access-scope';
import { REGION_3_RULE_SET } from '../../core/recruitment/prioritization';
import type { Db } from '../../data/db';
import { importReferrals } from '../referrals/import-referrals';

const DEMO_ACTOR: Actor = {
  userId: null,
  role: 'state_admin',
  regionId: null,
  districtId: null,
  assignedRegionIds: [],
  label: 'demo',
};

/**
 * The I&R side of the demo: Region 3's prioritization rules (from the source), the school
 * holidays, and a new-enrollee list of the demo region's first district imported through the
 * real use case, two thirds of it assigned to the demo recruiter.
 */
export async function loadDemoReferrals(
  db: Db,
  options: {
    regionIds: Map<number, string>;
    demoRegionNumber: number;
    recruiterId: string;
    seed: number;
    today: CalendarDate;
  },
): Promise<number> {
  const regionId = options.regionIds.get(options.demoRegionNumber)!;
  const region3 = options.regionIds.get(3);
  if (region3)
    await db
      .insertInto('prioritization_rule_sets')
      .values({
        region_id: region3,
        lowest_priority: REGION_3_RULE_SET.lowestPriority,
        rules: JSON.stringify(REGION_3_RULE_SET.rules),
        updated_by: null,
      })
      .execute();
  const holidays = californiaHolidays(options.today);
  for (const id of new Set([regionId, region3].filter((value): value is string => value !== undefined))) {
    await db
      .insertInto('region_holidays')
      .values(holidays.map((h) => ({ region_id: id, holiday: h.date, name: h.name })))
      .execute();
  }

  const district = await db
    .selectFrom('districts')
    .select(['id'])
    .where('region_id', '=', regionId)
    .orderBy('cds_code')
    .executeTakeFirstOrThrow();
  const schools = await db
    .selectFrom('schools')
    .select('name')
    .where('district_id', '=', district.id)
    .limit(5)
    .execute();
  const known = await db
    .selectFrom('children')
    .select(['first_name', 'last_surname', 'second_surname', 'birth_date'])
    .where('region_id', '=', regionId)
    .orderBy('student_number')
    .limit(4)
    .execute();
  const rows = demoReferralList({
    count: 60,
    seed: options.seed,
    today: options.today,
    schools: schools.length > 0 ? schools.map((s) => s.name) : ['Lincoln Elementary'],
    known: known.map((child) => ({
      firstName: child.first_name,
      lastSurname: child.last_surname,
      secondSurname: child.second_surname,
      birthDate: child.birth_date,
    })),
  });
  const summary = await importReferrals(
    { db, actor: DEMO_ACTOR },
    { districtId: district.id, fileName: 'new-enrollees.csv', content: Papa.unparse(rows), encoding: 'text' },
    options.today,
  );
  const referrals = await db
    .selectFrom('referrals')
    .select('id')
    .where('district_id', '=', district.id)
    .orderBy('priority')
    .orderBy('received_on')
    .execute();
  const assigned = referrals.filter((_, index) => index % 3 !== 2).map((r) => r.id);
  if (assigned.length > 0)
    await db
      .updateTable('referrals')
      .set({ assigned_to: options.recruiterId })
      .where('id', 'in', assigned)
      .execute();
  return summary.added;
}
