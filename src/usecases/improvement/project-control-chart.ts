import { DomainError } from '../../core/common/domain-error';
import { checkPhaseChange, MEASURES, periodStart, type PhaseStart } from '../../core/improvement';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findAdoptedPlanStrategy,
  insertChartPhaseRow,
  listChartPhaseRows,
} from '../../data/repositories/improvement-chart-phases.repository';
import { findCycleRow } from '../../data/repositories/improvement-projects.repository';
import type { Db } from '../../data/db';
import type { UseCaseContext } from '../context';
import { projectToManage } from './project-to-manage';
import { controlChartOf, type ControlChartOptions, type ControlChartView } from './control-chart-view';
import { getProject, type ProjectView } from './get-project';
import type { SavedRecord } from './network-view';

export interface ChartPhaseView {
  id: string;
  startsOn: string;
  /** The position of the period it starts at in the chart; null when outside the chart. */
  index: number | null;
  /** The adopted PDSA cycle it starts from, or null when it starts from a plan strategy. */
  cycleId: string | null;
  /** The number of the plan's strategy it starts from, or null. */
  strategy: string | null;
  note: string;
}

export interface ProjectControlChart {
  /** Null while the team has no project (or its chart no period). */
  chart: ControlChartView | null;
  phases: ChartPhaseView[];
}

/**
 * A team's control chart (IP5): the project's measure for the team's region, its phases
 * (IP5.8), the type and rule set the reader picked. Whoever reads the project reads it.
 */
export async function readProjectControlChart(
  ctx: UseCaseContext,
  teamId: string,
  today: string,
  options: ControlChartOptions,
): Promise<ProjectControlChart> {
  return controlChartOfProject(ctx.db, await getProject(ctx, teamId, today), options);
}

/** The control chart of a project the caller has read (IP5), with its phases (IP5.8). */
export async function controlChartOfProject(
  db: Db,
  view: ProjectView,
  options: ControlChartOptions,
): Promise<ProjectControlChart> {
  if (!view.project || !view.series || view.series.points.length === 0) return { chart: null, phases: [] };
  if (!view.series.points.some((p) => p.value !== null)) return { chart: null, phases: [] };
  const starts = view.series.points.map((p) => p.start);
  const rows = await listChartPhaseRows(db, view.project.id, view.project.measureId);
  const kind = MEASURES[view.project.measureId].period;
  const phases = rows.map((row) => {
    const index = starts.indexOf(periodStart(kind, row.starts_on));
    return {
      id: row.id,
      startsOn: row.starts_on,
      index: index > 0 ? index : null,
      cycleId: row.pdsa_cycle_id,
      strategy: row.plan_strategy,
      note: row.note,
    };
  });
  const phaseStarts: PhaseStart[] = phases.flatMap((p) => (p.index === null ? [] : [{ start: p.index }]));
  return { chart: controlChartOf(view.series, options, phaseStarts), phases };
}

export interface PhaseInput {
  /** The adopted PDSA cycle it starts from; or else `strategy`. */
  cycleId?: string | undefined;
  /** The number of a strategy of the plan in force it starts from. */
  strategy?: string | undefined;
  /** A day of the period the phase starts at; the cycle's start date when left out. */
  startsOn?: string | undefined;
  note?: string | undefined;
}

/**
 * Start a new phase of a project's control chart from a PDSA cycle the team adopted, or from a
 * strategy of the plan in force (IP5.8); audited. Whoever manages the project (IP4.5) may.
 */
export async function startChartPhase(
  ctx: UseCaseContext,
  projectId: string,
  today: string,
  input: PhaseInput,
): Promise<SavedRecord> {
  return ctx.db.transaction().execute(async (trx) => {
    const project = await projectToManage(ctx, trx, projectId);
    if ((input.cycleId === undefined) === (input.strategy === undefined))
      throw DomainError.invalidField('cycleId', 'name either a PDSA cycle or a strategy of the plan');
    const kind = MEASURES[project.measure_id as keyof typeof MEASURES]?.period;
    if (!kind) throw DomainError.invalidField('measureId', 'is not a measure of the catalog');
    const period = {
      startsOnPeriod: input.startsOn ? periodStart(kind, input.startsOn) : null,
      chartFirstPeriod: periodStart(kind, project.chart_from),
      today,
    };
    let change: {
      pdsa_cycle_id: string | null;
      plan_version_id: string | null;
      plan_strategy: string | null;
    };
    let startsOn: string;
    if (input.cycleId !== undefined) {
      const cycle = await findCycleRow(trx, input.cycleId);
      if (!cycle || cycle.project_id !== project.id)
        throw DomainError.invalidField('cycleId', 'is not a PDSA cycle of this project');
      startsOn = checkPhaseChange(
        { kind: 'cycle', startedOn: cycle.started_on, act: cycle.act },
        { ...period, cyclePeriod: periodStart(kind, cycle.started_on) },
      );
      change = { pdsa_cycle_id: cycle.id, plan_version_id: null, plan_strategy: null };
    } else {
      const strategy = await findAdoptedPlanStrategy(trx, input.strategy!);
      if (!strategy) throw DomainError.invalidField('strategy', 'is not a strategy of the plan in force');
      startsOn = checkPhaseChange({ kind: 'strategy' }, period);
      change = {
        pdsa_cycle_id: null,
        plan_version_id: strategy.plan_version_id,
        plan_strategy: strategy.number,
      };
    }
    const existing = await listChartPhaseRows(trx, project.id, project.measure_id);
    if (existing.some((row) => row.starts_on === startsOn))
      throw DomainError.invalidField('startsOn', 'a phase already starts in that period');
    const values = {
      project_id: project.id,
      measure_id: project.measure_id,
      starts_on: startsOn,
      ...change,
      note: (input.note ?? '').trim(),
    };
    const id = await insertChartPhaseRow(trx, values);
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'improvement_chart_phase',
      entityId: id,
      regionId: project.region_id,
      after: values,
    });
    return { id, version: 1 };
  });
}
