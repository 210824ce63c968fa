import { periodStartingIn, periodStartYearOf } from '../../core/recruitment/performance-period';
import { todayInState } from './format';

/** The performance period that holds `today` (the state's today unless given), as `2026-27`. */
export function currentPeriod(today: string = todayInState()): string {
  return periodStartingIn(periodStartYearOf(today)).name;
}

/** The performance period of `today` and the `count - 1` before it, newest first: the periods a page offers. */
export function recentPeriods(count: number, today: string = todayInState()): string[] {
  const year = periodStartYearOf(today);
  return Array.from({ length: count }, (_, i) => periodStartingIn(year - i).name);
}
