import { DomainError } from '../../core/common/domain-error';
import { CalendarDate } from '../../core/common/calendar-date';
import { authorize } from '../../core/people/policy';
import { codeMappingProblem, type CodeMapping } from '../../core/services/service-code-map';
import { serviceCodeMapPolicy } from '../../core/services/service.policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  endServiceCodeMapping,
  findServiceCodeMapping,
  mappingsOfLocalCode,
} from '../../data/repositories/service-code-map.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { codeMapRegionOf, mappingOfRow, NO_REGION } from './code-map-region';

/** End a mapping on `validTo` (the last day it applies); audited. */
export async function endServiceCodeMappingOn(
  ctx: UseCaseContext,
  input: { regionId?: string | undefined; localCode: string; validFrom: CalendarDate; validTo: CalendarDate },
): Promise<CodeMapping> {
  requirePermission(ctx, 'service.manage');
  const region = codeMapRegionOf(ctx, input.regionId);
  authorize(serviceCodeMapPolicy, ctx.actor, 'manage', { regionId: region }, NO_REGION);
  return ctx.db.transaction().execute(async (trx) => {
    const key = { regionId: region, localCode: input.localCode, validFrom: input.validFrom };
    const row = await findServiceCodeMapping(trx, key);
    if (!row) throw new DomainError('not_found', 'No such mapping of that local code from that date.');
    const ended = { ...mappingOfRow(row), validTo: input.validTo };
    const others = (await mappingsOfLocalCode(trx, region, input.localCode))
      .filter((other) => other.valid_from !== input.validFrom)
      .map(mappingOfRow);
    const problem = codeMappingProblem(ended, others);
    if (problem)
      throw DomainError.invalidField(
        problem.field === 'validFrom' ? 'validTo' : problem.field,
        problem.message,
      );
    await endServiceCodeMapping(trx, key, input.validTo);
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'service_code_map',
      entityId: `${input.localCode}/${input.validFrom}`,
      regionId: region,
      before: mappingOfRow(row),
      after: ended,
    });
    return ended;
  });
}
