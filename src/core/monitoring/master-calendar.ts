/**
 * The master calendar of services (docs/rules/monitoring.md MN7): in June of an application
 * year, the start dates of the coming year's services of a region and its districts, month by
 * month.
 */
import { programYearDates, programYearOf } from './application';

/** A service as the master calendar shows it. */
export interface CalendarService {
  id: string;
  code: string;
  name: string;
  /** The district that carries it out; null when the region does (MN7.2). */
  districtId: string | null;
  districtName: string | null;
  term: string;
  /** The planned start, which places the service in its month. */
  startDate: string;
  actualStartDate: string | null;
}

/** One month of the calendar: `2027-07` and the services that start in it. */
export interface CalendarMonth {
  month: string;
  services: CalendarService[];
}

/**
 * The program year a master calendar is drawn for by default (MN7.1): the one after the year
 * `today` falls in, so that in June (when it is drawn) it is the coming year.
 */
export function comingProgramYear(today: string): string {
  const start = Number(programYearOf(today).slice(0, 4)) + 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * The calendar of a program year (MN7.2): its twelve months from July to June, each with the
 * services whose planned start falls in it, by start date and code; a month where no service
 * starts is kept, empty, so the year reads month by month. Services starting outside the year
 * are left out.
 */
export function masterCalendar(programYear: string, services: readonly CalendarService[]): CalendarMonth[] {
  const { from, to } = programYearDates(programYear);
  const first = Number(programYear.slice(0, 4));
  const months: CalendarMonth[] = Array.from({ length: 12 }, (_, i) => {
    const year = first + (i + 6 >= 12 ? 1 : 0);
    const month = ((i + 6) % 12) + 1;
    return { month: `${year}-${String(month).padStart(2, '0')}`, services: [] };
  });
  const inYear = services
    .filter((service) => service.startDate >= from && service.startDate <= to)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.code.localeCompare(b.code));
  for (const service of inYear)
    months.find((m) => m.month === service.startDate.slice(0, 7))!.services.push(service);
  return months;
}
