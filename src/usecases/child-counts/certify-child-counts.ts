import { authorize } from '../../core/people/policy';
import { parsePeriod } from '../../core/recruitment/performance-period';
import { childCountPolicy } from '../../core/services/child-count.policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import { insertCertification } from '../../data/repositories/child-count-certifications.repository';
import { childCountFigures } from '../../data/repositories/child-count.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { childCountPfsOf } from './get-child-count-pfs';
import { getChildCounts, type CertifiedFigures, type ChildCountsView } from './get-child-counts';

/**
 * S5.7: the state administrator certifies a period's counts: the figures, breakdowns (PFS
 * included) and per-region counts and every child counted are kept in one transaction, and audited. A
 * period certified again keeps the new certification as the reference; the earlier one stays.
 */
export async function certifyChildCounts(
  ctx: UseCaseContext,
  options: { period: string },
): Promise<ChildCountsView> {
  requirePermission(ctx, 'child_count.certify');
  const period = parsePeriod(options.period, 'period');
  authorize(childCountPolicy, ctx.actor, 'certify', { regionId: null }, 'No such counts in your scope.');
  await ctx.db.transaction().execute(async (trx) => {
    const query = { period };
    const { breakdown, regions } = await childCountFigures(trx, query);
    const pfs = await childCountPfsOf(trx, query);
    const figures: CertifiedFigures = { breakdown, regions: regions ?? [], pfs };
    const { id } = await insertCertification(trx, query, {
      category1: breakdown.category1,
      category2: breakdown.category2,
      figures,
      certifiedBy: ctx.actor.userId,
      label: ctx.actor.label,
    });
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'child_count_certification',
      entityId: id,
      regionId: null,
      after: { period: period.name, category1: breakdown.category1, category2: breakdown.category2 },
    });
  });
  return getChildCounts(ctx, { period: period.name });
}
