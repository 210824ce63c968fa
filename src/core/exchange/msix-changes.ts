/**
 * What an export sends: the children whose MDE record changed since the last export's snapshot,
 * each with MSIX's action code (docs/rules/msix.md X5). Unchanged children are not sent.
 */
import type { MsixChildRecord } from './msix-record';

export type MsixAction = 'insert' | 'update' | 'delete';

export interface MsixChange {
  childKey: string;
  action: MsixAction;
  /** The record now held; null for a delete, which sends the last record sent. */
  record: MsixChildRecord | null;
  /** The record of the last export; null for an insert. */
  previous: MsixChildRecord | null;
}

/**
 * X5.2: a record's canonical text — object keys sorted, absent and null fields dropped, array
 * order kept (the order of moves and enrollments is part of the record) — so two records that
 * say the same thing compare equal whatever order their keys were built in.
 */
export function canonicalMsixRecord(record: MsixChildRecord): string {
  return JSON.stringify(canonical(record));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const field = (value as Record<string, unknown>)[key];
      if (field === null || field === undefined) continue;
      out[key] = canonical(field);
    }
    return out;
  }
  return value;
}

function byKey(a: MsixChange, b: MsixChange): number {
  return a.childKey < b.childKey ? -1 : a.childKey > b.childKey ? 1 : 0;
}

/**
 * X5.1–X5.4: the changes from `previous` (the last export's snapshot) to `current`, both keyed
 * by Ciclo's child key. A child only in `current` is an insert, one in both whose canonical
 * record differs an update, one only in `previous` a delete. Sorted by child key.
 */
export function msixChanges(
  previous: ReadonlyMap<string, MsixChildRecord>,
  current: ReadonlyMap<string, MsixChildRecord>,
): MsixChange[] {
  const changes: MsixChange[] = [];
  for (const [childKey, record] of current) {
    const before = previous.get(childKey);
    if (!before) changes.push({ childKey, action: 'insert', record, previous: null });
    else if (canonicalMsixRecord(before) !== canonicalMsixRecord(record))
      changes.push({ childKey, action: 'update', record, previous: before });
  }
  for (const [childKey, before] of previous)
    if (!current.has(childKey)) changes.push({ childKey, action: 'delete', record: null, previous: before });
  return changes.sort(byKey);
}
