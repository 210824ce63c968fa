import {
  consolidatedRecordSummary,
  type ConsolidatedRecord,
  type ConsolidatedStateHistory,
  type ConsolidatedStudent,
} from '../../core/exchange/msix-consolidated-record';
import { consolidatedRecordPolicy } from '../../core/exchange/msix-consolidated-record.policy';
import { authorize } from '../../core/people/policy';
import type { Db } from '../../data/db';
import type { ConsolidatedRecordRow } from '../../data/repositories/msix-consolidated-records.repository';
import type { UseCaseContext } from '../context';
import { loadChildFor } from '../children/load-child';

/** A consolidated record attached to a child, as the child's page shows it (X11.3). */
export interface ConsolidatedRecordView {
  id: string;
  msixId: string;
  sendingStates: string[];
  /** The day Ciclo received it (the state's today when it was attached). */
  receivedOn: string;
  fileName: string | null;
  attachedBy: string;
  attachedAt: string;
  detachedBy: string | null;
  detachedAt: string | null;
  version: number;
  student: ConsolidatedStudent;
  /** Per sending state, in X11.3's order. */
  states: ConsolidatedStateHistory[];
}

export function consolidatedRecordView(row: ConsolidatedRecordRow): ConsolidatedRecordView {
  const record = row.record as ConsolidatedRecord;
  return {
    id: row.id,
    msixId: row.msix_id,
    sendingStates: row.sending_states,
    receivedOn: row.received_on,
    fileName: row.file_name,
    attachedBy: row.attached_by_label,
    attachedAt: row.attached_at.toISOString(),
    detachedBy: row.detached_by_label,
    detachedAt: row.detached_at ? row.detached_at.toISOString() : null,
    version: row.version,
    student: record.student,
    states: consolidatedRecordSummary(record),
  };
}

const NOT_FOUND = 'No child with that id.';

/**
 * The child (in the actor's scope, `not_found` otherwise) whose consolidated records the
 * actor reads or, with `attach`, attaches and detaches (`forbidden` without the right, X11.4).
 */
export async function loadChildForRecords(
  ctx: UseCaseContext,
  db: Db,
  childId: string,
  action: 'read' | 'attach',
) {
  const loaded = await loadChildFor(ctx, db, childId, 'read');
  authorize(consolidatedRecordPolicy, ctx.actor, action, loaded.subject, NOT_FOUND);
  return loaded;
}
