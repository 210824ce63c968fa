import Papa from 'papaparse';
import type { CalendarDate } from '../../core/common/calendar-date';
import { californiaHolidays, demoReferralList } from '../../core/demo/demo-referrals';
import type { Actor } from '../../core/people/access-scope';
import { REGION_3_RULE_SET } from '../../core/recruitment/prioritization';
import type { Db } from '../../data/db';
import {
  assignReferrals,
  insertPrioritizationRules,
  insertRegionHolidays,
  listFirstChildNamesInScope,
  listReferralIdsOfDistrict,
} from '../../data/repositories/demo-dataset.repository';
import {
  findFirstDistrictIdOfRegion,
  listSchoolNamesOfDistrict,
} from '../../data/repositories/organizations.repository';
import { importReferrals } from '../referrals/import-referrals';

/** Who loads the demo dataset, as the audit log shows it. */
export const DEMO_ACTOR: Actor = {
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
  if (region3) await insertPrioritizationRules(db, region3, REGION_3_RULE_SET);
  const holidays = californiaHolidays(options.today);
  for (const id of new Set([regionId, region3].filter((value): value is string => value !== undefined)))
    await insertRegionHolidays(db, id, holidays);

  const districtId = await findFirstDistrictIdOfRegion(db, regionId);
  const schools = await listSchoolNamesOfDistrict(db, districtId, 5);
  const known = await listFirstChildNamesInScope(db, { kind: 'regions', regionIds: [regionId] }, 4);
  const rows = demoReferralList({
    count: 60,
    seed: options.seed,
    today: options.today,
    schools: schools.length > 0 ? schools : ['Lincoln Elementary'],
    known: known.map((child) => ({
      firstName: child.first_name,
      lastSurname: child.last_surname,
      secondSurname: child.second_surname,
      birthDate: child.birth_date,
    })),
  });
  const summary = await importReferrals(
    { db, actor: DEMO_ACTOR },
    { districtId, fileName: 'new-enrollees.csv', content: Buffer.from(Papa.unparse(rows)) },
    options.today,
  );
  const referralIds = await listReferralIdsOfDistrict(db, districtId);
  await assignReferrals(
    db,
    referralIds.filter((_, index) => index % 3 !== 2),
    options.recruiterId,
  );
  return summary.added;
}
