import type { ChildCountEntry } from '../../core/services/child-count';
import type { AgeGradeGroup } from '../../core/services/child-count-groups';
import { childCountPage } from '../../data/repositories/child-count.repository';
import type { UseCaseContext } from '../context';
import { childCountScope } from './child-count-scope';

export interface CountedChildrenPage {
  scope: string;
  period: string;
  category: 1 | 2;
  total: number;
  items: ChildCountEntry[];
}

/** S5.6: one page of a count's children, by student number, each with the day, span and service day that count them. */
export async function listCountedChildren(
  ctx: UseCaseContext,
  options: {
    period: string;
    regionNumber?: number | undefined;
    category: 1 | 2;
    group?: AgeGradeGroup | undefined;
    limit: number;
    offset: number;
  },
): Promise<CountedChildrenPage> {
  const { period, scope, query } = await childCountScope(ctx, options);
  const { total, entries } = await childCountPage(ctx.db, {
    ...query,
    category: options.category,
    group: options.group,
    offset: options.offset,
    limit: options.limit,
  });
  return { scope, period: period.name, category: options.category, total, items: entries };
}
