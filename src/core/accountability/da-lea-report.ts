/**
 * A DA decision made readable: for each LEA, the contract's decision plus the input rows that
 * met each priority area in the determination year (from the engine's trace), so a person can
 * see which Dashboard results caused the decision. Pure.
 */
import type {
  ChangeLevel,
  Color,
  Indicator,
  LocalPriority,
  LocalRating,
  PriorityAreaId,
  StatusLevel,
  StudentGroup,
} from './da-codes';
import type { DaData } from './da-input';
import type { DaLeaDecision, DaYearTrace } from './evaluate-da';

/** A row of indicators.csv that met a criterion. */
export interface CitedIndicatorRow {
  kind: 'indicator';
  line: number;
  year: number;
  group: StudentGroup;
  indicator: Indicator;
  color: Color | null;
  statusLevel: StatusLevel | null;
  changeLevel: ChangeLevel | null;
  n: number | null;
}

/** A row of local_indicators.csv that made a priority "Not Met for two or more years". */
export interface CitedLocalRow {
  kind: 'local';
  line: number;
  year: number;
  priority: LocalPriority;
  rating: LocalRating;
}

export type CitedRow = CitedIndicatorRow | CitedLocalRow;

/** A priority area met, and the rows that met it. */
export interface AreaCause {
  area: PriorityAreaId;
  via: 'state' | 'local';
  rows: CitedRow[];
}

export interface GroupCauses {
  group: StudentGroup;
  areas: AreaCause[];
}

/** One year looked at for the LEA (Level 3 and charter windows). */
export interface DaYearSummary {
  year: number;
  rules: string | null;
  presentGroups: StudentGroup[];
  meetsCriteria: boolean;
}

export interface DaLeaReport {
  decision: DaLeaDecision;
  leaName: string | null;
  /** The determination-year groups of `decision.groups`, each area with its rows. */
  causes: GroupCauses[];
  /** Areas met through local indicators in the determination year, with their rows. */
  localCauses: AreaCause[];
  years: DaYearSummary[];
}

/**
 * The report of one LEA.
 * @param lea the engine's decision with its trace (explainDifferentiatedAssistance)
 * @param data the rows the decision was made from (rows carry their line numbers)
 */
export function buildLeaReport(
  lea: DaLeaDecision & { trace: DaYearTrace[] },
  year: number,
  data: DaData,
): DaLeaReport {
  const indicatorByLine = new Map(
    data.indicators
      .filter((r) => r.leaId === lea.leaId && r.line !== undefined)
      .map((r) => [r.line as number, r]),
  );
  const localByLine = new Map(
    data.localIndicators
      .filter((r) => r.leaId === lea.leaId && r.line !== undefined)
      .map((r) => [r.line as number, r]),
  );
  const rowsOf = (via: 'state' | 'local', lines: readonly number[]): CitedRow[] =>
    lines.flatMap((line): CitedRow[] => {
      if (via === 'state') {
        const row = indicatorByLine.get(line);
        return row
          ? [
              {
                kind: 'indicator',
                line,
                year: row.year,
                group: row.group,
                indicator: row.indicator,
                color: row.color,
                statusLevel: row.statusLevel,
                changeLevel: row.changeLevel,
                n: row.n,
              },
            ]
          : [];
      }
      const row = localByLine.get(line);
      return row ? [{ kind: 'local', line, year: row.year, priority: row.priority, rating: row.rating }] : [];
    });
  const current = lea.trace.find((t) => t.year === year);
  const shownGroups = new Set(lea.groups.map((g) => g.group));
  const causes = (current?.groups ?? [])
    .filter((g) => shownGroups.has(g.group))
    .map((g) => ({
      group: g.group,
      areas: g.areas.map((a) => ({ area: a.area, via: a.via, rows: rowsOf(a.via, a.lines) })),
    }));
  // Local areas hold even without a present group (R2.3 (b)), so their rows are looked up directly.
  const localCauses = lea.localPriorities.map((area): AreaCause => {
    const lines = data.localIndicators
      .filter(
        (r) =>
          r.leaId === lea.leaId &&
          `P${r.priority}` === area &&
          (r.year === year || r.year === year - 1) &&
          r.line !== undefined,
      )
      .sort((a, b) => a.year - b.year)
      .map((r) => r.line as number);
    return { area, via: 'local', rows: rowsOf('local', lines) };
  });
  const { trace, ...decision } = lea;
  return {
    decision,
    leaName: data.leas.find((l) => l.leaId === lea.leaId)?.leaName ?? null,
    causes,
    localCauses,
    years: trace.map((t) => ({
      year: t.year,
      rules: t.rules,
      presentGroups: t.presentGroups,
      meetsCriteria: t.meetsCriteria,
    })),
  };
}
