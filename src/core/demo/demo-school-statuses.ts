/**
 * The demo's school statuses (pure and seeded): a few of the demo regions' high-school-aged
 * children with a qualifying move within the previous year are recorded credit deficient, and
 * fewer as having dropped out, so a child's page and the Priority for Services list show the
 * two criteria no other record holds (docs/rules/services.md S6.4, S6.5).
 */
import { addDays, type CalendarDate } from '../common/calendar-date';
import { isWithinPreviousYear, type SchoolStatusKind } from '../services/priority-for-services';
import { ageOn } from '../services/service-eligibility';
import type { EligibilitySpan } from '../services/service-records';
import { seededRandom } from './seeded-random';

/** A demo child of Ciclo (with a record to attach a status to). */
export interface DemoStatusChild {
  childId: string;
  birthDate: CalendarDate;
  spans: readonly EligibilitySpan[];
}

export interface DemoSchoolStatus {
  childId: string;
  kind: SchoolStatusKind;
  startsOn: CalendarDate;
}

/** High school ages, whole years on `today`. */
const HIGH_SCHOOL_AGES = { min: 14, max: 18 };

/**
 * The statuses: each child aged 14 to 18 today whose latest QAD is within the previous year
 * is credit deficient with a chance of one in three, from a few weeks after the QAD (not after
 * today), or else has dropped out with a chance of one in eight, from the same day.
 */
export function demoSchoolStatuses(input: {
  seed: number;
  today: CalendarDate;
  children: readonly DemoStatusChild[];
}): DemoSchoolStatus[] {
  const random = seededRandom(input.seed + 19);
  const statuses: DemoSchoolStatus[] = [];
  for (const child of input.children) {
    const age = ageOn(child.birthDate, input.today);
    if (age < HIGH_SCHOOL_AGES.min || age > HIGH_SCHOOL_AGES.max) continue;
    const qad = child.spans
      .map((span) => span.from)
      .filter((from) => isWithinPreviousYear(from, input.today))
      .sort()
      .at(-1);
    if (qad === undefined) continue;
    const later = addDays(qad, random.integer(7, 40));
    const startsOn = later > input.today ? input.today : later;
    if (random.chance(1 / 3)) statuses.push({ childId: child.childId, kind: 'credit_deficient', startsOn });
    else if (random.chance(1 / 8)) statuses.push({ childId: child.childId, kind: 'dropped_out', startsOn });
  }
  return statuses;
}
