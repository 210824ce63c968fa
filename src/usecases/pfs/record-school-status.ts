import type { CalendarDate } from '../../core/common/calendar-date';
import { checkSchoolStatus, type SchoolStatusKind } from '../../core/services/priority-for-services';
import { recordAudit } from '../../data/repositories/audit.repository';
import { insertSchoolStatus } from '../../data/repositories/child-school-statuses.repository';
import { loadChildFor } from '../children/load-child';
import type { UseCaseContext } from '../context';
import { presentSchoolStatus, type SchoolStatusReply } from './present-school-status';

export interface SchoolStatusInput {
  kind: SchoolStatusKind;
  startsOn: CalendarDate;
  endsOn?: CalendarDate | null | undefined;
  note?: string | undefined;
}

/**
 * A data specialist records that a child is credit deficient or has dropped out (S6.4, S6.5),
 * from a day and, once over, to a day; saved and audited in one transaction. The child's PFS
 * follows at once (it is computed from the records on read).
 */
export async function recordSchoolStatus(
  ctx: UseCaseContext,
  childId: string,
  input: SchoolStatusInput,
): Promise<SchoolStatusReply> {
  const fields = { startsOn: input.startsOn, endsOn: input.endsOn ?? null, note: input.note?.trim() ?? '' };
  checkSchoolStatus(fields);
  return ctx.db.transaction().execute(async (trx) => {
    const { child } = await loadChildFor(ctx, trx, childId, 'update');
    const row = await insertSchoolStatus(trx, {
      child_id: child.id,
      kind: input.kind,
      starts_on: fields.startsOn,
      ends_on: fields.endsOn,
      note: fields.note,
      recorded_by: ctx.actor.userId,
    });
    const reply = presentSchoolStatus(row);
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'child_school_status',
      entityId: row.id,
      regionId: child.region_id,
      childId: child.id,
      after: reply,
    });
    return reply;
  });
}
