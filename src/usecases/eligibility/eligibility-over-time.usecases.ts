import { addDays, isCalendarDate, type CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf, canWriteInRegion } from '../../core/people/access-scope';
import { sql } from 'kysely';
import {
  currentEligibility,
  eligibilityYear,
  isResidencyContactDue,
  latestQadInYear,
} from '../../core/recruitment/eligibility-calendar';
import { recordAudit } from '../../data/repositories/audit.repository';
import { childrenInScope } from '../../data/repositories/scope-filter';
import { getChild } from '../children/get-child';
import { requirePermission } from '../context';
import type { UseCaseContext } from '../context';

export interface EligibilityHistoryItem {
  coeId: string | null;
  qad: CalendarDate;
  eligibilityEndDate: CalendarDate | null;
  endReason: string | null;
  basis: string | null;
  relation: string | null;
  workerMoveDate: CalendarDate | null;
  isCurrent: boolean;
}

/** Every approved eligibility of a child (all COEs), newest QAD first, and residency contacts. */
export async function getEligibilityHistory(ctx: UseCaseContext, childId: string, today: CalendarDate) {
  await getChild(ctx, childId);
  const [rows, contacts] = await Promise.all([
    ctx.db
      .selectFrom('child_eligibilities')
      .selectAll()
      .where('child_id', '=', childId)
      .orderBy('qad', 'desc')
      .execute(),
    ctx.db
      .selectFrom('residency_contacts')
      .select(['contacted_on', 'still_resides', 'notes'])
      .where('child_id', '=', childId)
      .orderBy('contacted_on', 'desc')
      .execute(),
  ]);
  const spans = rows.map((r) => ({ childId, qad: r.qad, eligibilityEndDate: r.eligibility_end_date }));
  const current = currentEligibility(spans, today);
  const lastContact = contacts[0]?.contacted_on ?? null;
  return {
    items: rows.map<EligibilityHistoryItem>((r) => ({
      coeId: r.coe_id,
      qad: r.qad,
      eligibilityEndDate: r.eligibility_end_date,
      endReason: r.end_reason,
      basis: r.basis,
      relation: r.relation,
      workerMoveDate: r.worker_move_date,
      isCurrent: current?.qad === r.qad && current.eligibilityEndDate === r.eligibility_end_date,
    })),
    eligibilityYear: current ? eligibilityYear(current, today) : null,
    residencyContactDue: current ? isResidencyContactDue(current, today, lastContact) : false,
    residencyContacts: contacts.map((c) => ({
      contactedOn: c.contacted_on,
      stillResides: c.still_resides,
      notes: c.notes,
    })),
  };
}

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

/** The first day of the current eligibility year of a QAD in year 2 or 3 (its first or second anniversary). */
function startOfCurrentYear(latestQadInYearThree: CalendarDate) {
  return sql<CalendarDate>`(e.qad + case when e.qad <= ${latestQadInYearThree} then interval '24 months' else interval '12 months' end)::date`;
}

/**
 * Children in scope whose current eligibility ends within `days` days (`kind: 'ending'`), or
 * who are in year 2 or 3 and due for their yearly residency contact (`kind: 'residency-due'`),
 * a page at a time with the total. The lists page in the database, so the rules of
 * eligibility-calendar.ts are asked as SQL: the current eligibility is the latest QAD still
 * running (no later QAD replaces it), years 2 and 3 begin at the core's `latestQadInYear`,
 * and PostgreSQL adds months as the core does (31 January + 1 month is the last day of
 * February). A test holds the two to the same answers.
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
  const scope = accessScopeOf(ctx.actor);
  const { today } = options;
  let query = ctx.db
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
  query =
    options.kind === 'ending'
      ? query.where('e.eligibility_end_date', '<=', addDays(today, options.days))
      : query
          .where('e.qad', '<=', latestQadInYear(today, 2))
          .where((eb) =>
            eb.or([
              eb('contacts.last', 'is', null),
              eb('contacts.last', '<', startOfCurrentYear(latestQadInYear(today, 3))),
            ]),
          );
  // The page and the total as two queries: with a window count over the whole list, the
  // planner costed for the page alone and probed every row one by one.
  const [rows, count] = await Promise.all([
    query
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
      .orderBy(options.kind === 'ending' ? 'e.eligibility_end_date' : 'e.qad')
      .orderBy('children.id')
      .limit(options.limit)
      .offset(options.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  const total = Number(count.total);
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

/** Record the yearly contact confirming (or not) that the child still resides in the region. */
export async function recordResidencyContact(
  ctx: UseCaseContext,
  childId: string,
  contact: { contactedOn: CalendarDate; stillResides: boolean; notes: string | null },
  today: CalendarDate,
): Promise<void> {
  requirePermission(ctx, 'child.write');
  if (!isCalendarDate(contact.contactedOn) || contact.contactedOn > today)
    throw DomainError.invalidField('contactedOn', 'must be a date written YYYY-MM-DD, not in the future');
  const child = await getChild(ctx, childId);
  if (!canWriteInRegion(ctx.actor, child.regionId))
    throw new DomainError('forbidden', 'You may read this child but not change it.');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('residency_contacts')
      .values({
        child_id: childId,
        contacted_on: contact.contactedOn,
        contacted_by: ctx.actor.userId,
        still_resides: contact.stillResides,
        notes: contact.notes?.trim() || null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'residency_contact',
      entityId: row.id,
      regionId: child.regionId,
      childId,
      after: row,
    });
  });
}
