import { childSummaryOfRow } from './child-row';
import { normalizeForSearch } from '../../core/children/normalize-name';
import { accessScopeOf } from '../../core/people/access-scope';
import { findChildrenRows } from '../../data/repositories/children.repository';
import { requirePermission, type UseCaseContext } from '../context';
import type { ChildSummary } from './child-record';

export interface FindChildrenOptions {
  /** Name words, or a student number / SSID. */
  q?: string | undefined;
  regionId?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** Children in the actor's scope matching a search, a page at a time. */
export async function findChildren(
  ctx: UseCaseContext,
  options: FindChildrenOptions,
): Promise<{ items: ChildSummary[]; total: number }> {
  requirePermission(ctx, 'child.read');
  const q = options.q?.trim() ?? '';
  const looksLikeNumber = /^(CA)?\d{6,}$/i.test(q);
  const { rows, total } = await findChildrenRows(ctx.db, {
    scope: accessScopeOf(ctx.actor),
    searchWords: looksLikeNumber ? [] : normalizeForSearch(q).split(' ').filter(Boolean),
    studentNumber: looksLikeNumber ? q.toUpperCase() : undefined,
    regionId: options.regionId,
    limit: options.limit ?? 50,
    offset: options.offset ?? 0,
  });
  return {
    total,
    items: rows.map(childSummaryOfRow),
  };
}
