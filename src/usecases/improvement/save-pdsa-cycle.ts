import { DomainError } from '../../core/common/domain-error';
import { checkCycle, projectPolicy, type CycleInput } from '../../core/improvement';
import { authorize } from '../../core/people/policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findCycleRow,
  findProjectRow,
  insertCycleRow,
  listChangeIdeaRows,
  updateCycleRowIfVersion,
} from '../../data/repositories/improvement-projects.repository';
import type { UseCaseContext } from '../context';
import type { SavedRecord } from './network-view';
import { staleVersion } from './stale';

/**
 * Record a PDSA cycle of a project, or change one at `version` as it moves from plan to act
 * (IP4.3); audited.
 */
export async function savePdsaCycle(
  ctx: UseCaseContext,
  target: { projectId: string } | { cycleId: string; version: number },
  input: CycleInput,
): Promise<SavedRecord> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = 'cycleId' in target ? await findCycleRow(trx, target.cycleId) : undefined;
    const projectId = 'projectId' in target ? target.projectId : before?.project_id;
    const project = projectId ? await findProjectRow(trx, projectId) : undefined;
    authorize(
      projectPolicy,
      ctx.actor,
      'manage',
      project && { regionId: project.region_id },
      'No such PDSA cycle.',
    );
    if (!project) throw new DomainError('not_found', 'No such project.');
    const cycle = checkCycle(input);
    if (
      cycle.changeIdeaId &&
      !(await listChangeIdeaRows(trx, project.id)).some((i) => i.id === cycle.changeIdeaId)
    )
      throw DomainError.invalidField('changeIdeaId', 'is not a change idea of this project');
    const values = {
      change_idea_id: cycle.changeIdeaId,
      started_on: cycle.startedOn,
      plan: cycle.plan,
      prediction: cycle.prediction,
      do_notes: cycle.doNotes,
      study: cycle.study,
      act: cycle.act,
    };
    if (!('cycleId' in target)) {
      const id = await insertCycleRow(trx, { ...values, project_id: project.id });
      await recordAudit(trx, ctx.actor, {
        action: 'create',
        entityType: 'improvement_pdsa_cycle',
        entityId: id,
        regionId: project.region_id,
        after: cycle,
      });
      return { id, version: 1 };
    }
    if (!(await updateCycleRowIfVersion(trx, target.cycleId, target.version, values)))
      throw staleVersion('Someone else changed this PDSA cycle first; reload it and try again.');
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'improvement_pdsa_cycle',
      entityId: target.cycleId,
      regionId: project.region_id,
      before,
      after: cycle,
    });
    return { id: target.cycleId, version: target.version + 1 };
  });
}
