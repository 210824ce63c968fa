import type { ReinterviewSubject } from '../../core/quality-control/reinterview.policy';

/** What the re-interview policy is asked about a stored re-interview. */
export function reinterviewSubjectOf(row: {
  region_id: string;
  reinterviewer_id: string | null;
  result: 'confirmed' | 'discrepancy' | null;
}): ReinterviewSubject {
  return { regionId: row.region_id, reinterviewerId: row.reinterviewer_id, result: row.result };
}
