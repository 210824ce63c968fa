import { DomainError } from '../../core/common/domain-error';
import { checkMeeting, networkPolicy, type MeetingInput } from '../../core/improvement';
import { authorize } from '../../core/people/policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import type { Db } from '../../data/db';
import {
  findCohortRow,
  findMeetingRow,
  findTeamRow,
  insertMeetingRow,
  updateMeetingRowIfVersion,
} from '../../data/repositories/improvement-network.repository';
import type { UseCaseContext } from '../context';
import type { SavedRecord } from './network-view';
import { staleVersion } from './stale';

/** The region of a meeting's team, checking the team is of the cohort (IP3.3). */
async function regionOfMeeting(trx: Db, cohortId: string, teamId: string | null): Promise<string | null> {
  if (!(await findCohortRow(trx, cohortId)))
    throw new DomainError('not_found', 'No such cohort.', [{ field: 'cohortId', message: 'no such cohort' }]);
  if (teamId === null) return null;
  const team = await findTeamRow(trx, teamId);
  if (!team || team.cohort_id !== cohortId)
    throw DomainError.invalidField('teamId', 'is not a team of this cohort');
  return team.region_id;
}

/**
 * Record a session or coaching call of a cohort, or change one at `version` (IP3.3, IP3.5);
 * audited.
 */
export async function saveMeeting(
  ctx: UseCaseContext,
  input: MeetingInput & { cohortId: string },
  existing?: { id: string; version: number },
): Promise<SavedRecord> {
  authorize(networkPolicy, ctx.actor, 'manage', { regionId: null }, 'No network.');
  const meeting = checkMeeting(input);
  return ctx.db.transaction().execute(async (trx) => {
    const regionId = await regionOfMeeting(trx, input.cohortId, meeting.teamId);
    const values = {
      cohort_id: input.cohortId,
      team_id: meeting.teamId,
      kind: meeting.kind,
      held_on: meeting.heldOn,
      hours: meeting.hours,
      agenda: meeting.agenda,
      attendance: JSON.stringify(meeting.attendance),
      notes: meeting.notes,
    };
    const after = { ...meeting, cohortId: input.cohortId };
    if (!existing) {
      const id = await insertMeetingRow(trx, values);
      await recordAudit(trx, ctx.actor, {
        action: 'create',
        entityType: 'improvement_meeting',
        entityId: id,
        regionId,
        after,
      });
      return { id, version: 1 };
    }
    const before = await findMeetingRow(trx, existing.id);
    if (!before) throw new DomainError('not_found', 'No such meeting.');
    if (!(await updateMeetingRowIfVersion(trx, existing.id, existing.version, values)))
      throw staleVersion('Someone else changed this meeting first; reload it and try again.');
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'improvement_meeting',
      entityId: existing.id,
      regionId,
      before,
      after,
    });
    return { id: existing.id, version: existing.version + 1 };
  });
}
