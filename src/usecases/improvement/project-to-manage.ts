import { DomainError } from '../../core/common/domain-error';
import { projectPolicy } from '../../core/improvement';
import { authorize } from '../../core/people/policy';
import { findProjectRow } from '../../data/repositories/improvement-projects.repository';
import type { Db } from '../../data/db';
import type { UseCaseContext } from '../context';

/** A project the actor may manage (IP4.5), read in `trx`; another region's answers as not found. */
export async function projectToManage(ctx: UseCaseContext, trx: Db, projectId: string) {
  const project = await findProjectRow(trx, projectId);
  authorize(
    projectPolicy,
    ctx.actor,
    'manage',
    project && { regionId: project.region_id },
    'No such project.',
  );
  if (!project) throw new DomainError('not_found', 'No such project.');
  return project;
}
