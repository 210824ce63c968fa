import type { ChildCountEntry } from '../../core/services/child-count';
import type { AgeGradeGroup } from '../../core/services/child-count-groups';
import { childCountPage } from '../../data/repositories/child-count.repository';
import type { UseCaseContext } from '../context';
import { childCountScope } from './child-count-scope';

export const COUNTED_CHILDREN_PAGE_SIZE = 50;

export interface CountedChildrenPage {
  scope: string;
  period: string;
  category: 1 | 2;
  total: number;
  page: number;
  pageSize: number;
  children: ChildCountEntry[];
}

/** S5.6: one page of a count's children, by student number, each with the day, span and service day that count them. */
export async function listCountedChildren(
  ctx: UseCaseContext,
  options: {
    period: string;
    regionNumber?: number | undefined;
    category: 1 | 2;
    group?: AgeGradeGroup | undefined;
    page?: number | undefined;
    pageSize?: number | undefined;
  },
): Promise<CountedChildrenPage> {
  const { period, scope, query } = await childCountScope(ctx, options);
  const page = Math.max(1, options.page ?? 1);
  const pageSize = options.pageSize ?? COUNTED_CHILDREN_PAGE_SIZE;
  const { total, entries } = await childCountPage(ctx.db, {
    ...query,
    category: options.category,
    group: options.group,
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  return { scope, period: period.name, category: options.category, total, page, pageSize, children: entries };
}
