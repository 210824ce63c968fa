import {
  reconcileMsixChildCount,
  type CountTotals,
  type MsixCountChild,
  type MsixCountDifference,
  type MsixCountReason,
} from '../../core/exchange/msix-child-count';
import type { MsixChildRecord } from '../../core/exchange/msix-record';
import { parsePeriod } from '../../core/recruitment/performance-period';
import { cicloCountOfChildren } from '../../data/repositories/msix-child-count.repository';
import { lastMsixSnapshot, listMsixExports } from '../../data/repositories/msix-records.repository';
import type { RegionRow } from '../../data/repositories/regions.repository';
import { todayInState } from '../clock';
import type { UseCaseContext } from '../context';
import { childNameOf } from '../services/child-name';
import { msixRecordsOfScope } from './msix-records-of-scope';
import { msixReportRegion } from './msix-scope';

export interface MsixChildCountPreviewQuery {
  /** `2025-26` */
  period: string;
  regionId?: string | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
}

export interface MsixCountDifferenceRow extends Omit<MsixCountDifference, 'childKey'> {
  /** The child, for a link to their page; null for a record sent of a child no longer held or a student without a child record. */
  childId: string | null;
  /** Null for a student of the imported records without a child record. */
  name: string | null;
  studentNumber: string;
}

export interface MsixChildCountPreviewReply {
  /** The region reported; null for the state. */
  region: RegionRow | null;
  period: string;
  /** When the records MSIX counts were sent; null before the first export. */
  lastExportAt: string | null;
  ciclo: CountTotals;
  msix: CountTotals;
  /** How many differences each reason explains, by reason. */
  reasons: Array<{ reason: MsixCountReason; differences: number }>;
  /** Differences in all (a child may have one per category). */
  differences: number;
  /** The page of differences, by student number, Category 1 before 2. */
  rows: MsixCountDifferenceRow[];
  offset: number;
  limit: number;
}

interface Labelled extends MsixCountChild {
  childId: string | null;
  name: string | null;
  studentNumber: string;
}

const nameOfRecord = (record: MsixChildRecord) =>
  [record.firstName, record.lastName1, record.lastName2].filter(Boolean).join(' ');

/**
 * docs/rules/msix.md X9: a period's Category 1 and 2 as MSIX will count them from the records
 * the last export sent, beside Ciclo's own counts of the same children (X9.5), and each child
 * counted by one side only with the reason (X9.6). Read with the validation report's scopes (X9.7).
 */
export async function getMsixChildCountPreview(
  ctx: UseCaseContext,
  query: MsixChildCountPreviewQuery,
): Promise<MsixChildCountPreviewReply> {
  const region = await msixReportRegion(ctx, query.regionId);
  const period = parsePeriod(query.period, 'period');
  const regionId = region?.id ?? null;
  const [checks, snapshot, exports, entries] = await Promise.all([
    msixRecordsOfScope(ctx.db, { regionId }, todayInState()),
    // A region's page reads only its children's records sent, not the state's.
    lastMsixSnapshot(ctx.db, { regionId }) as Promise<Map<string, MsixChildRecord>>,
    listMsixExports(ctx.db, 1),
    // X9.5: Ciclo's own count of each child (the state's S5 count), for the region's children only.
    cicloCountOfChildren(ctx.db, period, regionId),
  ]);
  const counted = new Map(entries.map((entry) => [entry.studentId, entry]));
  const children: Labelled[] = checks.map(({ child, record, problems }) => {
    const entry = counted.get(child.student_number);
    counted.delete(child.student_number);
    return {
      childKey: child.id,
      childId: child.id,
      name: childNameOf(child)!,
      studentNumber: child.student_number,
      ciclo: entry ? { category2: entry.category2 !== null } : null,
      current: { record, problems: problems.length },
      sent: snapshot.get(child.id) ?? null,
    };
  });
  if (regionId === null) {
    const held = new Set(checks.map((check) => check.child.id));
    for (const [key, sent] of snapshot)
      if (!held.has(key))
        children.push({
          childKey: key,
          childId: null,
          name: nameOfRecord(sent),
          studentNumber: sent.stateStudentId,
          ciclo: null,
          current: null,
          sent,
        });
    for (const [studentId, entry] of counted)
      children.push({
        childKey: studentId,
        childId: null,
        name: null,
        studentNumber: studentId,
        ciclo: { category2: entry.category2 !== null },
        current: null,
        sent: null,
      });
  }
  children.sort((a, b) =>
    a.studentNumber < b.studentNumber ? -1 : a.studentNumber > b.studentNumber ? 1 : 0,
  );
  const labels = new Map(children.map((child) => [child.childKey, child]));
  const { ciclo, msix, differences } = reconcileMsixChildCount(children, period);
  const reasons = new Map<MsixCountReason, number>();
  for (const difference of differences)
    reasons.set(difference.reason, (reasons.get(difference.reason) ?? 0) + 1);
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 50;
  return {
    region,
    period: period.name,
    lastExportAt: exports[0]?.createdAt.toISOString() ?? null,
    ciclo,
    msix,
    reasons: [...reasons]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([reason, count]) => ({ reason, differences: count })),
    differences: differences.length,
    rows: differences.slice(offset, offset + limit).map(({ childKey, ...difference }) => {
      const { childId, name, studentNumber } = labels.get(childKey)!;
      return { ...difference, childId, name, studentNumber };
    }),
    offset,
    limit,
  };
}
