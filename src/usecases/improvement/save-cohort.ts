import { DomainError } from '../../core/common/domain-error';
import { checkCohort, networkPolicy, type CohortInput } from '../../core/improvement';
import { authorize } from '../../core/people/policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findCohortRow,
  findCohortRowByName,
  insertCohortRow,
  updateCohortRowIfVersion,
} from '../../data/repositories/improvement-network.repository';
import type { UseCaseContext } from '../context';
import type { SavedRecord } from './network-view';
import { staleVersion } from './stale';

/** Create a cohort, or change one at `version` (IP3.1, IP3.5); audited. */
export async function saveCohort(
  ctx: UseCaseContext,
  input: CohortInput,
  existing?: { id: string; version: number },
): Promise<SavedRecord> {
  authorize(networkPolicy, ctx.actor, 'manage', { regionId: null }, 'No network.');
  const cohort = checkCohort(input);
  const values = { name: cohort.name, start_year: cohort.startYear, end_year: cohort.endYear };
  return ctx.db.transaction().execute(async (trx) => {
    const sameName = await findCohortRowByName(trx, cohort.name);
    if (sameName && sameName.id !== existing?.id)
      throw new DomainError('conflict', `A cohort is already named ${cohort.name}.`, [
        { field: 'name', message: 'is taken' },
      ]);
    if (!existing) {
      const id = await insertCohortRow(trx, values);
      await recordAudit(trx, ctx.actor, {
        action: 'create',
        entityType: 'improvement_cohort',
        entityId: id,
        regionId: null,
        after: cohort,
      });
      return { id, version: 1 };
    }
    const before = await findCohortRow(trx, existing.id);
    if (!before) throw new DomainError('not_found', 'No such cohort.');
    if (!(await updateCohortRowIfVersion(trx, existing.id, existing.version, values)))
      throw staleVersion('Someone else changed this cohort first; reload it and try again.');
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'improvement_cohort',
      entityId: existing.id,
      regionId: null,
      before: { name: before.name, startYear: before.start_year, endYear: before.end_year },
      after: cohort,
    });
    return { id: existing.id, version: existing.version + 1 };
  });
}
