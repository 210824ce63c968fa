import { DomainError } from '../../core/common/domain-error';
import { serviceProblems, type ServiceInput } from '../../core/services/service-form';
import type { Db } from '../../data/db';
import { findDistrictById } from '../../data/repositories/districts.repository';
import { findAdoptedPlan } from '../../data/repositories/plan-mpos.repository';
import {
  isServiceCodeTaken,
  planNumbersOf,
  type NewServiceRow,
} from '../../data/repositories/services.repository';

/**
 * Check a service before it is saved in `regionId`: the providing district is one of the
 * region's, the alignment names MPOs and strategies of the plan version (`planVersionId`, or the
 * adopted one), the code is free, and the core's rules hold. Returns the plan version it is
 * aligned within. @throws DomainError naming every field at fault
 */
export async function checkServiceInput(
  db: Db,
  input: ServiceInput,
  context: { regionId: string; planVersionId: string | null; serviceId?: string },
): Promise<string | null> {
  const planVersionId = context.planVersionId ?? (await findAdoptedPlan(db))?.id ?? null;
  const plan = planVersionId ? await planNumbersOf(db, planVersionId) : null;
  const problems = serviceProblems(input, plan);
  if (input.districtId !== null) {
    const district = await findDistrictById(db, input.districtId);
    if (district?.region_id !== context.regionId)
      problems.push({ field: 'districtId', message: "is not one of the region's districts" });
  }
  const [first] = problems;
  if (first) throw new DomainError('invalid_input', `${first.field}: ${first.message}`, problems);
  if (await isServiceCodeTaken(db, input.code.trim(), context.serviceId))
    throw new DomainError('conflict', `code: another service already has the code ${input.code.trim()}`, [
      { field: 'code', message: 'is taken by another service' },
    ]);
  return planVersionId;
}

/** The columns of a service from its input. */
export function serviceColumns(input: ServiceInput): Omit<NewServiceRow, 'region_id'> {
  return {
    code: input.code.trim(),
    name: input.name.trim(),
    term: input.term,
    site: input.site?.trim() || null,
    district_id: input.districtId,
    start_date: input.startDate,
    end_date: input.endDate,
    actual_start_date: input.actualStartDate,
    actual_end_date: input.actualEndDate,
    funding_resource: input.fundingResource,
    application_kind: input.applicationKind,
    application_line: input.applicationLine?.trim() || null,
    mpos: input.mpos,
    strategies: input.strategies,
    components: input.components,
    pd_required: input.pdRequired,
    instrument_name: input.instrumentName?.trim() || null,
    instrument_min: input.instrumentMin,
    instrument_max: input.instrumentMax,
    higher_is_better: input.higherIsBetter,
    instrument_levels: JSON.stringify(input.instrumentLevels),
    session_minutes: input.sessionMinutes,
    state_service_code: input.stateServiceCode?.trim() || null,
  };
}

/** The stale-version refusal of a service someone else changed first. */
export function staleService(): DomainError {
  return new DomainError(
    'conflict',
    'version: someone else changed this service since you opened it; reload it',
    [{ field: 'version', message: 'is stale' }],
  );
}
