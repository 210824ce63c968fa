import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { isProgramYear, programYearDates } from '../../core/monitoring/application';
import { comingProgramYear, masterCalendar, type CalendarMonth } from '../../core/monitoring/master-calendar';
import { listServicesStartingIn } from '../../data/repositories/master-calendar.repository';
import { todayInState } from '../clock';
import { requirePermission, type UseCaseContext } from '../context';
import { authorizeLogRegion } from './service-log';

export interface MasterCalendarView {
  regionId: string;
  regionName: string;
  programYear: string;
  months: CalendarMonth[];
}

/**
 * The master calendar of a region's services for a program year (MN7): the coming year by
 * default; district staff see their district's services only (MN7.3).
 */
export async function getMasterCalendar(
  ctx: UseCaseContext,
  query: { regionId?: string | undefined; programYear?: string | undefined },
): Promise<MasterCalendarView> {
  requirePermission(ctx, 'monitoring.read');
  const programYear = query.programYear ?? comingProgramYear(todayInState());
  if (!isProgramYear(programYear))
    throw DomainError.invalidField('programYear', 'is not a program year such as 2026-27');
  const region = await authorizeLogRegion(ctx, ctx.db, query.regionId);
  const services = await listServicesStartingIn(ctx.db, accessScopeOf(ctx.actor), {
    regionId: region.id,
    ...programYearDates(programYear),
  });
  return {
    regionId: region.id,
    regionName: region.name,
    programYear,
    months: masterCalendar(programYear, services),
  };
}
