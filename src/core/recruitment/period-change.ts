/**
 * How the data packet states a change between two periods, as the source's packets and aims
 * write it (docs/rules/data-packet.md, DP2): a percentage changes by percentage points ("21
 * percent were newly qualified, five points higher than 2020–21"); a count changes by a
 * relative percent ("the children recruited increased by 30 percent"; Region 23's aim, "+20
 * percent each quarter"). The one rule every change in the packet goes through.
 */
import { percent } from './data-packet';

/** `points` for a figure that is a percentage, `percent` (relative) for a count. */
export type ChangeUnit = 'points' | 'percent';

export interface PeriodChange {
  unit: ChangeUnit;
  /** Signed, to one decimal; null when either value is missing, or a count was 0 before. */
  value: number | null;
}

/**
 * DP2.1, DP2.2: the change from `previous` to `current` of a figure of `kind`. Points are the
 * difference rounded to one decimal; a relative percent is 100 × (current − previous) ÷
 * previous, rounded as every percentage of the packet (one decimal, halves away from zero),
 * and has no value when there was nothing before (0 → anything is no percent).
 */
export function changeBetween(
  kind: 'percentage' | 'count',
  current: number | null,
  previous: number | null,
): PeriodChange {
  if (kind === 'percentage')
    return {
      unit: 'points',
      value: current === null || previous === null ? null : Math.round((current - previous) * 10) / 10,
    };
  if (current === null || previous === null || previous === 0) return { unit: 'percent', value: null };
  const difference = current - previous;
  const magnitude = percent(Math.abs(difference), previous)!;
  return { unit: 'percent', value: difference < 0 ? -magnitude : magnitude };
}
