import { DomainError } from '../../core/common/domain-error';
import { checkAim, projectPolicy, type AimInput } from '../../core/improvement';
import { authorize } from '../../core/people/policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import { findTeamRow } from '../../data/repositories/improvement-network.repository';
import {
  findProjectRowOfTeam,
  insertProjectRow,
  updateProjectRowIfVersion,
} from '../../data/repositories/improvement-projects.repository';
import type { UseCaseContext } from '../context';
import type { SavedRecord } from './network-view';
import { staleVersion } from './stale';

/**
 * Set a team's aim (IP4.1): creates the project with `version` 0, or changes it at its version;
 * audited.
 */
export async function saveProject(
  ctx: UseCaseContext,
  teamId: string,
  input: AimInput & { version: number },
): Promise<SavedRecord> {
  return ctx.db.transaction().execute(async (trx) => {
    const team = await findTeamRow(trx, teamId);
    authorize(projectPolicy, ctx.actor, 'manage', team && { regionId: team.region_id }, 'No such team.');
    if (!team) throw new DomainError('not_found', 'No such team.');
    const aim = checkAim(input);
    const values = {
      measure_id: aim.measureId,
      aim_what: aim.what,
      aim_for_whom: aim.forWhom,
      aim_target: aim.target,
      aim_by: aim.by,
      baseline_value: aim.baselineValue,
      chart_from: aim.chartFrom,
      baseline_periods: aim.baselinePeriods,
    };
    const existing = await findProjectRowOfTeam(trx, teamId);
    if (!existing) {
      if (input.version !== 0)
        throw staleVersion('Someone else changed this project first; reload it and try again.');
      const id = await insertProjectRow(trx, { ...values, team_id: teamId });
      await recordAudit(trx, ctx.actor, {
        action: 'create',
        entityType: 'improvement_project',
        entityId: id,
        regionId: team.region_id,
        after: aim,
      });
      return { id, version: 1 };
    }
    if (!(await updateProjectRowIfVersion(trx, existing.id, input.version, values)))
      throw staleVersion('Someone else changed this project first; reload it and try again.');
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'improvement_project',
      entityId: existing.id,
      regionId: team.region_id,
      before: existing,
      after: aim,
    });
    return { id: existing.id, version: input.version + 1 };
  });
}
