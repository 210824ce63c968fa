/**
 * Load the demo's learning network (src/core/demo/demo-improvement.ts) through the improvement
 * use cases, so every record is checked and audited as the state's would be: the cohort and its
 * teams, the year's meetings, the training log, and the demo region's project with its change
 * ideas and PDSA cycles.
 */
import type { CalendarDate } from '../../core/common/calendar-date';
import { demoCohortRegions, demoNetwork } from '../../core/demo/demo-improvement';
import type { Db } from '../../data/db';
import type { UseCaseContext } from '../context';
import { addChangeIdea } from '../improvement/add-change-idea';
import { saveCohort } from '../improvement/save-cohort';
import { saveMeeting } from '../improvement/save-meeting';
import { savePdsaCycle } from '../improvement/save-pdsa-cycle';
import { saveProject } from '../improvement/save-project';
import { addTeam } from '../improvement/save-team';
import { saveTraining } from '../improvement/save-training';
import { DEMO_ACTOR } from './demo-referrals';

export async function loadDemoImprovement(
  db: Db,
  options: { regionIds: ReadonlyMap<number, string>; demoRegion: number; today: CalendarDate },
): Promise<void> {
  const ctx: UseCaseContext = { db, actor: DEMO_ACTOR };
  const network = demoNetwork(options.today, options.demoRegion);
  const cohort = await saveCohort(ctx, network.cohort);
  const teams = new Map<number, string>();
  for (const region of demoCohortRegions(options.demoRegion)) {
    const regionId = options.regionIds.get(region);
    if (!regionId) continue;
    const team = await addTeam(ctx, { cohortId: cohort.id, regionId, members: network.members(region) });
    teams.set(region, team.id);
  }
  const demoTeam = teams.get(options.demoRegion);
  if (!demoTeam) return;
  for (const { teamRegion, ...meeting } of network.meetings)
    await saveMeeting(ctx, {
      ...meeting,
      cohortId: cohort.id,
      teamId: teamRegion === null ? null : (teams.get(teamRegion) ?? null),
    });
  for (const { forDemoRegion, ...training } of network.trainings)
    await saveTraining(ctx, {
      ...training,
      regionId: forDemoRegion ? options.regionIds.get(options.demoRegion)! : null,
    });
  const project = await saveProject(ctx, demoTeam, { ...network.aim, version: 0 });
  const ideas = [];
  for (const idea of network.changeIdeas) ideas.push(await addChangeIdea(ctx, project.id, idea));
  for (const { changeIdea, ...cycle } of network.cycles)
    await savePdsaCycle(ctx, { projectId: project.id }, { ...cycle, changeIdeaId: ideas[changeIdea]!.id });
}
