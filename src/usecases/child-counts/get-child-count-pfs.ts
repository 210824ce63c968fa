import type { PerformancePeriod } from '../../core/recruitment/performance-period';
import { pairOf, type ChildCountEntry, type CountPair } from '../../core/services/child-count';
import { wasPfsDuring, type PfsSettings } from '../../core/services/priority-for-services';
import type { Db } from '../../data/db';
import { allChildCountEntries, type ChildCountQuery } from '../../data/repositories/child-count.repository';
import { couldBePfsDuring, eligibilitySpansOfStudents } from '../../data/repositories/pfs-records.repository';
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
  return { scope, period: period.name, pfs: await childCountPfsOf(ctx.db, query) };
}

/**
 * S5.5, S6.10: of the children each category of a scope counts, those PFS on some day of the
 * period, under the state's criteria as they are now (also kept by a certification, S5.7).
 * Only the counted children SQL cannot rule out (`couldBePfsDuring`) are read and judged.
 * @scopedBy the query, which `childCountScope` checked against the actor
 */
export async function childCountPfsOf(db: Db, query: ChildCountQuery): Promise<CountPair> {
  const settings = await statePfsSettings(db);
  const candidates = await allChildCountEntries(db, query, couldBePfsDuring(settings, query.period));
  return pairOf(await pfsEntriesOf(db, candidates, settings, query.period));
}

/** S6.10: those of `entries` whose records make them PFS on some day of `period`. */
export async function pfsEntriesOf(
  db: Db,
  entries: readonly ChildCountEntry[],
  settings: PfsSettings,
  period: PerformancePeriod,
): Promise<ChildCountEntry[]> {
  const ids = entries.map((entry) => entry.studentId);
  // The spans and the other records are read at once: neither needs the other.
  const [spans, records] = await Promise.all([
    eligibilitySpansOfStudents(db, ids),
    pfsRecordsOfStudents(
      db,
      entries.map((entry) => ({ studentId: entry.studentId, birthDate: entry.birthDate, spans: [] })),
    ),
  ]);
  return entries.filter((entry) => {
    const childRecords = records.get(entry.studentId);
    return (
      childRecords !== undefined &&
      wasPfsDuring({ ...childRecords, spans: spans.get(entry.studentId) ?? [] }, settings, period)
    );
  });
}
