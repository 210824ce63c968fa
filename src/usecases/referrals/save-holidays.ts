import { DomainError } from '../../core/common/domain-error';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  listRegionHolidays,
  replaceRegionHolidays,
  type RegionHoliday,
} from '../../data/repositories/region-holidays.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { contactQueueRegion } from './contact-queue-region';
import { getHolidays } from './get-holidays';

/** Replace the region's holidays (the working-day calendar of the contact quota); audited with before and after. */
export async function saveHolidays(
  ctx: UseCaseContext,
  input: { regionId?: string | undefined; holidays: RegionHoliday[] },
): Promise<{ regionId: string; holidays: RegionHoliday[] }> {
  requirePermission(ctx, 'referral.assign');
  const regionId = await contactQueueRegion(ctx, input.regionId, 'write');
  const dates = new Set<string>();
  input.holidays.forEach((holiday, i) => {
    if (dates.has(holiday.date))
      throw DomainError.invalidField(`holidays[${i}].date`, `${holiday.date} is listed twice`);
    if (holiday.name.trim() === '') throw DomainError.invalidField(`holidays[${i}].name`, 'is required');
    dates.add(holiday.date);
  });
  const holidays = input.holidays.map((holiday) => ({ date: holiday.date, name: holiday.name.trim() }));
  await ctx.db.transaction().execute(async (trx) => {
    const before = await listRegionHolidays(trx, regionId);
    await replaceRegionHolidays(trx, regionId, holidays);
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'region_holidays',
      entityId: regionId,
      regionId,
      before,
      after: holidays,
    });
  });
  return getHolidays(ctx, regionId);
}
