import { DomainError } from '../../core/common/domain-error';
import { authorize } from '../../core/people/policy';
import { parsePeriod } from '../../core/recruitment/performance-period';
import { checkReview, type ApprReview } from '../../core/services/appr';
import { apprPolicy } from '../../core/services/appr.policy';
import {
  findApprReview,
  insertApprReview,
  updateApprReviewIfVersion,
} from '../../data/repositories/appr.repository';
import { recordAudit } from '../../data/repositories/audit.repository';
import { findRegionById } from '../../data/repositories/regions.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { buildApprFigures, figuresSnapshotOf } from './build-appr-figures';
import { getAppr, type ApprView } from './get-appr';

/**
 * Save the subgrantee's review of its APPR (seed 000, November: challenges, the practices
 * that address them, goals for the new year) together with the figures it was written on;
 * audited with before and after. `version` is the one read (0 for a first review); a stale
 * version is refused (409) so one colleague never silently overwrites another.
 */
export async function saveApprReview(
  ctx: UseCaseContext,
  options: { regionId: string; period: string; version: number } & ApprReview,
): Promise<ApprView> {
  requirePermission(ctx, 'appr.review');
  const period = parsePeriod(options.period, 'period').name;
  const region = await findRegionById(ctx.db, options.regionId);
  authorize(
    apprPolicy,
    ctx.actor,
    'review',
    region && { regionId: region.id },
    'No such region in your scope.',
  );
  const { review, problems } = checkReview(options);
  if (problems.length > 0)
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
  const figures = figuresSnapshotOf(await buildApprFigures(ctx, region!, period));
  const key = { regionId: region!.id, period };
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findApprReview(trx, key);
    const values = { ...review, figures };
    const saved =
      options.version === 0
        ? await insertApprReview(trx, key, values, ctx.actor.userId)
        : await updateApprReviewIfVersion(trx, key, options.version, values, ctx.actor.userId);
    if (!saved)
      throw new DomainError(
        'conflict',
        'Someone saved this review since you opened it; reload to see their answers.',
        [{ field: 'version', message: 'is not the latest' }],
      );
    await recordAudit(trx, ctx.actor, {
      action: before ? 'update' : 'create',
      entityType: 'appr_review',
      entityId: `${key.regionId}/${period}`,
      regionId: key.regionId,
      before: before && {
        challenges: before.challenges,
        practices: before.practices,
        goals: before.goals,
        version: before.version,
      },
      after: { period, ...review, version: options.version + 1 },
    });
  });
  return getAppr(ctx, key);
}
