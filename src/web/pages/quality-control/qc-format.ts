import { hasPermission } from '../../../core/people/roles';
import type { TFunction } from 'i18next';
import { formatDate } from '../../app/format';
import type { DiscrepancyRate, Reinterview, UserRow } from './qc-types';

/** A share from 0 to 1 as a percentage, with at most one decimal. */
export function formatPercent(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'es' ? 'es-US' : 'en-US', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(value);
}

/** The discrepancy rate and its 95% interval as text, or null while nothing is completed. */
export function formatRate(
  rate: Pick<DiscrepancyRate, 'rate' | 'low' | 'high'>,
  language: string,
): { rate: string; interval: string } | null {
  if (rate.rate === null || rate.low === null || rate.high === null) return null;
  return {
    rate: formatPercent(rate.rate, language),
    interval: `${formatPercent(rate.low, language)} – ${formatPercent(rate.high, language)}`,
  };
}

/** Active users whose role may re-interview, by name. */
export function reinterviewersOf<User extends Pick<UserRow, 'displayName' | 'role' | 'isActive'>>(
  users: readonly User[],
): User[] {
  return users
    .filter((user) => user.isActive && hasPermission(user.role, 'qc.reinterview'))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Re-interviews in a stable order (region, then COE), so lists do not shuffle when refetched. */
export function sortedItems(items: readonly Reinterview[]): Reinterview[] {
  return [...items].sort((a, b) => a.regionNumber - b.regionNumber || a.coeId.localeCompare(b.coeId));
}

/** Re-interviews grouped by region number, regions in order. */
export function itemsByRegion(
  items: readonly Reinterview[],
): Array<{ regionNumber: number; items: Reinterview[] }> {
  const groups = new Map<number, Reinterview[]>();
  for (const item of sortedItems(items))
    groups.set(item.regionNumber, [...(groups.get(item.regionNumber) ?? []), item]);
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([regionNumber, list]) => ({ regionNumber, items: list }));
}

/** The calendar date (YYYY-MM-DD) `days` days before `date`, in local time. */
export function localDate(date: Date, daysBefore = 0): string {
  const day = new Date(date.getFullYear(), date.getMonth(), date.getDate() - daysBefore);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/**
 * How a re-interview is named: the family the COE certifies and the day of its interview
 * (what a re-interviewer looks for), the COE's short id only when it names no family.
 */
export function reinterviewLabel(
  item: Pick<Reinterview, 'coeId' | 'familyName' | 'interviewDate'>,
  t: TFunction,
  language: string,
): string {
  if (!item.familyName) return t('qualityControl.coe', { id: item.coeId.slice(0, 8) });
  return t('qualityControl.family', {
    family: item.familyName,
    date: formatDate(item.interviewDate, language),
  });
}
