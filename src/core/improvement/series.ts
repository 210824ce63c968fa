/**
 * A measure over time (IP1.1): one value per period in time order, `null` for a period with no
 * data. The rules of run charts (and, later, control charts) read a series through these
 * helpers, so a missing period is handled the same way everywhere.
 */

/** One period's value; null when the period has no data. */
export type SeriesValue = number | null;

/** A period that has a value, with its position in the series (0-based). */
export interface SeriesPoint {
  index: number;
  value: number;
}

/** The periods that have a value, in time order (IP1.1: a missing period is left out). */
export function presentPoints(values: readonly SeriesValue[]): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  values.forEach((value, index) => {
    if (value !== null) points.push({ index, value });
  });
  return points;
}

/** The median of some numbers (IP1.2): the middle one, or the mean of the two middle ones. */
export function medianOf(numbers: readonly number[]): number | null {
  if (numbers.length === 0) return null;
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
