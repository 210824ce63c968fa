import { DomainError } from '../../core/common/domain-error';
import { authorize } from '../../core/people/policy';
import { codeMappingProblem, type CodeMapping } from '../../core/services/service-code-map';
import { serviceCodeMapPolicy } from '../../core/services/service.policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  insertServiceCodeMapping,
  mappingsOfLocalCode,
} from '../../data/repositories/service-code-map.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { codeMapRegionOf, mappingOfRow, NO_REGION } from './code-map-region';

/** Map a local code to a state code from a date; refused when it overlaps the code's other mappings. Audited. */
export async function addServiceCodeMapping(
  ctx: UseCaseContext,
  input: CodeMapping & { regionId?: string | undefined },
): Promise<CodeMapping> {
  requirePermission(ctx, 'service.manage');
  const region = codeMapRegionOf(ctx, input.regionId);
  authorize(serviceCodeMapPolicy, ctx.actor, 'manage', { regionId: region }, NO_REGION);
  const mapping: CodeMapping = {
    localCode: input.localCode.trim(),
    stateCode: input.stateCode.trim(),
    validFrom: input.validFrom,
    validTo: input.validTo,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const others = (await mappingsOfLocalCode(trx, region, mapping.localCode)).map(mappingOfRow);
    const problem = codeMappingProblem(mapping, others);
    if (problem) throw DomainError.invalidField(problem.field, problem.message);
    await insertServiceCodeMapping(trx, {
      region_id: region,
      local_code: mapping.localCode,
      state_code: mapping.stateCode,
      valid_from: mapping.validFrom,
      valid_to: mapping.validTo,
    });
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'service_code_map',
      entityId: `${mapping.localCode}/${mapping.validFrom}`,
      regionId: region,
      after: mapping,
    });
  });
  return mapping;
}
