import { addDays, isCalendarDate, type CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf, canWriteInRegion } from '../../core/people/access-scope';
import { currentEligibility, eligibilityYear, endsWithin, isResidencyContactDue, type EligibilitySpan } from '../../core/recruitment/eligibility-calendar';
import { recordAudit } from '../../data/repositories/audit.repository';
import { childrenInScope } from '../../data/repositories/scope-filter';
import { getChild, requirePermission } from '../children/children.usecases';
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
    ctx.db.selectFrom('child_eligibilities').selectAll().where('child_id', '=', childId).orderBy('qad', 'desc').execute(),
    ctx.db.selectFrom('residency_contacts').select(['contacted_on', 'still_resides', 'notes']).where('child_id', '=', childId).orderBy('contacted_on', 'desc').execute(),
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
    residencyContacts: contacts.map((c) => ({ contactedOn: c.contacted_on, stillResides: c.still_resides, notes: c.notes })),
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

/**
 * Children in scope whose current eligibility ends within `days` days (`kind: 'ending'`), or
 * who are in year 2 or 3 and due for their yearly residency contact (`kind: 'residency-due'`).
 */
export async function findEligibilityWatchList(ctx: UseCaseContext, options: { kind: 'ending' | 'residency-due'; days: number; today: CalendarDate; limit: number }): Promise<{ items: EligibilityWatchItem[] }> {
  requirePermission(ctx, 'child.read');
  const scope = accessScopeOf(ctx.actor);
  const horizon = options.kind === 'ending' ? addDays(options.today, options.days) : null;
  let query = ctx.db
    .selectFrom('child_eligibilities as e')
    .innerJoin('children', 'children.id', 'e.child_id')
    .innerJoin('regions', 'regions.id', 'children.region_id')
    .where((eb) => childrenInScope(eb as never, scope))
    .where('e.qad', '<=', options.today)
    .where('e.eligibility_end_date', '>=', options.today)
    .select((eb) => [
      'children.id as child_id',
      'children.first_name',
      'children.last_surname',
      'children.second_surname',
      'children.student_number',
      'regions.number as region_number',
      'e.qad',
      'e.eligibility_end_date',
      eb.selectFrom('residency_contacts').select((c) => c.fn.max('contacted_on').as('last')).whereRef('residency_contacts.child_id', '=', 'children.id').as('last_contact'),
    ]);
  if (horizon) query = query.where('e.eligibility_end_date', '<=', horizon);
  const rows = await query.orderBy('e.eligibility_end_date').limit(options.kind === 'ending' ? options.limit : options.limit * 4).execute();
  const items: EligibilityWatchItem[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.child_id)) continue;
    seen.add(row.child_id);
    const span: EligibilitySpan = { childId: row.child_id, qad: row.qad, eligibilityEndDate: row.eligibility_end_date };
    const last = (row.last_contact as CalendarDate | null) ?? null;
    if (options.kind === 'ending' && !endsWithin(span, options.today, options.days)) continue;
    if (options.kind === 'residency-due' && !isResidencyContactDue(span, options.today, last)) continue;
    items.push({
      childId: row.child_id,
      firstName: row.first_name,
      lastSurname: row.last_surname,
      secondSurname: row.second_surname,
      studentNumber: row.student_number,
      regionNumber: row.region_number,
      qad: row.qad,
      eligibilityEndDate: row.eligibility_end_date,
      eligibilityYear: eligibilityYear(span, options.today),
      lastResidencyContact: last,
    });
    if (items.length >= options.limit) break;
  }
  return { items };
}

/** Record the yearly contact confirming (or not) that the child still resides in the region. */
export async function recordResidencyContact(ctx: UseCaseContext, childId: string, contact: { contactedOn: CalendarDate; stillResides: boolean; notes: string | null }, today: CalendarDate): Promise<void> {
  requirePermission(ctx, 'child.write');
  if (!isCalendarDate(contact.contactedOn) || contact.contactedOn > today) throw DomainError.invalidField('contactedOn', 'must be a date written YYYY-MM-DD, not in the future');
  const child = await getChild(ctx, childId);
  if (!canWriteInRegion(ctx.actor, child.regionId)) throw new DomainError('forbidden', 'You may read this child but not change it.');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('residency_contacts')
      .values({ child_id: childId, contacted_on: contact.contactedOn, contacted_by: ctx.actor.userId, still_resides: contact.stillResides, notes: contact.notes?.trim() || null })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, { action: 'create', entityType: 'residency_contact', entityId: row.id, regionId: child.regionId, childId, after: row });
  });
}
