/**
 * The master calendar of services (docs/rules/monitoring.md MN7): a region's services that start
 * in a span of dates, as far as the calendar cares.
 */
import type { AccessScope } from '../../core/people/access-scope';
import type { CalendarService } from '../../core/monitoring/master-calendar';
import type { Db } from '../db';
import { servicesInScope } from './services.repository';

/** The services of a region whose planned start falls from `from` to `to` that the scope reaches (district staff: their district's). */
export async function listServicesStartingIn(
  db: Db,
  scope: AccessScope,
  key: { regionId: string; from: string; to: string },
): Promise<CalendarService[]> {
  return db
    .selectFrom('services')
    .leftJoin('districts', 'districts.id', 'services.district_id')
    .where((eb) => servicesInScope(eb, scope))
    .where('services.region_id', '=', key.regionId)
    .where('services.start_date', '>=', key.from)
    .where('services.start_date', '<=', key.to)
    .select([
      'services.id',
      'services.code',
      'services.name',
      'services.district_id as districtId',
      'districts.name as districtName',
      'services.term',
      'services.start_date as startDate',
      'services.actual_start_date as actualStartDate',
    ])
    .orderBy('services.start_date')
    .orderBy('services.code')
    .execute();
}
