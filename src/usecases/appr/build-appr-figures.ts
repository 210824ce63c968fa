import { accessScopeOf } from '../../core/people/access-scope';
import { parsePeriod } from '../../core/recruitment/performance-period';
import { participationOf, type ApprFigures, type Participation } from '../../core/services/appr';
import { SERVICE_TERMS } from '../../core/services/service-records';
import { findAdoptedPlan } from '../../data/repositories/plan-mpos.repository';
import type { RegionRow } from '../../data/repositories/regions.repository';
import { serviceParticipation } from '../../data/repositories/service-participation.repository';
import type { UseCaseContext } from '../context';
import { planSummaryOf, presentMpos, type MpoView, type PlanSummary } from '../mpo-outcomes/present-mpos';
import { reportMpoOutcomes } from '../services/report-mpo-outcomes';

/** A subgrantee's APPR figures as they stand now, with the words the pages and files show. */
export interface ApprFiguresView {
  plan: PlanSummary | null;
  mpos: MpoView[];
  participation: Participation;
}

/**
 * The figures of a subgrantee's APPR for a period: every MPO's outcome from the MPO report
 * (never computed another way), with its drop-off and findings, and the participation counts.
 * The caller has checked that the actor reads this region.
 */
export async function buildApprFigures(
  ctx: UseCaseContext,
  region: RegionRow,
  period: string,
): Promise<ApprFiguresView> {
  const performancePeriod = parsePeriod(period, 'period');
  const report = await reportMpoOutcomes(ctx, { period, regionNumber: region.number });
  const plan = await findAdoptedPlan(ctx.db);
  const counts = await serviceParticipation(ctx.db, {
    regionId: region.id,
    period: performancePeriod,
    scope: accessScopeOf(ctx.actor),
  });
  return {
    plan: planSummaryOf(plan),
    mpos: await presentMpos(ctx.db, plan, report.mpos),
    participation: participationOf(counts.perTerm, counts.distinctChildren, SERVICE_TERMS),
  };
}

/** The figures a review is saved on: the numbers alone, without the words of the day. */
export function figuresSnapshotOf(view: ApprFiguresView): ApprFigures {
  return {
    mpos: view.mpos.map(({ statement: _statement, rule: _rule, area: _area, findings, ...figures }) => ({
      ...figures,
      findings: findings.map(({ words: _words, ...finding }) => finding),
    })),
    participation: view.participation,
  };
}
