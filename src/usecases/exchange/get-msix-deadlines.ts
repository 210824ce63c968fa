import type { CalendarDate } from '../../core/common/calendar-date';
import { groupBy } from '../../core/common/group-by';
import {
  inListOrder,
  trackMsixDeadlines,
  type MsixEventFacts,
  type TrackedMsixDeadline,
} from '../../core/exchange/msix-event-deadlines';
import type { MsixDeadlineStatus } from '../../core/exchange/msix-deadlines';
import type { MsixEventKind } from '../../core/exchange/msix-settings';
import {
  holidaysOfRegions,
  msixCarriedOf,
  msixCoeApprovalsOf,
} from '../../data/repositories/msix-deadlines.repository';
import { msixChildrenOf, msixEnrollmentsOf } from '../../data/repositories/msix-records.repository';
import type { RegionRow } from '../../data/repositories/regions.repository';
import { todayInState } from '../clock';
import type { UseCaseContext } from '../context';
import { childNameOf } from '../services/child-name';
import { msixReportRegion } from './msix-scope';

export interface MsixDeadlinesQuery {
  regionId?: string | undefined;
  status?: MsixDeadlineStatus | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
}

export interface MsixDeadlineRow {
  childId: string;
  name: string;
  studentNumber: string;
  kind: MsixEventKind;
  eventDate: CalendarDate;
  /** The school (or district) of an enrollment or withdrawal; the QAD of a COE's eligibility. */
  about: string | null;
  dueDate: CalendarDate;
  status: MsixDeadlineStatus;
  submittedOn: CalendarDate | null;
  daysOverdue: number;
  dueSoon: boolean;
}

export interface MsixDeadlinesSummary {
  overdue: number;
  dueSoon: number;
  pending: number;
  late: number;
  met: number;
}

export interface MsixDeadlinesReply {
  /** The region listed; null for the state. */
  region: RegionRow | null;
  today: CalendarDate;
  summary: MsixDeadlinesSummary;
  /** Deadlines matching the status filter. */
  total: number;
  /** The page, overdue first (X8.5). */
  rows: MsixDeadlineRow[];
  offset: number;
  limit: number;
}

/**
 * The MSIX deadlines of a region's (or the state's) children (docs/rules/msix.md X8): each
 * enrollment, withdrawal and approved COE with its due date in the region's working days and
 * whether an export carried it in time; overdue first, filtered by status, a page at a time.
 */
export async function getMsixDeadlines(
  ctx: UseCaseContext,
  query: MsixDeadlinesQuery,
  now: Date = new Date(),
): Promise<MsixDeadlinesReply> {
  const region = await msixReportRegion(ctx, query.regionId);
  const scope = { regionId: region?.id ?? null };
  const today = todayInState(now);
  const [children, enrollments, approvals, carried] = await Promise.all([
    msixChildrenOf(ctx.db, scope),
    msixEnrollmentsOf(ctx.db, scope),
    msixCoeApprovalsOf(ctx.db, scope),
    msixCarriedOf(ctx.db, scope),
  ]);
  const sentOf = groupBy(
    carried.map(({ exportedAt, ...record }) => ({ ...record, exportDay: todayInState(exportedAt) })),
    (record) => record.childKey,
  );
  const enrollmentsOf = groupBy(enrollments, (row) => row.child_id);
  const approvalsOf = groupBy(approvals, (row) => row.child_id);
  const factsOf = (childId: string): MsixEventFacts => ({
    childKey: childId,
    enrollments: (enrollmentsOf.get(childId) ?? []).map((row) => ({
      enrollmentDate: row.enrollment_date,
      exitDate: row.exit_date,
      schoolNcesId: row.school_nces_id,
      placeName: row.school_name ?? row.district_name,
    })),
    coeApprovals: (approvalsOf.get(childId) ?? []).map((row) => ({
      qad: row.qad,
      approvedOn: todayInState(row.approved_at),
    })),
  });
  const childrenOfRegion = groupBy(children, (child) => child.region_id);
  const holidays = await holidaysOfRegions(ctx.db, [...childrenOfRegion.keys()]);
  const deadlines: TrackedMsixDeadline[] = inListOrder(
    [...childrenOfRegion].flatMap(([regionId, regionChildren]) =>
      trackMsixDeadlines(
        regionChildren.map((child) => factsOf(child.id)),
        regionChildren.flatMap((child) => sentOf.get(child.id) ?? []),
        today,
        { holidays: holidays.get(regionId) ?? new Set() },
      ),
    ),
  );
  const summary: MsixDeadlinesSummary = { overdue: 0, dueSoon: 0, pending: 0, late: 0, met: 0 };
  for (const deadline of deadlines) {
    summary[deadline.status] += 1;
    if (deadline.dueSoon) summary.dueSoon += 1;
  }
  const listed = query.status ? deadlines.filter((deadline) => deadline.status === query.status) : deadlines;
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 50;
  const childById = new Map(children.map((child) => [child.id, child]));
  return {
    region,
    today,
    summary,
    total: listed.length,
    rows: listed.slice(offset, offset + limit).map((deadline) => {
      const child = childById.get(deadline.event.childKey)!;
      return {
        childId: child.id,
        name: childNameOf(child) ?? child.student_number,
        studentNumber: child.student_number,
        kind: deadline.event.kind,
        eventDate: deadline.event.date,
        about: deadline.event.about ?? null,
        dueDate: deadline.dueDate,
        status: deadline.status,
        submittedOn: deadline.event.submittedOn ?? null,
        daysOverdue: deadline.daysOverdue,
        dueSoon: deadline.dueSoon,
      };
    }),
    offset,
    limit,
  };
}
