import { DomainError } from '../../core/common/domain-error';
import { checkMembers, networkPolicy, type TeamMember } from '../../core/improvement';
import { authorize } from '../../core/people/policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findCohortRow,
  findTeamRow,
  findTeamRowOfRegion,
  insertTeamRow,
  updateTeamMembersIfVersion,
} from '../../data/repositories/improvement-network.repository';
import { findRegionById } from '../../data/repositories/regions.repository';
import type { UseCaseContext } from '../context';
import type { SavedRecord } from './network-view';
import { staleVersion } from './stale';

/** Add a region's team to a cohort (IP3.2); audited. */
export async function addTeam(
  ctx: UseCaseContext,
  input: { cohortId: string; regionId: string; members: TeamMember[] },
): Promise<SavedRecord> {
  authorize(networkPolicy, ctx.actor, 'manage', { regionId: input.regionId }, 'No network.');
  const members = checkMembers(input.members);
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await findCohortRow(trx, input.cohortId)))
      throw new DomainError('not_found', 'No such cohort.', [
        { field: 'cohortId', message: 'no such cohort' },
      ]);
    if (!(await findRegionById(trx, input.regionId)))
      throw new DomainError('not_found', 'No such region.', [
        { field: 'regionId', message: 'no such region' },
      ]);
    if (await findTeamRowOfRegion(trx, input.cohortId, input.regionId))
      throw new DomainError('conflict', 'This region already has a team in the cohort.', [
        { field: 'regionId', message: 'already has a team in this cohort' },
      ]);
    const id = await insertTeamRow(trx, {
      cohort_id: input.cohortId,
      region_id: input.regionId,
      members: JSON.stringify(members),
    });
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'improvement_team',
      entityId: id,
      regionId: input.regionId,
      after: { cohortId: input.cohortId, members },
    });
    return { id, version: 1 };
  });
}

/** Change a team's members at `version` (IP3.2); audited. */
export async function updateTeam(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; members: TeamMember[] },
): Promise<SavedRecord> {
  const members = checkMembers(input.members);
  return ctx.db.transaction().execute(async (trx) => {
    const team = await findTeamRow(trx, id);
    authorize(networkPolicy, ctx.actor, 'manage', team && { regionId: team.region_id }, 'No such team.');
    if (!team) throw new DomainError('not_found', 'No such team.');
    if (!(await updateTeamMembersIfVersion(trx, id, input.version, JSON.stringify(members))))
      throw staleVersion('Someone else changed this team first; reload it and try again.');
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'improvement_team',
      entityId: id,
      regionId: team.region_id,
      before: { members: team.members },
      after: { members },
    });
    return { id, version: input.version + 1 };
  });
}
