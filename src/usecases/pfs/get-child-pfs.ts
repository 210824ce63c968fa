import type { CalendarDate } from '../../core/common/calendar-date';
import { childPolicy } from '../../core/children/child.policy';
import { accessScopeOf } from '../../core/people/access-scope';
import type { PfsDetermination, ServiceOrderGroup } from '../../core/services/priority-for-services';
import { schoolStatusesOfChild } from '../../data/repositories/child-school-statuses.repository';
import { eligibilitySpansOfStudent } from '../../data/repositories/pfs-records.repository';
import { loadChildFor } from '../children/load-child';
import { todayInState } from '../clock';
import type { UseCaseContext } from '../context';
import { pfsOfStudents } from './pfs-of-students';
import { statePfsSettings } from './state-pfs-settings';
import { presentSchoolStatus, type SchoolStatusReply } from './present-school-status';

export interface ChildPfsReply extends PfsDetermination {
  group: ServiceOrderGroup;
  /** The child's recorded school statuses (credit deficiency, dropped out), the latest first. */
  statuses: SchoolStatusReply[];
  /** Whether the actor may record and remove school statuses of this child. */
  canRecord: boolean;
}

/**
 * A child's Priority for Services on a day (today by default), with every criterion met and
 * its evidence, the child's group in the order of service and their school statuses. The
 * child must be in the actor's scope (`not_found` otherwise).
 */
export async function getChildPfs(
  ctx: UseCaseContext,
  childId: string,
  on: CalendarDate = todayInState(),
): Promise<ChildPfsReply> {
  const { child, subject } = await loadChildFor(ctx, ctx.db, childId, 'read');
  const [spans, settings, statuses] = await Promise.all([
    eligibilitySpansOfStudent(ctx.db, child.student_number),
    statePfsSettings(ctx.db),
    schoolStatusesOfChild(ctx.db, accessScopeOf(ctx.actor), child.id),
  ]);
  const student = { studentId: child.student_number, birthDate: child.birth_date, spans };
  const pfs = (await pfsOfStudents(ctx.db, [student], settings, on)).get(child.student_number)!;
  return {
    ...pfs.determination,
    group: pfs.group,
    statuses: statuses.map(presentSchoolStatus),
    canRecord: childPolicy.can(ctx.actor, 'update', subject),
  };
}
