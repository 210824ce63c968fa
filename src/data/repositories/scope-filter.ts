import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { Database } from '../tables';

/**
 * A WHERE condition limiting children to an access scope (STYLE §7: lists push role and
 * scope into the query). District staff reach children with an enrollment in their district.
 * A child a merge retired into another (identification-and-recruitment.md IR5.5) is in no
 * scope: it leaves every list.
 * @statewide this is the scope condition itself: its enrollments subquery runs inside the
 * caller's query, correlated to the child being filtered
 */
export function childrenInScope(eb: ExpressionBuilder<Database, 'children'>, scope: AccessScope): Expression<SqlBool> {
  return eb.and([eb('children.merged_into_id', 'is', null), anyChildrenInScope(eb, scope)]);
}

/**
 * The scope condition of `childrenInScope`, retired children included: for the merges and
 * splits themselves, their history and undo (IR5.7).
 * @statewide this is the scope condition itself, as `childrenInScope`
 */
export function anyChildrenInScope(
  eb: ExpressionBuilder<Database, 'children'>,
  scope: AccessScope,
): Expression<SqlBool> {
  switch (scope.kind) {
    case 'state':
      return sql<boolean>`true`;
    case 'regions':
      return scope.regionIds.length === 0 ? sql<boolean>`false` : eb('children.region_id', 'in', [...scope.regionIds]);
    case 'district':
      return eb.exists(
        eb
          .selectFrom('enrollments')
          .select('enrollments.id')
          .whereRef('enrollments.child_id', '=', 'children.id')
          .where('enrollments.district_id', '=', scope.districtId),
      );
  }
}

/** A WHERE condition limiting region-owned rows (families, regions) to an access scope. */
export function regionIdsOfScope(scope: AccessScope): readonly string[] | 'all' | 'district' {
  if (scope.kind === 'state') return 'all';
  if (scope.kind === 'district') return 'district';
  return scope.regionIds;
}

/**
 * A WHERE condition limiting rows owned by a region (COEs, families) to an access scope:
 * district staff reach no region-owned row by region alone.
 */
export function regionRowsInScope(
  regionColumn: Expression<string>,
  scope: AccessScope,
): Expression<SqlBool> {
  switch (scope.kind) {
    case 'state':
      return sql<boolean>`true`;
    case 'regions':
      return scope.regionIds.length === 0
        ? sql<boolean>`false`
        : sql<boolean>`${regionColumn} in (${sql.join([...scope.regionIds])})`;
    case 'district':
      return sql<boolean>`false`;
  }
}
