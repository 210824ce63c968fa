import { checkChangeIdea, type ChangeIdeaInput } from '../../core/improvement';
import { recordAudit } from '../../data/repositories/audit.repository';
import { insertChangeIdeaRow } from '../../data/repositories/improvement-projects.repository';
import type { UseCaseContext } from '../context';
import { projectToManage } from './project-to-manage';
import type { SavedRecord } from './network-view';

/** Add a change idea with its drivers to a project (IP4.2); audited. */
export async function addChangeIdea(
  ctx: UseCaseContext,
  projectId: string,
  input: ChangeIdeaInput,
): Promise<SavedRecord> {
  return ctx.db.transaction().execute(async (trx) => {
    const project = await projectToManage(ctx, trx, projectId);
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
