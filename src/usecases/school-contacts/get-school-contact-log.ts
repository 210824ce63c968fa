import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { authorize } from '../../core/people/policy';
import {
  isCalendarMonth,
  monthOf,
  monthRange,
  monthlySchoolContactLog,
} from '../../core/recruitment/school-contact-log';
import { schoolContactLogPolicy, schoolContactPolicy } from '../../core/recruitment/school-contact.policy';
import {
  findSchoolContactRowsOfUser,
  findStaffMember,
} from '../../data/repositories/school-contacts.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { schoolContactAccessOf } from './load-school-contact';
import { obtainedReferralsOf } from './obtained-referrals';
import { toSchoolContactRecord, type SchoolContactLogRecord } from './school-contact-record';

export interface MonthlyLogOptions {
  /** YYYY-MM; default: the month of `today`. */
  month?: string | undefined;
  /** The staff member; default: the actor. */
  userId?: string | undefined;
}

/**
 * One staff member's log for a month. Anyone with the permission reads their own; a manager
 * (or the state) reads the log of staff in their scope. Another region's staff member answers
 * `not_found`, the same as one who does not exist.
 */
export async function getMonthlySchoolContactLog(
  ctx: UseCaseContext,
  options: MonthlyLogOptions,
  today: CalendarDate,
): Promise<SchoolContactLogRecord> {
  requirePermission(ctx, 'school_contact.read');
  const month = options.month ?? monthOf(today);
  if (!isCalendarMonth(month)) throw DomainError.invalidField('month', 'must be a month written YYYY-MM');
  const userId = options.userId ?? ctx.actor.userId;
  if (!userId) throw DomainError.invalidField('userId', 'is required');
  const staff = await findStaffMember(ctx.db, userId);
  const noStaff = 'No staff member with that id in your scope.';
  if (!staff) throw new DomainError('not_found', noStaff);
  authorize(
    schoolContactLogPolicy,
    ctx.actor,
    'readEntries',
    { staffUserId: staff.id, staffRegionId: staff.region_id },
    noStaff,
  );
  const isOwn = userId === ctx.actor.userId;
  const { from, to } = monthRange(month);
  const rows = await findSchoolContactRowsOfUser(ctx.db, {
    userId,
    from,
    to,
    scope: isOwn ? 'own' : accessScopeOf(ctx.actor),
  });
  const referrals = await obtainedReferralsOf(
    ctx,
    rows.map((row) => row.id),
  );
  const log = monthlySchoolContactLog(
    month,
    rows.map((row) =>
      toSchoolContactRecord(
        row,
        schoolContactPolicy.can(ctx.actor, 'edit', schoolContactAccessOf(row)),
        referrals.get(row.id),
      ),
    ),
  );
  return {
    ...log,
    staff: {
      id: staff.id,
      displayName: staff.display_name,
      role: staff.role,
      positionTitle: staff.position_title,
      regionId: staff.region_id,
    },
  };
}
