import { addDays, type CalendarDate } from '../../core/common/calendar-date';
import { accessScopeOf } from '../../core/people/access-scope';
import { eligibilityYear, latestQadInYear } from '../../core/recruitment/eligibility-calendar';
import { listEligibilityWatchInScope } from '../../data/repositories/eligibility-watch.repository';
import { requirePermission, type UseCaseContext } from '../context';

export interface EligibilityWatchItem {
  childId: string;
  firstName: string;
  lastSurname: string;
  secondSurname: string | null;
  studentNumber: string;
  regionNumber: number;
  qad: CalendarDate;
  eligibilityEndDate: CalendarDate | null;
  eligibilityYear: 1 | 2 | 3;
  lastResidencyContact: CalendarDate | null;
}

/**
 * Children in scope whose current eligibility ends within `days` days (`kind: 'ending'`), or
 * who are in year 2 or 3 and due for their yearly residency contact (`kind: 'residency-due'`),
 * a page at a time with the total. The lists page in the database, so the rules of
 * eligibility-calendar.ts are asked of it with the limits the core computes here (years 2 and 3
 * begin at `latestQadInYear`); a test holds the two to the same answers.
 */
export async function findEligibilityWatchList(
  ctx: UseCaseContext,
  options: {
    kind: 'ending' | 'residency-due';
    days: number;
    today: CalendarDate;
    limit: number;
    offset: number;
  },
): Promise<{ items: EligibilityWatchItem[]; total: number }> {
  requirePermission(ctx, 'child.read');
  const { today, limit, offset } = options;
  const { rows, total } = await listEligibilityWatchInScope(
    ctx.db,
    accessScopeOf(ctx.actor),
    options.kind === 'ending'
      ? { kind: 'ending', today, endsBy: addDays(today, options.days), limit, offset }
      : {
          kind: 'residency-due',
          today,
          latestQadInYearTwo: latestQadInYear(today, 2),
          latestQadInYearThree: latestQadInYear(today, 3),
          limit,
          offset,
        },
  );
  return {
    total,
    items: rows.map((row) => ({
      childId: row.child_id,
      firstName: row.first_name,
      lastSurname: row.last_surname,
      secondSurname: row.second_surname,
      studentNumber: row.student_number,
      regionNumber: row.region_number,
      qad: row.qad,
      eligibilityEndDate: row.eligibility_end_date,
      eligibilityYear: eligibilityYear(
        { childId: row.child_id, qad: row.qad, eligibilityEndDate: row.eligibility_end_date },
        today,
      ),
      lastResidencyContact: row.last_contact,
    })),
  };
}
