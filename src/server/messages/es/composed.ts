/**
 * How messages are put together from other messages (a field before its reason, a count of
 * further problems): the parts are translated on their own. Not written as literals in the
 * source, so the coverage test counts these entries as used.
 */
export const composed: Record<string, string> = {
  '{field}: {message}': '{field}: {message}',
  '{message} (and {count} more problems)': '{message} (y {count} problemas más)',
  '{message} (and 1 more problem)': '{message} (y 1 problema más)',
};
