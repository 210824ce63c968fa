import { DomainError } from '../../core/common/domain-error';
import { reinterviewSamplePolicy } from '../../core/quality-control/reinterview.policy';
import { listReinterviewSamples } from '../../data/repositories/reinterviews.repository';
import type { UseCaseContext } from '../context';

/** The last 50 samples drawn, newest first. */
export async function listSamples(ctx: UseCaseContext) {
  if (!reinterviewSamplePolicy.can(ctx.actor, 'read', {}))
    throw new DomainError('forbidden', 'Your role does not allow this.');
  const rows = await listReinterviewSamples(ctx.db, 50);
  return rows.map((r) => ({
    id: r.id,
    perRegion: r.per_region,
    approvedFrom: r.approved_from,
    approvedTo: r.approved_to,
    drawnAt: new Date(r.drawn_at).toISOString(),
  }));
}
