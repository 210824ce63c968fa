import type { Actor } from '../../core/people/access-scope';
import type { InstrumentLevel } from '../../core/services/service-form';
import { servicePolicy } from '../../core/services/service.policy';
import type { ServiceActivity, ServiceRow } from '../../data/repositories/services.repository';
import { serviceAccessOf } from './load-service';

/** A service as the API replies it. */
export function presentService(row: ServiceRow & { enrolled?: number }, actor: Actor) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    regionId: row.region_id,
    regionNumber: row.region_number,
    regionName: row.region_name,
    districtId: row.district_id,
    districtName: row.district_name,
    planVersionId: row.plan_version_id,
    term: row.term,
    site: row.site,
    startDate: row.start_date,
    endDate: row.end_date,
    actualStartDate: row.actual_start_date,
    actualEndDate: row.actual_end_date,
    fundingResource: row.funding_resource,
    applicationKind: row.application_kind,
    applicationLine: row.application_line,
    mpos: row.mpos,
    strategies: row.strategies,
    components: row.components,
    pdRequired: row.pd_required,
    instrumentName: row.instrument_name,
    instrumentMin: row.instrument_min,
    instrumentMax: row.instrument_max,
    higherIsBetter: row.higher_is_better,
    instrumentLevels: (row.instrument_levels as InstrumentLevel[] | null) ?? [],
    sessionMinutes: row.session_minutes,
    stateServiceCode: row.state_service_code,
    enrolled: row.enrolled ?? 0,
    version: row.version,
    abilities: servicePolicy.abilitiesOf(actor, serviceAccessOf(row)),
  };
}

export type ServiceSummary = ReturnType<typeof presentService>;

/** A service with what has been recorded in it. */
export type ServiceDetail = ServiceSummary & {
  activity: ServiceActivity & { hours: number };
  mappedStateServiceCode: string | null;
};
