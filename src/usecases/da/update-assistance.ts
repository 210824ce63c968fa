import type { CalendarDate } from '../../core/common/calendar-date';
import { recordAudit } from '../../data/repositories/audit.repository';
import { updateAssistanceRowIfVersion } from '../../data/repositories/da-assistance.repository';
import type { UseCaseContext } from '../context';
import { findChangeableAssistance, staleAssistance } from './find-changeable-assistance';
import {
  assistanceColumns,
  getAssistanceView,
  type AssistanceView,
  type NewAssistance,
} from './present-assistance';

/**
 * Correct a record of assistance (only the region that made it) at the version read: a
 * `conflict` when someone changed or removed it since; audited with what it was.
 */
export async function updateAssistance(
  ctx: UseCaseContext,
  id: string,
  input: NewAssistance & { version: number },
  today: CalendarDate,
): Promise<AssistanceView> {
  const before = await findChangeableAssistance(ctx, id, 'update');
  const columns = assistanceColumns(input, today);
  await ctx.db.transaction().execute(async (trx) => {
    const after = await updateAssistanceRowIfVersion(trx, id, input.version, columns);
    if (!after) throw staleAssistance();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'da_assistance',
      entityId: id,
      regionId: after.region_id,
      before,
      after,
    });
  });
  return getAssistanceView(ctx, id);
}
