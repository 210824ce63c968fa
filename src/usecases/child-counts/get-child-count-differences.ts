import { DomainError } from '../../core/common/domain-error';
import {
  certificationDifferences,
  latestCertification,
  type CountDifference,
} from '../../data/repositories/child-count-certifications.repository';
import type { UseCaseContext } from '../context';
import { childCountScope } from './child-count-scope';

export interface ChildCountDifferences {
  period: string;
  certifiedAt: string | null;
  totals: Record<'added1' | 'removed1' | 'added2' | 'removed2', number>;
  /** The page asked for (every child when no limit was given); the totals count them all. */
  children: CountDifference[];
}

/**
 * S5.7: how the state's counts of a period differ from their latest certification: the
 * children added to and removed from each category since, with today's reason for those
 * counted today. A period never certified has no differences.
 */
export async function getChildCountDifferences(
  ctx: UseCaseContext,
  options: { period: string; limit?: number | undefined; offset?: number | undefined },
): Promise<ChildCountDifferences> {
  const { period, query } = await childCountScope(ctx, { period: options.period });
  if (query.regionId !== undefined)
    throw new DomainError('forbidden', 'The differences from certification are the state’s counts.');
  const certification = await latestCertification(ctx.db, period.name);
  if (!certification)
    return {
      period: period.name,
      certifiedAt: null,
      totals: { added1: 0, removed1: 0, added2: 0, removed2: 0 },
      children: [],
    };
  const { totals, rows } = await certificationDifferences(ctx.db, query, certification.id, {
    limit: options.limit ?? null,
    offset: options.offset ?? 0,
  });
  return {
    period: period.name,
    certifiedAt: certification.certifiedAt.toISOString(),
    totals,
    children: rows,
  };
}
