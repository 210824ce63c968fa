import type { ChildCountBreakdown, CountPair } from '../../core/services/child-count';
import { childCountPolicy } from '../../core/services/child-count.policy';
import { latestCertification } from '../../data/repositories/child-count-certifications.repository';
import { childCountFigures, type RegionChildCounts } from '../../data/repositories/child-count.repository';
import type { UseCaseContext } from '../context';
import { childCountScope } from './child-count-scope';

/** When and by whom a period's counts were certified, and the figures then. */
export interface CertificationSummary {
  id: string;
  certifiedAt: string;
  certifiedBy: string;
  category1: number;
  category2: number;
  breakdown: ChildCountBreakdown;
  regions: RegionChildCounts[];
  /** The counted children PFS during the period when certified (S5.5, S6.10); null for a certification made before it was kept. */
  pfs: CountPair | null;
}

/** The child counts page: the two counts and their breakdowns, and for the state each region and the certification. */
export interface ChildCountsView {
  scope: string;
  period: string;
  region: { id: string; number: number; name: string } | null;
  breakdown: ChildCountBreakdown;
  /** Each region's counts (S5.3); null for a region's view. */
  regions: RegionChildCounts[] | null;
  /** The latest certification of the period; null when never certified, and in a region's view. */
  certification: CertificationSummary | null;
  abilities: { certify: boolean };
}

/** The figures a certification keeps, beside its two counts. */
export interface CertifiedFigures {
  breakdown: ChildCountBreakdown;
  regions: RegionChildCounts[];
  /** Absent from the certifications made before PFS was kept. */
  pfs?: CountPair;
}

/** S5.3–S5.5, S5.7: a period's child counts for the state or one region. */
export async function getChildCounts(
  ctx: UseCaseContext,
  options: { period: string; regionNumber?: number | undefined },
): Promise<ChildCountsView> {
  const { period, region, scope, query } = await childCountScope(ctx, options);
  const { breakdown, regions } = await childCountFigures(ctx.db, query);
  const state = region === null;
  const certified = state ? await latestCertification(ctx.db, period.name) : undefined;
  const figures = certified?.figures as CertifiedFigures | undefined;
  return {
    scope,
    period: period.name,
    region,
    breakdown,
    regions,
    certification:
      certified && figures
        ? {
            id: certified.id,
            certifiedAt: certified.certifiedAt.toISOString(),
            certifiedBy: certified.certifiedByLabel,
            category1: certified.category1,
            category2: certified.category2,
            breakdown: figures.breakdown,
            regions: figures.regions,
            pfs: figures.pfs ?? null,
          }
        : null,
    abilities: { certify: childCountPolicy.can(ctx.actor, 'certify', { regionId: region?.id ?? null }) },
  };
}
