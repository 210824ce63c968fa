/**
 * The engine's input as typed rows: one type per file of FORMAT.md "Files in". Rows read from
 * a file keep their line number so a decision's trace can point back at them.
 */
import type {
  ChangeLevel,
  Color,
  Indicator,
  LeaType,
  LocalPriority,
  LocalRating,
  StatusLevel,
  StudentGroup,
} from './da-codes';

/** request.json: the determination (Dashboard) year and, optionally, the rule set's id. */
export interface DaRequest {
  year: number;
  /** Default `CA-<year>`. */
  rules?: string;
}

/** leas.csv: the universe of the run. */
export interface LeaRow {
  leaId: string;
  leaName: string | null;
  leaType: LeaType;
  line?: number;
}

/** indicators.csv: one LEA × year × student group × state indicator. */
export interface IndicatorRow {
  leaId: string;
  year: number;
  group: StudentGroup;
  indicator: Indicator;
  color: Color | null;
  statusLevel: StatusLevel | null;
  changeLevel: ChangeLevel | null;
  /** The current-year denominator; null when the Dashboard already applied the minimum. */
  n: number | null;
  line?: number;
}

/** local_indicators.csv: one LEA × year × local-indicator priority. */
export interface LocalIndicatorRow {
  leaId: string;
  year: number;
  priority: LocalPriority;
  rating: LocalRating;
  line?: number;
}

/** lea_status.csv: LEA-level flags of a year. */
export interface LeaStatusRow {
  leaId: string;
  year: number;
  /** `calpads_late` = `Y`: the LEA failed to submit CALPADS data on time (EC 60900). */
  calpadsLate: boolean;
  line?: number;
}

/** Everything a run reads besides the request; earlier years sit in the same lists. */
export interface DaData {
  leas: LeaRow[];
  indicators: IndicatorRow[];
  localIndicators: LocalIndicatorRow[];
  leaStatus: LeaStatusRow[];
}
