import type { CalendarDate } from '../../core/common/calendar-date';
import {
  pfsDayOfTerm,
  SERVICE_ORDER_GROUPS,
  type ServiceOrderGroup,
} from '../../core/services/priority-for-services';
import { eligibilitySpansOfStudents } from '../../data/repositories/pfs-records.repository';
import type { ChildSummary } from '../children/child-record';
import { findChildren } from '../children/find-children';
import { todayInState } from '../clock';
import type { UseCaseContext } from '../context';
import { loadServiceFor } from '../services/load-service';
import { pfsOfStudents } from './pfs-of-students';
import { statePfsSettings } from './state-pfs-settings';

/** The most children one search offers. */
const CANDIDATES_SHOWN = 20;

export type EnrollmentCandidate = ChildSummary & { group: ServiceOrderGroup };

/**
 * The children a search finds to enroll in a service, in the order of service (S6.8): Priority
 * for Services first, then Education Code 54443's groups, each group in the search's name order.
 * Their PFS is determined on the service's day (S6.7, the service's dates standing for the term).
 */
export async function findEnrollmentCandidates(
  ctx: UseCaseContext,
  serviceId: string,
  q: string,
  today: CalendarDate = todayInState(),
): Promise<{ items: EnrollmentCandidate[] }> {
  const service = await loadServiceFor(ctx, ctx.db, serviceId, 'record');
  const found = await findChildren(ctx, { q, limit: CANDIDATES_SHOWN });
  const numbers = found.items.map((child) => child.studentNumber);
  const [spans, settings] = await Promise.all([
    eligibilitySpansOfStudents(ctx.db, numbers),
    statePfsSettings(ctx.db),
  ]);
  const day = pfsDayOfTerm({ from: service.start_date, to: service.end_date }, today);
  const pfsOf = await pfsOfStudents(
    ctx.db,
    found.items.map((child) => ({
      studentId: child.studentNumber,
      birthDate: child.birthDate,
      spans: spans.get(child.studentNumber) ?? [],
    })),
    settings,
    day,
  );
  const rank = (group: ServiceOrderGroup) => SERVICE_ORDER_GROUPS.indexOf(group);
  const items = found.items.map((child) => ({ ...child, group: pfsOf.get(child.studentNumber)!.group }));
  // Array.prototype.sort is stable: within a group the children keep the search's name order.
  return { items: items.sort((a, b) => rank(a.group) - rank(b.group)) };
}
