import type { CalendarDate } from '../../core/common/calendar-date';
import { accessScopeOf } from '../../core/people/access-scope';
import {
  currentEligibility,
  eligibilityYear,
  isResidencyContactDue,
} from '../../core/recruitment/eligibility-calendar';
import { listChildEligibilitiesInScope } from '../../data/repositories/eligibility-history.repository';
import { listResidencyContactsInScope } from '../../data/repositories/residency-contacts.repository';
import { loadChildFor } from '../children/load-child';
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

/** Every approved eligibility of a child in scope (all COEs), newest QAD first, and the residency contacts. */
export async function getEligibilityHistory(ctx: UseCaseContext, childId: string, today: CalendarDate) {
  await loadChildFor(ctx, ctx.db, childId, 'read');
  const scope = accessScopeOf(ctx.actor);
  const [rows, contacts] = await Promise.all([
    listChildEligibilitiesInScope(ctx.db, scope, childId),
    listResidencyContactsInScope(ctx.db, scope, childId),
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
