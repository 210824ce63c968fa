/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysUntil(from: string, to: string): number {
  const day = (date: string) => {
    const [year, month, dayOfMonth] = date.split('-').map(Number);
    return Date.UTC(year ?? 0, (month ?? 1) - 1, dayOfMonth ?? 1) / 86_400_000;
  };
  return Math.round(day(to) - day(from));
}

/** A value of the address's query that must be one of `allowed`, else the first. */
export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T {
  return allowed.find((option) => option === value) ?? allowed[0]!;
}
