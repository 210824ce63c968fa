import { DomainError } from '../../core/common/domain-error';
import { checkTraining, networkPolicy, type TrainingInput } from '../../core/improvement';
import { authorize } from '../../core/people/policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findTrainingRow,
  insertTrainingRow,
  updateTrainingRowIfVersion,
} from '../../data/repositories/improvement-network.repository';
import { findRegionById } from '../../data/repositories/regions.repository';
import type { UseCaseContext } from '../context';
import type { SavedRecord } from './network-view';
import { staleVersion } from './stale';

/** Log a training, or change one at `version` (IP3.4, IP3.5); audited. */
export async function saveTraining(
  ctx: UseCaseContext,
  input: TrainingInput,
  existing?: { id: string; version: number },
): Promise<SavedRecord> {
  authorize(networkPolicy, ctx.actor, 'manage', { regionId: input.regionId }, 'No network.');
  const training = checkTraining(input);
  const values = {
    region_id: training.regionId,
    title: training.title,
    provider: training.provider,
    held_on: training.heldOn,
    audience: JSON.stringify(training.audience),
    topic: training.topic,
    new_recruiters_only: training.newRecruitersOnly,
  };
  return ctx.db.transaction().execute(async (trx) => {
    if (training.regionId && !(await findRegionById(trx, training.regionId)))
      throw new DomainError('not_found', 'No such region.', [
        { field: 'regionId', message: 'no such region' },
      ]);
    if (!existing) {
      const id = await insertTrainingRow(trx, values);
      await recordAudit(trx, ctx.actor, {
        action: 'create',
        entityType: 'improvement_training',
        entityId: id,
        regionId: training.regionId,
        after: training,
      });
      return { id, version: 1 };
    }
    const before = await findTrainingRow(trx, existing.id);
    if (!before) throw new DomainError('not_found', 'No such training.');
    if (!(await updateTrainingRowIfVersion(trx, existing.id, existing.version, values)))
      throw staleVersion('Someone else changed this training first; reload it and try again.');
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'improvement_training',
      entityId: existing.id,
      regionId: training.regionId,
      before,
      after: training,
    });
    return { id: existing.id, version: existing.version + 1 };
  });
}
