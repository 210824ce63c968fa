import { DomainError } from '../../core/common/domain-error';
import {
  cyclePeriodLabel,
  isMeasureId,
  projectChartScope,
  projectPolicy,
  type MeasureId,
  type PdsaAct,
} from '../../core/improvement';
import { authorize } from '../../core/people/policy';
import { findTeamRow } from '../../data/repositories/improvement-network.repository';
import {
  findProjectRowOfTeam,
  listChangeIdeaRows,
  listCycleRows,
} from '../../data/repositories/improvement-projects.repository';
import type { UseCaseContext } from '../context';
import { measureSeries, type MeasureSeries } from './read-measure';

export interface ProjectView {
  team: { id: string; regionId: string; regionNumber: number; regionName: string };
  project: {
    id: string;
    measureId: MeasureId;
    what: string;
    forWhom: string;
    target: number;
    by: string;
    baselineValue: number | null;
    chartFrom: string;
    baselinePeriods: number | null;
    version: number;
  } | null;
  changeIdeas: Array<{ id: string; primaryDriver: string; secondaryDriver: string; idea: string }>;
  cycles: Array<{
    id: string;
    changeIdeaId: string | null;
    startedOn: string;
    period: string;
    plan: string;
    prediction: string;
    doNotes: string;
    study: string;
    act: PdsaAct | null;
    version: number;
  }>;
  /** The measure's run chart for the team's region (IP4.4, IP4.5); null without a project. */
  series: MeasureSeries | null;
  abilities: { read: boolean; manage: boolean };
}

/** A team's project with its change ideas, PDSA cycles and run chart (IP4). Reads only. */
export async function getProject(ctx: UseCaseContext, teamId: string, today: string): Promise<ProjectView> {
  const team = await findTeamRow(ctx.db, teamId);
  authorize(projectPolicy, ctx.actor, 'read', team && { regionId: team.region_id }, 'No such team.');
  if (!team) throw new DomainError('not_found', 'No such team.');
  const row = await findProjectRowOfTeam(ctx.db, teamId);
  const measureId = row && isMeasureId(row.measure_id) ? row.measure_id : null;
  const [ideas, cycles] = row
    ? await Promise.all([listChangeIdeaRows(ctx.db, row.id), listCycleRows(ctx.db, row.id)])
    : [[], []];
  const access = { regionId: team.region_id };
  const region = { id: team.region_id, number: team.region_number, name: team.region_name };
  let series: MeasureSeries | null = null;
  if (row && measureId) {
    const to = row.aim_by < today ? row.aim_by : today;
    series = await measureSeries(ctx.db, projectChartScope(access), region, {
      measure: measureId,
      from: row.chart_from,
      to: to < row.chart_from ? row.chart_from : to,
      baseline: row.baseline_periods ?? undefined,
    });
  }
  return {
    team: {
      id: team.id,
      regionId: team.region_id,
      regionNumber: team.region_number,
      regionName: team.region_name,
    },
    project:
      row && measureId
        ? {
            id: row.id,
            measureId,
            what: row.aim_what,
            forWhom: row.aim_for_whom,
            target: Number(row.aim_target),
            by: row.aim_by,
            baselineValue: row.baseline_value === null ? null : Number(row.baseline_value),
            chartFrom: row.chart_from,
            baselinePeriods: row.baseline_periods,
            version: row.version,
          }
        : null,
    changeIdeas: ideas.map((i) => ({
      id: i.id,
      primaryDriver: i.primary_driver,
      secondaryDriver: i.secondary_driver,
      idea: i.idea,
    })),
    cycles: cycles.map((c) => ({
      id: c.id,
      changeIdeaId: c.change_idea_id,
      startedOn: c.started_on,
      period: measureId ? cyclePeriodLabel(measureId, c.started_on) : c.started_on,
      plan: c.plan,
      prediction: c.prediction,
      doNotes: c.do_notes,
      study: c.study,
      act: c.act,
      version: c.version,
    })),
    series,
    abilities: projectPolicy.abilitiesOf(ctx.actor, access),
  };
}
