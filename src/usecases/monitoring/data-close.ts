import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import {
  CHECKLIST_KINDS,
  checkProgramYear,
  checklistOf,
  countByKind,
  yearToClose,
  type ChecklistItem,
  type ChecklistKind,
  type YearStatus,
} from '../../core/monitoring/data-close';
import { canCloseYears, canOpenDataClose, dataClosePolicy } from '../../core/monitoring/data-close.policy';
import {
  enrollmentsOfServices,
  listYearClosures,
  openCoesOfYear,
  servicesOfYear,
} from '../../data/repositories/data-close.repository';
import { listRegionsInScope } from '../../data/repositories/regions.repository';
import { todayInState } from '../clock';
import { requirePermission, type UseCaseContext } from '../context';

/** At most this many items are listed in one reply; the counts are always whole (design choice). */
export const MAX_ITEMS = 500;

export interface YearClosure {
  programYear: string;
  status: YearStatus;
  changedBy: string | null;
  changedAt: string | null;
  reason: string;
}

export interface DataCloseChecklist {
  programYear: string;
  /** The year September's Data Close is for, as of today (MN6.1). */
  yearToClose: string;
  closure: YearClosure;
  /** Every closed year, and every year reopened, newest first. */
  years: YearClosure[];
  /** The region the items are of; null: every region the actor reaches. */
  regionId: string | null;
  regions: Array<{
    id: string;
    number: number;
    name: string;
    counts: Record<ChecklistKind, number>;
    total: number;
  }>;
  items: ChecklistItem[];
  /** More items than listed. */
  truncated: boolean;
  abilities: { close: boolean; reopen: boolean };
}

/**
 * The Data Close checklist of a program year (MN6.2, MN6.5): per region the actor reaches, the
 * count of each kind of incomplete record; the items of the region asked for (or of every
 * region reached); whether the year is closed; and whether the actor may close or reopen it.
 */
export async function getDataClose(
  ctx: UseCaseContext,
  query: { programYear?: string | undefined; regionId?: string | undefined },
  today: CalendarDate = todayInState(),
): Promise<DataCloseChecklist> {
  requirePermission(ctx, 'monitoring.read');
  const programYear = query.programYear ?? yearToClose(today);
  checkProgramYear(programYear);
  const scope = accessScopeOf(ctx.actor);
  // District staff hold monitoring.read but reach no region's checklist: theirs is empty (MN6.5).
  const regions = canOpenDataClose(ctx.actor)
    ? (await listRegionsInScope(ctx.db, scope)).filter((region) =>
        dataClosePolicy.can(ctx.actor, 'read', { regionId: region.id }),
      )
    : [];
  const regionId = query.regionId ?? null;
  if (regionId !== null && !regions.some((region) => region.id === regionId))
    throw new DomainError('not_found', 'No region with that id.');

  const reachesAny = regions.length > 0;
  const services = reachesAny ? await servicesOfYear(ctx.db, scope, programYear, regionId) : [];
  const [enrollments, coes, closures] = await Promise.all([
    enrollmentsOfServices(
      ctx.db,
      services.map((service) => service.id),
    ),
    reachesAny ? openCoesOfYear(ctx.db, scope, programYear, regionId) : [],
    listYearClosures(ctx.db),
  ]);
  const readable = new Set(regions.map((region) => region.id));
  const items = checklistOf(programYear, { services, enrollments, coes }).filter((item) =>
    readable.has(item.regionId),
  );
  const present = (row: (typeof closures)[number]): YearClosure => ({
    programYear: row.programYear,
    status: row.status,
    changedBy: row.changedByLabel,
    changedAt: row.changedAt ? new Date(row.changedAt).toISOString() : null,
    reason: row.reason,
  });
  const own = closures.find((row) => row.programYear === programYear);
  const shownRegions = regionId === null ? regions : regions.filter((region) => region.id === regionId);
  return {
    programYear,
    yearToClose: yearToClose(today),
    closure: own
      ? present(own)
      : { programYear, status: 'open', changedBy: null, changedAt: null, reason: '' },
    years: closures.filter((row) => row.changedAt !== null).map(present),
    regionId,
    regions: shownRegions.map((region) => {
      const counts = countByKind(items.filter((item) => item.regionId === region.id));
      return {
        ...region,
        counts,
        total: CHECKLIST_KINDS.reduce((sum, kind) => sum + counts[kind], 0),
      };
    }),
    items: items.slice(0, MAX_ITEMS),
    truncated: items.length > MAX_ITEMS,
    abilities: { close: canCloseYears(ctx.actor), reopen: canCloseYears(ctx.actor) },
  };
}
