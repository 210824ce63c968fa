import { DomainError } from '../../core/common/domain-error';
import { authorize } from '../../core/people/policy';
import { FULL_TIME, workScheduleProblems, type WorkSchedule } from '../../core/recruitment/contact-quota';
import { recruiterSchedulePolicy } from '../../core/recruitment/referral.policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findRecruiterSchedule,
  saveRecruiterSchedule as saveScheduleRow,
} from '../../data/repositories/recruiter-schedules.repository';
import { findAssigneeCandidate } from '../../data/repositories/referrals.repository';
import { requirePermission, type UseCaseContext } from '../context';

const NO_RECRUITER = 'No recruiter with that id.';

/** A recruiter's working days for the quota; `version` 0 while none is saved (full time). */
export interface RecruiterSchedule {
  userId: string;
  weekdays: number[];
  leave: Array<{ from: string; to: string }>;
  isDefault: boolean;
  version: number;
  abilities: { read: boolean; write: boolean };
}

async function scheduleAccess(ctx: UseCaseContext, userId: string, action: 'read' | 'write') {
  const user = await findAssigneeCandidate(ctx.db, userId);
  const access = user && { userId: user.id, regionId: user.region_id };
  authorize(recruiterSchedulePolicy, ctx.actor, action, access, NO_RECRUITER);
  return access;
}

/** A recruiter's working days (their own, or one of the region's for those who assign referrals). */
export async function getRecruiterSchedule(ctx: UseCaseContext, userId: string): Promise<RecruiterSchedule> {
  requirePermission(ctx, 'referral.read');
  const access = await scheduleAccess(ctx, userId, 'read');
  const saved = await findRecruiterSchedule(ctx.db, userId);
  return {
    userId,
    weekdays: [...(saved?.weekdays ?? FULL_TIME.weekdays)],
    leave: [...(saved?.leave ?? [])],
    isDefault: saved === undefined,
    version: saved?.version ?? 0,
    abilities: recruiterSchedulePolicy.abilitiesOf(ctx.actor, access),
  };
}

/** Save a recruiter's working days and leave at `version` (409 when stale); audited. */
export async function saveRecruiterSchedule(
  ctx: UseCaseContext,
  userId: string,
  input: WorkSchedule & { version: number },
): Promise<RecruiterSchedule> {
  requirePermission(ctx, 'referral.assign');
  const access = await scheduleAccess(ctx, userId, 'write');
  const schedule: WorkSchedule = {
    weekdays: [...new Set(input.weekdays)].sort((a, b) => a - b),
    leave: [...input.leave].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
  };
  const problems = workScheduleProblems({ ...schedule, weekdays: input.weekdays });
  if (problems.length > 0)
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findRecruiterSchedule(trx, userId);
    if (!(await saveScheduleRow(trx, userId, schedule, input.version, ctx.actor.userId)))
      throw new DomainError('conflict', 'The schedule was changed by someone else; reload it and try again.');
    await recordAudit(trx, ctx.actor, {
      action: before ? 'update' : 'create',
      entityType: 'recruiter_schedule',
      entityId: userId,
      regionId: access.regionId,
      before: before ? { weekdays: before.weekdays, leave: before.leave } : null,
      after: schedule,
    });
  });
  return getRecruiterSchedule(ctx, userId);
}
