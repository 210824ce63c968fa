import Papa from 'papaparse';
import { addDays, compareDates, type CalendarDate } from '../../core/common/calendar-date';
import type { ContactAttemptType, ContactOutcome } from '../../core/recruitment/family-contact';
import { weekdayOf } from '../../core/recruitment/contact-quota';
import { weekStart } from '../../core/recruitment/recruiter-workload';
import { californiaHolidays, demoReferralList } from '../../core/demo/demo-referrals';
import type { Actor } from '../../core/people/access-scope';
import { REGION_3_RULE_SET } from '../../core/recruitment/prioritization';
import type { Db } from '../../data/db';
import {
  assignReferrals,
  backdateReferralsOfDistrict,
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
import { logFamilyContact } from '../referrals/log-family-contact';

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
 * real use case, most of it assigned to the demo recruiters (three fifths to the first, a
 * fifth to the second, a fifth left to assign), with contacts the recruiters logged this week
 * and last through the real use case: some families not reached yet, some interviewed, one
 * declined. The referrals count as made on the day they were received, so the month's plan
 * of the contact quota has the referrals open on its first day.
 */
export async function loadDemoReferrals(
  db: Db,
  options: {
    regionIds: Map<number, string>;
    demoRegionNumber: number;
    recruiterIds: readonly string[];
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
  await backdateReferralsOfDistrict(db, districtId);
  const referralIds = await listReferralIdsOfDistrict(db, districtId);
  const [first, second = first] = options.recruiterIds;
  const mine = referralIds.filter((_, index) => index % 5 < 3);
  const theirs = referralIds.filter((_, index) => index % 5 === 3);
  if (first) await assignReferrals(db, mine, first);
  if (second) await assignReferrals(db, theirs, second);
  if (first) await logDemoContacts(db, regionId, first, mine, FIRST_RECRUITER_CONTACTS, options.today);
  if (second) await logDemoContacts(db, regionId, second, theirs, SECOND_RECRUITER_CONTACTS, options.today);
  return summary.added;
}

/** A contact the demo logs: how many days before today, how, and what came of it. */
type DemoContact = readonly [daysAgo: number, attempt: ContactAttemptType, outcome: ContactOutcome];

/** The first recruiter's contacts, one referral each, in queue order (the most urgent first). */
const FIRST_RECRUITER_CONTACTS: readonly DemoContact[] = [
  [0, 'phone', 'interview-scheduled'],
  [0, 'phone', 'no-answer'],
  [1, 'home-visit', 'interviewed'],
  [1, 'phone', 'left-message'],
  [2, 'phone', 'call-back-later'],
  [2, 'school-visit', 'interviewed'],
  [3, 'phone', 'declined'],
  [4, 'text-message', 'left-message'],
  [8, 'phone', 'wrong-number'],
  [9, 'home-visit', 'interviewed'],
];

/** The second recruiter's, fewer: the workload page shows the one behind. */
const SECOND_RECRUITER_CONTACTS: readonly DemoContact[] = [
  [1, 'phone', 'no-answer'],
  [2, 'home-visit', 'interview-scheduled'],
  [10, 'phone', 'interviewed'],
];

/**
 * Log the recruiter's contacts with the referrals given, through the real use case (audited,
 * the referral's status following the outcome). A contact of this week is never dated before
 * the week's Monday, so "this week" counts it whatever day the demo is loaded on; one that
 * would fall on a weekend is dated the Friday before, recruiters' days off.
 */
async function logDemoContacts(
  db: Db,
  regionId: string,
  recruiterId: string,
  referralIds: readonly string[],
  contacts: readonly DemoContact[],
  today: CalendarDate,
): Promise<void> {
  const actor: Actor = {
    userId: recruiterId,
    role: 'recruiter',
    regionId,
    districtId: null,
    assignedRegionIds: [],
    label: 'demo',
  };
  const monday = weekStart(today);
  for (const [index, [daysAgo, attemptType, outcome]] of contacts.entries()) {
    const referralId = referralIds[index];
    if (!referralId) break;
    const day = onWeekday(addDays(today, -daysAgo));
    const contactedOn = daysAgo < 7 && compareDates(day, monday) < 0 ? monday : day;
    await logFamilyContact({ db, actor }, referralId, { contactedOn, attemptType, outcome }, today);
  }
}

/** The day, or the Friday before when it is a Saturday or a Sunday. */
function onWeekday(day: CalendarDate): CalendarDate {
  const weekday = weekdayOf(day);
  return weekday === 6 ? addDays(day, -1) : weekday === 0 ? addDays(day, -2) : day;
}
