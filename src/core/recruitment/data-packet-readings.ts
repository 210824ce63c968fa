/**
 * One-sentence readings of the data packet, as the source's packets write them ("21 percent
 * were newly qualified, five points higher than 2020–21"): for each figure, the latest period
 * with its change from the one before, and the region against the state. Structured here;
 * the web app words them in English or Spanish.
 */
import { residencyBandPercents, type DataPacket, type PeriodFigures } from './data-packet';
import { changeBetween, type ChangeUnit } from './period-change';

/** The figures read as a percentage (their `…Pct`). */
const PERCENT_FIGURES = [
  'newlyQualified',
  'subsequentMove',
  'subsequentMoveByBasis',
  'within60DaysOfQad',
  'within90DaysOfQad',
  'familiesWithin90DaysOfQad',
] as const;
/** The figures read as a count. */
const COUNT_FIGURES = ['qualified', 'newFamilies'] as const;
export type ReadingFigure =
  (typeof PERCENT_FIGURES)[number] | (typeof COUNT_FIGURES)[number] | 'recruitedWithin30DaysOfResidency';

export interface PacketReading {
  figure: ReadingFigure;
  period: string;
  /** The figure in that period: a percentage, or a count (`qualified`, `newFamilies`). */
  value: number | null;
  previousPeriod: string | null;
  previousValue: number | null;
  /** The change from the period before (DP2): in points for a percentage, a relative percent for a count. */
  change: number | null;
  changeUnit: ChangeUnit;
  /** The state's value in the same period, beside a region's. */
  stateValue: number | null;
}

const isCount = (figure: ReadingFigure) => (COUNT_FIGURES as readonly string[]).includes(figure);

function valueOf(figure: ReadingFigure, period: PeriodFigures): number | null {
  switch (figure) {
    case 'qualified':
    case 'newFamilies':
      return period[figure];
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
  const figures: ReadingFigure[] = [
    'qualified',
    ...PERCENT_FIGURES,
    'recruitedWithin30DaysOfResidency',
    'newFamilies',
  ];
  return figures.map((figure) => {
    const value = valueOf(figure, latest);
    const previousValue = previous ? valueOf(figure, previous) : null;
    const change = changeBetween(isCount(figure) ? 'count' : 'percentage', value, previousValue);
    return {
      figure,
      period: latest.period,
      value,
      previousPeriod: previous?.period ?? null,
      previousValue,
      change: change.value,
      changeUnit: change.unit,
      stateValue: stateLatest && packet !== state ? valueOf(figure, stateLatest) : null,
    };
  });
}
