import type { CalendarDate } from '../../core/common/calendar-date';
import { accessScopeOf } from '../../core/people/access-scope';
import { findQualityWarnings } from '../../core/recruitment/coe-quality-warnings';
import type { DeterminationFacts, InterviewFacts } from '../../core/recruitment/coe-types';
import type { CoeStatus } from '../../core/recruitment/coe-workflow';
import { listCoesInScope } from '../../data/repositories/coes.repository';
import { requirePermission, type UseCaseContext } from '../context';

export interface CoeListItem {
  id: string;
  status: CoeStatus;
  interviewDate: CalendarDate;
  regionId: string;
  familyName: string | null;
  childCount: number;
  eligibleCount: number;
  recruiterName: string | null;
  submittedAt: string | null;
  /** How many quality-control warnings the reviewer will see on the COE. */
  warningCount: number;
}

/**
 * COEs in the actor's scope: a reviewer's queue (`status=submitted`), a recruiter's drafts
 * and returned COEs (`mine`), or all of a region; searched by family and recruiter name and
 * filtered by interview dates; each with its count of quality warnings.
 */
export async function listCoes(
  ctx: UseCaseContext,
  options: {
    status?: CoeStatus | undefined;
    mine?: boolean | undefined;
    family?: string | undefined;
    recruiter?: string | undefined;
    from?: CalendarDate | undefined;
    to?: CalendarDate | undefined;
    limit?: number | undefined;
    offset?: number | undefined;
  },
): Promise<{ items: CoeListItem[]; total: number }> {
  requirePermission(ctx, 'coe.read');
  // The command line's actor prepares no COE of its own.
  if (options.mine && !ctx.actor.userId) return { items: [], total: 0 };
  const { rows, total } = await listCoesInScope(ctx.db, accessScopeOf(ctx.actor), {
    status: options.status,
    recruiterId: options.mine ? (ctx.actor.userId ?? undefined) : undefined,
    family: options.family,
    recruiter: options.recruiter,
    from: options.from,
    to: options.to,
    limit: options.limit ?? 50,
    offset: options.offset ?? 0,
  });
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      status: r.status,
      interviewDate: r.interview_date,
      regionId: r.region_id,
      familyName: r.family_name,
      childCount: Number(r.child_count ?? 0),
      eligibleCount: Number(r.eligible_count ?? 0),
      recruiterName: r.recruiter_name,
      submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
      warningCount: findQualityWarnings(
        r.interview as InterviewFacts,
        r.determination as DeterminationFacts,
        {
          residencyDate: r.residency_date,
        },
      ).length,
    })),
  };
}
