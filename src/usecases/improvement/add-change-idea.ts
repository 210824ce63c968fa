import { DomainError } from '../../core/common/domain-error';
import { checkChangeIdea, projectPolicy, type ChangeIdeaInput } from '../../core/improvement';
import { authorize } from '../../core/people/policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import { findProjectRow, insertChangeIdeaRow } from '../../data/repositories/improvement-projects.repository';
import type { UseCaseContext } from '../context';
import type { SavedRecord } from './network-view';

/** Add a change idea with its drivers to a project (IP4.2); audited. */
export async function addChangeIdea(
  ctx: UseCaseContext,
  projectId: string,
  input: ChangeIdeaInput,
): Promise<SavedRecord> {
  return ctx.db.transaction().execute(async (trx) => {
    const project = await findProjectRow(trx, projectId);
    authorize(
      projectPolicy,
      ctx.actor,
      'manage',
      project && { regionId: project.region_id },
      'No such project.',
    );
    if (!project) throw new DomainError('not_found', 'No such project.');
    const idea = checkChangeIdea(input);
    const id = await insertChangeIdeaRow(trx, {
      project_id: projectId,
      primary_driver: idea.primaryDriver,
      secondary_driver: idea.secondaryDriver,
      idea: idea.idea,
    });
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'improvement_change_idea',
      entityId: id,
      regionId: project.region_id,
      after: idea,
    });
    return { id, version: 1 };
  });
}
