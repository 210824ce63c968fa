import {
  networkPolicy,
  type MeetingKind,
  type TeamMember,
  type TrainingAudience,
} from '../../core/improvement';
import { authorize } from '../../core/people/policy';
import {
  listCohortRows,
  listMeetingRows,
  listTeamRows,
  listTrainingRows,
} from '../../data/repositories/improvement-network.repository';
import type { UseCaseContext } from '../context';
import type { NetworkView, TeamRecord } from './network-view';

/** The network's cohorts with their teams, its meetings and the training log (IP3). Reads only. */
export async function getNetwork(ctx: UseCaseContext): Promise<NetworkView> {
  authorize(networkPolicy, ctx.actor, 'read', { regionId: null }, 'No network.');
  const [cohorts, teams, meetings, trainings] = await Promise.all([
    listCohortRows(ctx.db),
    listTeamRows(ctx.db),
    listMeetingRows(ctx.db),
    listTrainingRows(ctx.db),
  ]);
  const teamRecords: TeamRecord[] = teams.map((t) => ({
    id: t.id,
    cohortId: t.cohort_id,
    regionId: t.region_id,
    regionNumber: t.region_number,
    regionName: t.region_name,
    members: t.members as TeamMember[],
    version: t.version,
  }));
  return {
    cohorts: cohorts.map((c) => ({
      id: c.id,
      name: c.name,
      startYear: c.start_year,
      endYear: c.end_year,
      version: c.version,
      teams: teamRecords.filter((t) => t.cohortId === c.id),
    })),
    meetings: meetings.map((m) => ({
      id: m.id,
      cohortId: m.cohort_id,
      teamId: m.team_id,
      kind: m.kind as MeetingKind,
      heldOn: m.held_on,
      hours: m.hours === null ? null : Number(m.hours),
      agenda: m.agenda,
      attendance: m.attendance as string[],
      notes: m.notes,
      version: m.version,
    })),
    trainings: trainings.map((t) => ({
      id: t.id,
      regionId: t.region_id,
      title: t.title,
      provider: t.provider,
      heldOn: t.held_on,
      audience: t.audience as TrainingAudience[],
      topic: t.topic,
      newRecruitersOnly: t.new_recruiters_only,
      version: t.version,
    })),
    abilities: { manage: networkPolicy.can(ctx.actor, 'manage', { regionId: null }) },
  };
}
