import { validateChildFacts, type ChildFacts } from '../../core/children/child-rules';
import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { recordAudit } from '../../data/repositories/audit.repository';
import { updateChildIfVersion } from '../../data/repositories/children.repository';
import type { UseCaseContext } from '../context';
import type { ChildRecord } from './child-record';
import { auditedChild, childFactsOfRow, childFactsToRow } from './child-row';
import { assertMsixIdFree, assertStatewideIdFree } from './create-child-record';
import { getChild } from './get-child';
import { loadChildFor } from './load-child';

/** The 409 of a change to a child someone else changed since it was read. */
export function staleChild(): DomainError {
  return new DomainError(
    'conflict',
    'version: someone else changed this child since you opened it; reload and try again',
    [{ field: 'version', message: 'is stale' }],
  );
}

export type UpdateChildOptions = Partial<ChildFacts> & { version: number };

/**
 * Change a child's facts; audited with before and after. `version` must be the version the
 * person saw: the database changes the row only at that version (STYLE §14), so two people
 * editing at once cannot overwrite each other silently — the second gets `conflict`.
 */
export async function updateChild(
  ctx: UseCaseContext,
  id: string,
  options: UpdateChildOptions,
  today: CalendarDate,
): Promise<ChildRecord> {
  await ctx.db.transaction().execute(async (trx) => {
    const { child } = await loadChildFor(ctx, trx, id, 'update');
    const { version, ...changes } = options;
    const facts = validateChildFacts({ ...childFactsOfRow(child), ...stripUndefined(changes) }, today);
    await assertStatewideIdFree(trx, facts.statewideStudentId, id);
    await assertMsixIdFree(trx, facts.msixId, id);
    const after = await updateChildIfVersion(trx, id, version, childFactsToRow(facts));
    if (!after) throw staleChild();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'child',
      entityId: id,
      regionId: child.region_id,
      childId: id,
      before: auditedChild(child),
      after: auditedChild(after),
    });
  });
  return getChild(ctx, id);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
