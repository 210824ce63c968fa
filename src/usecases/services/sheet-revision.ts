import { createHash } from 'node:crypto';

/**
 * A short fingerprint of an attendance sheet as stored: who is on it and the minutes recorded
 * for each. A save names the revision it was taken on, so a sheet someone else saved meanwhile
 * is never overwritten unseen.
 */
export function sheetRevision(roster: ReadonlyArray<{ student_id: string; minutes: number | null }>): string {
  const rows = roster
    .map((row) => [row.student_id, row.minutes])
    .sort(([a], [b]) => String(a).localeCompare(String(b)));
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16);
}
