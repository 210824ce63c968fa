/**
 * A district's new-enrollee list for the demo, as districts send them (their own column
 * names, US dates, a Hispanic flag), with a few children Ciclo already knows spelled the way
 * school lists spell them (no accents, capitals), so the prior-migrant match shows.
 */
import { addDays, dateParts, type CalendarDate } from '../common/calendar-date';
import { GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE, SURNAMES } from './demo-names';
import { seededRandom } from './seeded-random';

const DEMO_LIST_HEADER = [
  'Student ID',
  'First Name',
  'Last Name',
  'Second Last Name',
  'Birthdate',
  'DstEnterDt',
  'Enter Date',
  'Hispanic?',
  'Parent/Guardian',
  'Phone',
  'School',
  'Grade',
];

export interface KnownChild {
  firstName: string;
  lastSurname: string;
  secondSurname: string | null;
  birthDate: CalendarDate;
}

const usDate = (date: CalendarDate) => {
  const { year, month, day } = dateParts(date);
  return `${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/${String(year % 100).padStart(2, '0')}`;
};
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase();

/** The list's rows (header first): `count` new children plus the known children given. */
export function demoReferralList(options: {
  count: number;
  seed: number;
  today: CalendarDate;
  schools: readonly string[];
  known: readonly KnownChild[];
}): string[][] {
  const random = seededRandom(options.seed);
  const rows: string[][] = [DEMO_LIST_HEADER];
  const row = (child: KnownChild, id: number) => {
    const entered = addDays(options.today, -random.integer(1, 120));
    const sameDay = random.chance(0.6);
    const guardian = `${random.pick(GIVEN_NAMES_FEMALE)} ${child.secondSurname ?? child.lastSurname}`;
    return [
      String(700_000 + id),
      child.firstName,
      child.lastSurname,
      child.secondSurname ?? '',
      usDate(child.birthDate),
      usDate(entered),
      usDate(sameDay ? entered : addDays(entered, random.integer(1, 40))),
      random.chance(0.85) ? 'Y' : 'N',
      guardian,
      `(661) 555-${String(random.integer(0, 9999)).padStart(4, '0')}`,
      random.pick(options.schools),
      String(random.integer(0, 12)),
    ];
  };
  for (let i = 0; i < options.count; i += 1) {
    const first = random.chance(0.5) ? random.pick(GIVEN_NAMES_FEMALE) : random.pick(GIVEN_NAMES_MALE);
    const child: KnownChild = {
      firstName: first,
      lastSurname: random.pick(SURNAMES),
      secondSurname: random.chance(0.7) ? random.pick(SURNAMES) : null,
      birthDate: addDays(options.today, -random.integer(5 * 365, 17 * 365)),
    };
    rows.push(row(child, i));
  }
  options.known.forEach((child, i) =>
    rows.push(
      row(
        {
          ...child,
          firstName: plain(child.firstName),
          lastSurname: plain(child.lastSurname),
          secondSurname: child.secondSurname && plain(child.secondSurname),
        },
        options.count + i,
      ),
    ),
  );
  return rows;
}

/** California's school holidays in the school year of `today` (the working-day calendar of the quota). */
export function californiaHolidays(today: CalendarDate): Array<{ date: CalendarDate; name: string }> {
  const { year, month } = dateParts(today);
  const fall = month >= 7 ? year : year - 1;
  const nthWeekday = (y: number, m: number, weekday: number, n: number) => {
    const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
    const day = 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
    return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  const thanksgiving = nthWeekday(fall, 11, 4, 4);
  return [
    { date: nthWeekday(fall, 9, 1, 1), name: 'Labor Day' },
    { date: `${fall}-11-11`, name: 'Veterans Day' },
    { date: thanksgiving, name: 'Thanksgiving' },
    { date: addDays(thanksgiving, 1), name: 'Day after Thanksgiving' },
    { date: `${fall}-12-25`, name: 'Christmas Day' },
    { date: `${fall + 1}-01-01`, name: "New Year's Day" },
    { date: nthWeekday(fall + 1, 1, 1, 3), name: 'Martin Luther King Jr. Day' },
    { date: nthWeekday(fall + 1, 2, 1, 3), name: "Presidents' Day" },
    { date: `${fall + 1}-03-31`, name: 'César Chávez Day' },
  ];
}
