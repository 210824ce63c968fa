import { listRegionHolidays, type RegionHoliday } from '../../data/repositories/region-holidays.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { contactQueueRegion } from './contact-queue-region';

/** A region's holidays: days that are not working days for the contact quota. */
export async function getHolidays(
  ctx: UseCaseContext,
  regionId: string | undefined,
): Promise<{ regionId: string; holidays: RegionHoliday[] }> {
  requirePermission(ctx, 'referral.read');
  const id = await contactQueueRegion(ctx, regionId, 'read');
  return { regionId: id, holidays: await listRegionHolidays(ctx.db, id) };
}
