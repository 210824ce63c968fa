/**
 * Builders for the DA tests (STYLE §12: `buildX(overrides)`): rows as the files would give
 * them, with the fewest words. Used by the *.test.ts files of this folder only.
 */
import type {
  ChangeLevel,
  Color,
  Indicator,
  LocalPriority,
  LocalRating,
  StatusLevel,
  StudentGroup,
} from './da-codes';
import type { DaData, IndicatorRow, LeaRow, LocalIndicatorRow } from './da-input';

export const LEA = '10000000000099';

/** A district (or other type) with id LEA unless told otherwise. */
export function buildLea(overrides: Partial<LeaRow> = {}): LeaRow {
  return { leaId: LEA, leaName: null, leaType: 'district', ...overrides };
}

/** An indicator row; `result` is a color, or `{status, change}` for a Status (and Change) only row. */
export function buildRow(
  year: number,
  group: StudentGroup,
  indicator: Indicator,
  result: Color | { status?: StatusLevel; change?: ChangeLevel; color?: Color } | null,
  overrides: Partial<IndicatorRow> = {},
): IndicatorRow {
  const parts = typeof result === 'string' ? { color: result } : (result ?? {});
  return {
    leaId: LEA,
    year,
    group,
    indicator,
    color: parts.color ?? null,
    statusLevel: 'status' in parts ? (parts.status ?? null) : null,
    changeLevel: 'change' in parts ? (parts.change ?? null) : null,
    n: 100,
    ...overrides,
  };
}

/** A local-indicator rating of the LEA (or `leaId`). */
export function buildLocal(
  year: number,
  priority: LocalPriority,
  rating: LocalRating,
  leaId = LEA,
): LocalIndicatorRow {
  return { leaId, year, priority, rating };
}

/** A run's data: one district unless `leas` is given. */
export function buildData(parts: Partial<DaData> = {}): DaData {
  return {
    leas: parts.leas ?? [buildLea()],
    indicators: parts.indicators ?? [],
    localIndicators: parts.localIndicators ?? [],
    leaStatus: parts.leaStatus ?? [],
  };
}

/** Rows that make `group` meet two areas in `year` under any color rule set: Red GRAD (P5) and Red SUSP (P6). */
export function twoAreaRows(year: number, group: StudentGroup, leaId = LEA): IndicatorRow[] {
  if (year === 2022) {
    return [
      buildRow(year, group, 'GRAD', { status: 'VERY_LOW' }, { leaId }),
      buildRow(year, group, 'SUSP', { status: 'VERY_HIGH' }, { leaId }),
    ];
  }
  return [buildRow(year, group, 'GRAD', 'RED', { leaId }), buildRow(year, group, 'SUSP', 'RED', { leaId })];
}

/** Rows that make `group` meet exactly one area in `year`: Red (2022: Very High) suspension, P6. */
export function oneAreaRows(year: number, group: StudentGroup, leaId = LEA): IndicatorRow[] {
  return [
    year === 2022
      ? buildRow(year, group, 'SUSP', { status: 'VERY_HIGH' }, { leaId })
      : buildRow(year, group, 'SUSP', 'RED', { leaId }),
  ];
}

/** A row that makes `group` present in `year` without meeting any area. */
export function presentRows(year: number, group: StudentGroup, leaId = LEA): IndicatorRow[] {
  return [
    year === 2022
      ? buildRow(year, group, 'ELA', { status: 'HIGH' }, { leaId })
      : buildRow(year, group, 'ELA', 'GREEN', { leaId }),
  ];
}
