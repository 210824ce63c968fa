/** Only the fields that changed, as `field: [before, after]`; whole records for creates and deletes. */
export function changedValues(before: unknown, after: unknown): unknown {
  if (!isRecord(before) || !isRecord(after)) return after ?? before;
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = [before[key], after[key]];
  }
  return changes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
