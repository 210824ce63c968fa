import { parsePeriod } from '../../core/recruitment/performance-period';
import type { ApprFigures, ApprReview } from '../../core/services/appr';
import { apprPolicy } from '../../core/services/appr.policy';
import { findApprReview } from '../../data/repositories/appr.repository';
import type { RegionRow } from '../../data/repositories/regions.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { readableRegion } from '../mpo-outcomes/outcomes-region';
import { buildApprFigures, type ApprFiguresView } from './build-appr-figures';

/** The subgrantee's review as saved, with the figures it was written on. */
export interface SavedApprReview extends ApprReview {
  /** 0 before the first save. */
  version: number;
  savedAt: string | null;
  savedBy: string | null;
  /** The figures the review was saved with; null before the first save. */
  figures: ApprFigures | null;
}

/** A subgrantee's APPR: the figures now, the saved review, and whether the actor may write it. */
export interface ApprView extends ApprFiguresView {
  region: RegionRow;
  period: string;
  review: SavedApprReview;
  abilities: { review: boolean };
}

/** The APPR of a subgrantee for a period, for those who read the region's figures. */
export async function getAppr(
  ctx: UseCaseContext,
  options: { regionId: string; period: string },
): Promise<ApprView> {
  requirePermission(ctx, 'report.read');
  const period = parsePeriod(options.period, 'period').name;
  const region = await readableRegion(ctx, options.regionId);
  const figures = await buildApprFigures(ctx, region, period);
  const saved = await findApprReview(ctx.db, { regionId: region.id, period });
  return {
    region,
    period,
    ...figures,
    review: saved
      ? {
          challenges: saved.challenges,
          practices: saved.practices,
          goals: saved.goals,
          version: saved.version,
          savedAt: new Date(saved.saved_at).toISOString(),
          savedBy: saved.display_name,
          figures: saved.figures as unknown as ApprFigures,
        }
      : { challenges: '', practices: '', goals: '', version: 0, savedAt: null, savedBy: null, figures: null },
    abilities: { review: apprPolicy.can(ctx.actor, 'review', { regionId: region.id }) },
  };
}
