/**
 * What the MSIX child count preview reads of Ciclo's own counts (docs/rules/msix.md X9.5): the
 * state's count (docs/rules/services.md S5) of the children of one region, or of every student.
 */
import { sql } from 'kysely';
import type { ChildCountEntry } from '../../core/services/child-count';
import type { PerformancePeriod } from '../../core/recruitment/performance-period';
import type { Db } from '../db';
import { allChildCountEntries } from './child-count.repository';

/**
 * Ciclo's counted children of the period, counted as the state counts them, among the children
 * of `regionId` (their region), or every counted student for the state (null).
 * @scopedBy the region the caller authorized (null: the state, for state roles only)
 */
export async function cicloCountOfChildren(
  db: Db,
  period: PerformancePeriod,
  regionId: string | null,
): Promise<ChildCountEntry[]> {
  return allChildCountEntries(
    db,
    { period },
    regionId === null
      ? undefined
      : sql<boolean>`sp.student_id in (select student_number from children where region_id = ${regionId}::uuid)`,
  );
}
