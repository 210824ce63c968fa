import { sql } from 'kysely';
import type { CalendarDate } from '../../core/common/calendar-date';
import type { AccessScope } from '../../core/people/access-scope';
import type { Db } from '../db';
import { childrenInScope } from './scope-filter';

/**
 * Which children a watch list asks for, with the limits the core computed
 * (eligibility-calendar.ts): eligibility ending by `endsBy`, or in year 2 or 3
 * (`latestQadInYearTwo`) with no residency contact since the current year began.
 */
export type EligibilityWatchQuery =
  | { kind: 'ending'; today: CalendarDate; endsBy: CalendarDate; limit: number; offset: number }
  | {
      kind: 'residency-due';
      today: CalendarDate;
      latestQadInYearTwo: CalendarDate;
      latestQadInYearThree: CalendarDate;
      limit: number;
      offset: number;
    };

/** The first day of the current eligibility year of a QAD in year 2 or 3 (its first or second anniversary). */
function startOfCurrentYear(latestQadInYearThree: CalendarDate) {
  return sql<CalendarDate>`(e.qad + case when e.qad <= ${latestQadInYearThree} then interval '24 months' else interval '12 months' end)::date`;
}

/**
 * The children in scope on a watch list, a page at a time with the total. The current
 * eligibility is the latest QAD still running (no later QAD replaces it); PostgreSQL adds
 * months as the core does (31 January + 1 month is the last day of February). A test holds
 * the lists to the core's answers.
 */
export async function listEligibilityWatchInScope(db: Db, scope: AccessScope, query: EligibilityWatchQuery) {
  const { today } = query;
  let base = db
    .with('contacts', (db) =>
      db
        .selectFrom('residency_contacts')
        .select((eb) => ['child_id', eb.fn.max('contacted_on').as('last')])
        .where('contacted_on', '<=', today)
        .groupBy('child_id'),
    )
    .selectFrom('child_eligibilities as e')
    .innerJoin('children', 'children.id', 'e.child_id')
    .innerJoin('regions', 'regions.id', 'children.region_id')
    .leftJoin('contacts', 'contacts.child_id', 'e.child_id')
    .where((eb) => childrenInScope(eb as never, scope))
    .where('e.qad', '<=', today)
    .where('e.eligibility_end_date', '>=', today)
    // The current eligibility: no later QAD of the child is still running (ties broken by id, so a child is listed once).
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('child_eligibilities as later')
            .select('later.id')
            .whereRef('later.child_id', '=', 'e.child_id')
            .where('later.qad', '<=', today)
            .where('later.eligibility_end_date', '>=', today)
            .where((l) =>
              l.or([
                l('later.qad', '>', l.ref('e.qad')),
                l.and([l('later.qad', '=', l.ref('e.qad')), l('later.id', '>', l.ref('e.id'))]),
              ]),
            ),
        ),
      ),
    );
  base =
    query.kind === 'ending'
      ? base.where('e.eligibility_end_date', '<=', query.endsBy)
      : base
          .where('e.qad', '<=', query.latestQadInYearTwo)
          .where((eb) =>
            eb.or([
              eb('contacts.last', 'is', null),
              eb('contacts.last', '<', startOfCurrentYear(query.latestQadInYearThree)),
            ]),
          );
  // The page and the total as two queries: with a window count over the whole list, the
  // planner costed for the page alone and probed every row one by one.
  const [rows, count] = await Promise.all([
    base
      .select([
        'children.id as child_id',
        'children.first_name',
        'children.last_surname',
        'children.second_surname',
        'children.student_number',
        'regions.number as region_number',
        'e.qad',
        'e.eligibility_end_date',
        'contacts.last as last_contact',
      ])
      .orderBy(query.kind === 'ending' ? 'e.eligibility_end_date' : 'e.qad')
      .orderBy('children.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}
