import { calendarItemPolicy, maySetCalendarSettings } from '../../core/calendar/calendar.policy';
import { accessScopeOf } from '../../core/people/access-scope';
import {
  findApplicationYears,
  listOpenProgramYears,
  listRegionStaff,
} from '../../data/repositories/calendar.repository';
import { listRegionsInScope } from '../../data/repositories/regions.repository';
import { requirePermission, type UseCaseContext } from '../context';

/** What the calendar page needs to choose from: the regions in scope, a region's open years and staff. */
export interface CalendarOverview {
  regions: Array<{ id: string; number: number; name: string; canOpenYear: boolean }>;
  regionId: string | null;
  openYears: number[];
  staff: Array<{ id: string; name: string }>;
  applicationYears: number[];
  canSetApplicationYears: boolean;
}

/** The regions the actor sees, and for one of them (theirs by default) its open years and staff. */
export async function getCalendarOverview(
  ctx: UseCaseContext,
  regionId: string | undefined,
): Promise<CalendarOverview> {
  requirePermission(ctx, 'calendar.read');
  const regions = await listRegionsInScope(ctx.db, accessScopeOf(ctx.actor));
  const chosen =
    regions.find((region) => region.id === regionId) ??
    regions.find((region) => region.id === ctx.actor.regionId) ??
    regions[0];
  const [openYears, staff, applicationYears] = await Promise.all([
    chosen ? listOpenProgramYears(ctx.db, chosen.id) : Promise.resolve([]),
    chosen ? listRegionStaff(ctx.db, chosen.id) : Promise.resolve([]),
    findApplicationYears(ctx.db),
  ]);
  return {
    regions: regions.map((region) => ({
      ...region,
      canOpenYear: calendarItemPolicy.can(ctx.actor, 'generate', { regionId: region.id, ownerId: null }),
    })),
    regionId: chosen?.id ?? null,
    openYears,
    staff,
    applicationYears,
    canSetApplicationYears: maySetCalendarSettings(ctx.actor),
  };
}
