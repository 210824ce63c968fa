/**
 * One-sentence readings of the data packet, as the source's packets write them ("21 percent
 * were newly qualified, five points higher than 2020–21"): for each figure, the latest period
 * with its change from the one before, and the region against the state. Structured here;
 * the web app words them in English or Spanish.
 */
import { residencyBandPercents, type DataPacket, type PeriodFigures } from './data-packet';

const READING_FIGURES = [
  'newlyQualified',
  'subsequentMove',
  'within60DaysOfQad',
  'within90DaysOfQad',
] as const;
export type ReadingFigure =
  (typeof READING_FIGURES)[number] | 'qualified' | 'recruitedWithin30DaysOfResidency';

export interface PacketReading {
  figure: ReadingFigure;
  period: string;
  /** The figure in that period: a percentage, or a count for `qualified`. */
  value: number | null;
  previousPeriod: string | null;
  previousValue: number | null;
  /** value − previousValue, in points (or students), rounded to one decimal; null when either is missing. */
  change: number | null;
  /** The state's value in the same period, beside a region's. */
  stateValue: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function valueOf(figure: ReadingFigure, period: PeriodFigures): number | null {
  switch (figure) {
    case 'qualified':
      return period.qualified;
    case 'recruitedWithin30DaysOfResidency':
      return residencyBandPercents(period).lt30;
    default:
      return period[`${figure}Pct`];
  }
}

/** Readings of the last period of `packet` (against `state` when the packet is a region's). */
export function readingsOf(packet: DataPacket, state?: DataPacket): PacketReading[] {
  const latest = packet.periods.at(-1);
  if (!latest) return [];
  const previous = packet.periods.at(-2) ?? null;
  const stateLatest = state?.periods.find((p) => p.period === latest.period) ?? null;
  const figures: ReadingFigure[] = ['qualified', ...READING_FIGURES, 'recruitedWithin30DaysOfResidency'];
  return figures.map((figure) => {
    const value = valueOf(figure, latest);
    const previousValue = previous ? valueOf(figure, previous) : null;
    return {
      figure,
      period: latest.period,
      value,
      previousPeriod: previous?.period ?? null,
      previousValue,
      change: value === null || previousValue === null ? null : round1(value - previousValue),
      stateValue: stateLatest && packet !== state ? valueOf(figure, stateLatest) : null,
    };
  });
}
