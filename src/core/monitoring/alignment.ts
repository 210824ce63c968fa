/**
 * The SSDP Tracking Log and its alignment check (docs/rules/monitoring.md MN3): who (the
 * region, each reimbursable district) carries out which of the plan's strategies, as a
 * region's applications for a year say, and what they leave out.
 */
import type { ApplicationKind } from '../services/service-records';

export interface PlanStrategyRef {
  number: string;
  /** Who the plan asks to carry it out. */
  implementer: 'region' | 'district' | 'either';
}

export interface ImplementerRef {
  /** Null: the region. */
  districtId: string | null;
  name: string;
}

export interface ApplicationForLog {
  id: string;
  kind: ApplicationKind;
  districtId: string | null;
  lines: { label: string; strategies: readonly string[] }[];
}

/** One cell of the log: the lines of an implementer's application that carry the strategy out. */
export interface TrackingCell {
  strategy: string;
  districtId: string | null;
  lines: { applicationId: string; label: string }[];
}

export interface AlignmentProblem {
  /** `missing_everywhere`: no application of the region carries it; `missing_in_district`: the plan requires it of every district. */
  kind: 'missing_everywhere' | 'missing_in_district';
  strategy: string;
  districtId: string | null;
}

export interface TrackingLog {
  strategies: PlanStrategyRef[];
  implementers: ImplementerRef[];
  cells: TrackingCell[];
  problems: AlignmentProblem[];
}

/**
 * The tracking log of a region's year (MN3.1) and its alignment check (MN3.2): a strategy that
 * the regional application, the DSAs and the MOUs together leave out; and a strategy the plan
 * asks of districts (`district`) that a reimbursable district's agreement lacks — a district
 * without an agreement lacks them all.
 */
export function trackingLog(
  strategies: readonly PlanStrategyRef[],
  districts: readonly ImplementerRef[],
  applications: readonly ApplicationForLog[],
): TrackingLog {
  const implementers: ImplementerRef[] = [{ districtId: null, name: '' }, ...districts];
  const cells: TrackingCell[] = [];
  const problems: AlignmentProblem[] = [];
  for (const strategy of strategies) {
    let carried = false;
    for (const implementer of implementers) {
      const lines = applications
        .filter((application) => application.districtId === implementer.districtId)
        .flatMap((application) =>
          application.lines
            .filter((line) => line.strategies.includes(strategy.number))
            .map((line) => ({ applicationId: application.id, label: line.label })),
        );
      if (lines.length > 0) carried = true;
      cells.push({ strategy: strategy.number, districtId: implementer.districtId, lines });
    }
    if (!carried) problems.push({ kind: 'missing_everywhere', strategy: strategy.number, districtId: null });
    if (strategy.implementer === 'district')
      for (const district of districts) {
        const cell = cells.find(
          (c) => c.strategy === strategy.number && c.districtId === district.districtId,
        );
        if (cell && cell.lines.length === 0)
          problems.push({
            kind: 'missing_in_district',
            strategy: strategy.number,
            districtId: district.districtId,
          });
      }
  }
  return { strategies: [...strategies], implementers, cells, problems };
}
