import { DomainError } from '../../core/common/domain-error';
import {
  checkChartRange,
  countsAnyRecord,
  MEASURES,
  sideBySideOf,
  sideBySideScope,
  signalsFound,
  type MeasureDefinition,
  type SideBySide,
} from '../../core/improvement';
import { findRegionById, listRegionsInScope } from '../../data/repositories/regions.repository';
import type { UseCaseContext } from '../context';
import { measureSeries, type MeasureQuery, type MeasureSeries } from './read-measure';

export interface MeasureByRegion {
  definition: MeasureDefinition;
  view: SideBySide['kind'];
  from: string;
  to: string;
  /** One chart per region (`region` null: the state's), each with its signals counted. */
  items: Array<MeasureSeries & { signalCount: number }>;
}

/**
 * One measure's run chart for each region side by side (IP4.7): for a state user, each region
 * that has data; for a region's staff, their region beside the state. Reads only.
 */
export async function readMeasureByRegion(
  ctx: UseCaseContext,
  query: Omit<MeasureQuery, 'regionId'>,
): Promise<MeasureByRegion> {
  const view = sideBySideOf(ctx.actor);
  if (!view) throw new DomainError('forbidden', 'Your role does not allow this.');
  if (query.from > query.to) throw DomainError.invalidField('to', 'is before from');
  checkChartRange(query.measure, query.from, query.to, 'to');
  let charts: MeasureSeries[];
  if (view.kind === 'every-region') {
    const regions = await listRegionsInScope(ctx.db, { kind: 'state' });
    const all = await Promise.all(
      regions.map((region) => measureSeries(ctx.db, sideBySideScope(region.id), region, query)),
    );
    charts = all.filter((chart) => countsAnyRecord(chart.points));
  } else {
    const region = await findRegionById(ctx.db, view.regionId);
    if (!region) throw new DomainError('not_found', 'No such region in your scope.');
    charts = await Promise.all([
      measureSeries(ctx.db, sideBySideScope(region.id), region, query),
      measureSeries(ctx.db, sideBySideScope(null), null, query),
    ]);
  }
  return {
    definition: MEASURES[query.measure],
    view: view.kind,
    from: query.from,
    to: query.to,
    items: charts.map((chart) => ({ ...chart, signalCount: signalsFound(chart.analysis).length })),
  };
}
