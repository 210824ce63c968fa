import { pairOf, type CountPair } from '../../core/services/child-count';
import { wasPfsDuring } from '../../core/services/priority-for-services';
import { allChildCountEntries } from '../../data/repositories/child-count.repository';
import { eligibilitySpansOfStudents } from '../../data/repositories/pfs-records.repository';
import type { UseCaseContext } from '../context';
import { pfsRecordsOfStudents } from '../pfs/pfs-of-students';
import { statePfsSettings } from '../pfs/state-pfs-settings';
import { childCountScope } from './child-count-scope';

export interface ChildCountPfs {
  scope: string;
  period: string;
  /** The counted children who were PFS on some day of the period (S5.5, S6.10). */
  pfs: CountPair;
}

/**
 * S5.5: the Priority for Services breakdown of a period's counts, for the state or one region:
 * of the children each category counts, those PFS on some day of the period under the state's
 * criteria. Read apart from the other breakdowns: it reads every counted child's records.
 */
export async function getChildCountPfs(
  ctx: UseCaseContext,
  options: { period: string; regionNumber?: number | undefined },
): Promise<ChildCountPfs> {
  const { period, scope, query } = await childCountScope(ctx, options);
  const entries = await allChildCountEntries(ctx.db, query);
  const ids = entries.map((entry) => entry.studentId);
  const [spans, settings] = await Promise.all([
    eligibilitySpansOfStudents(ctx.db, ids),
    statePfsSettings(ctx.db),
  ]);
  const records = await pfsRecordsOfStudents(
    ctx.db,
    entries.map((entry) => ({
      studentId: entry.studentId,
      birthDate: entry.birthDate,
      spans: spans.get(entry.studentId) ?? [],
    })),
  );
  const pfsEntries = entries.filter((entry) => {
    const childRecords = records.get(entry.studentId);
    return childRecords !== undefined && wasPfsDuring(childRecords, settings, period);
  });
  return { scope, period: period.name, pfs: pairOf(pfsEntries) };
}
