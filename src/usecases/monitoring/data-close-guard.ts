import type { CalendarDate } from '../../core/common/calendar-date';
import { assertYearsOpen, programYearOfCoe, programYearOfService } from '../../core/monitoring/data-close';
import type { Db } from '../../data/db';
import { lockYearsForWrite } from '../../data/repositories/data-close.repository';

/**
 * Refuse a write that touches records of a closed program year (MN6.3). Call it inside the
 * write's transaction: it holds a share lock on each year's row until the transaction ends, so
 * a year cannot close while the write runs, and a write that waited for a closing sees it.
 */
export async function refuseClosedYears(trx: Db, years: readonly string[]): Promise<void> {
  assertYearsOpen(years, await lockYearsForWrite(trx, years));
}

/** Refuse a write to services (or their enrollments, attendance, tests) starting on these dates when their year is closed (MN6.1, MN6.3). */
export async function refuseClosedServiceYears(trx: Db, ...startDates: CalendarDate[]): Promise<void> {
  await refuseClosedYears(
    trx,
    startDates.map((startDate) => programYearOfService({ startDate })),
  );
}

/** Refuse a write to COEs of interviews on these dates when their year is closed (MN6.1, MN6.3). */
export async function refuseClosedCoeYears(trx: Db, ...interviewDates: CalendarDate[]): Promise<void> {
  await refuseClosedYears(
    trx,
    interviewDates.map((interviewDate) => programYearOfCoe({ interviewDate })),
  );
}
