import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { recordAudit } from '../../data/repositories/audit.repository';
import { insertAssistance } from '../../data/repositories/da-assistance.repository';
import { findDecidedLea } from '../../data/repositories/da-determinations.repository';
import { requirePermission, type UseCaseContext } from '../context';
import {
  assistanceColumns,
  authorizeAssistance,
  countiesServedBy,
  getAssistanceView,
  type AssistanceView,
  type NewAssistance,
} from './present-assistance';

/** A county office (or the state) records assistance given to an LEA a determination decided; audited. */
export async function recordAssistance(
  ctx: UseCaseContext,
  leaId: string,
  input: NewAssistance,
  today: CalendarDate,
): Promise<AssistanceView> {
  requirePermission(ctx, 'da.assist');
  const lea = await findDecidedLea(ctx.db, leaId);
  if (!lea) throw new DomainError('not_found', 'No determination decided an LEA with that id.');
  authorizeAssistance(ctx.actor, 'create', {
    regionId: ctx.actor.regionId,
    leaCounty: lea.county,
    countiesActorServes: await countiesServedBy(ctx),
  });
  const columns = assistanceColumns(input, today);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await insertAssistance(trx, {
      ...columns,
      lea_id: leaId,
      lea_name: lea.leaName,
      region_id: ctx.actor.regionId,
      recorded_by: ctx.actor.userId,
    });
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'da_assistance',
      entityId: row.id,
      regionId: row.region_id,
      after: row,
    });
    return row.id;
  });
  return getAssistanceView(ctx, id);
}
