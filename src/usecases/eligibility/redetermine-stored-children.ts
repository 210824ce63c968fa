import { determineValidInterview } from '../../core/eligibility/determine-eligibility';
import type { EligibilitySettings } from '../../core/eligibility/eligibility-settings';
import type { Db } from '../../data/db';
import { holdSettingVersion, STATE_SETTING_KEYS } from '../../data/repositories/state-settings.repository';
import {
  approvedCoeBatches,
  writeRedeterminations,
  type StoredChildDetermination,
} from '../../data/repositories/eligibility-redetermination.repository';

export interface RedeterminationSummary {
  coes: number;
  children: number;
  changed: number;
  nowEligible: number;
  noLongerEligible: number;
}

const BATCH = 4_000;
/** Batches being written while the next is read and determined (the server overlaps them; PGlite queues them). */
const WRITES_IN_FLIGHT = 2;

const FACTS = [
  'eligible',
  'qad',
  'eligibility_end_date',
  'end_reason',
  'basis',
  'relation',
  'worker_move_date',
] as const;

/**
 * Run the engine again, with `settings`, on the interview of every approved COE, and write
 * what changed for each child (the COE's children, their eligibility records, the COE's
 * determination). Reads and writes in batches, one transaction per batch, a batch written
 * while the next is read, so a state's whole caseload goes through with flat memory; rows
 * that did not change are not written. `savedAt` is the version the settings were saved at;
 * when a newer save comes, the walk stops (the counts are those of what it went through).
 */
export function redetermineStoredChildren(
  db: Db,
  settings: EligibilitySettings,
  savedAt: number,
  onProgress?: (done: RedeterminationSummary) => void,
): Promise<RedeterminationSummary> {
  // Each batch is written holding the settings' version, and only while it is still the one
  // these settings were saved at: a newer save waits for the batch being written, then
  // re-determines every child itself, and this walk stops instead of writing over it.
  const stillCurrent = async (trx: Db) =>
    (await holdSettingVersion(trx, STATE_SETTING_KEYS.eligibility)) === savedAt;
  return walkStoredChildren(db, settings, { write: true, stillCurrent, onProgress });
}

/**
 * What `redetermineStoredChildren` would change with `settings`, counted the same way, without
 * writing anything: the preview a state administrator reads before saving new settings.
 */
export function countRedeterminations(
  db: Db,
  settings: EligibilitySettings,
): Promise<RedeterminationSummary> {
  return walkStoredChildren(db, settings, { write: false });
}

async function walkStoredChildren(
  db: Db,
  settings: EligibilitySettings,
  {
    write,
    stillCurrent,
    onProgress,
  }: {
    write: boolean;
    stillCurrent?: (trx: Db) => Promise<boolean>;
    onProgress?: (done: RedeterminationSummary) => void;
  },
): Promise<RedeterminationSummary> {
  const summary: RedeterminationSummary = {
    coes: 0,
    children: 0,
    changed: 0,
    nowEligible: 0,
    noLongerEligible: 0,
  };
  const writes: Array<Promise<boolean>> = [];
  let superseded = false;
  for await (const batch of approvedCoeBatches(db, BATCH)) {
    if (superseded) break;
    const changedChildren: Array<StoredChildDetermination & { moved_with_worker: boolean }> = [];
    const changedCoes: Array<{ id: string; determination: unknown }> = [];
    for (const coe of batch) {
      const determination = determineValidInterview(coe.interview, { settings });
      let coeChanged = false;
      for (const before of coe.children) {
        const result = determination.children.find((child) => child.child === before.interview_child_id);
        if (!result) continue;
        summary.children += 1;
        const after: StoredChildDetermination = {
          ...before,
          eligible: result.eligible,
          qad: result.qad,
          eligibility_end_date: result.eligibilityEndDate,
          end_reason: result.endReason,
          basis: result.basis,
          relation: result.relation,
          worker_move_date: result.workerMoveDate,
        };
        if (FACTS.every((fact) => before[fact] === after[fact])) continue;
        coeChanged = true;
        summary.changed += 1;
        if (after.eligible && !before.eligible) summary.nowEligible += 1;
        if (!after.eligible && before.eligible) summary.noLongerEligible += 1;
        changedChildren.push({ ...after, moved_with_worker: after.relation === 'with' });
      }
      if (coeChanged) changedCoes.push({ id: coe.id, determination });
    }
    summary.coes += batch.length;
    if (write && changedChildren.length > 0) {
      const written = writeRedeterminations(db, changedChildren, changedCoes, stillCurrent);
      written.catch(() => undefined); // awaited below; this only keeps a failure from going unhandled meanwhile
      writes.push(written);
    }
    if (writes.length >= WRITES_IN_FLIGHT && !(await writes.shift())) superseded = true;
    onProgress?.({ ...summary });
  }
  await Promise.all(writes);
  return summary;
}
