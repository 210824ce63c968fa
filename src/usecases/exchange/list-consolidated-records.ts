import { consolidatedRecordPolicy } from '../../core/exchange/msix-consolidated-record.policy';
import { listConsolidatedRecordsOfChild } from '../../data/repositories/msix-consolidated-records.repository';
import type { UseCaseContext } from '../context';
import {
  consolidatedRecordView,
  loadChildForRecords,
  type ConsolidatedRecordView,
} from './consolidated-record-view';

export interface ChildConsolidatedRecords {
  /** The records shown on the child's page, the latest attached first. */
  attached: ConsolidatedRecordView[];
  /** Those detached, kept so a detach can be undone (X11.4). */
  detached: ConsolidatedRecordView[];
  abilities: { canAttach: boolean };
}

/** X11.3: a child's consolidated records from other states, for whoever reads the child. */
export async function listConsolidatedRecords(
  ctx: UseCaseContext,
  childId: string,
): Promise<ChildConsolidatedRecords> {
  const { subject } = await loadChildForRecords(ctx, ctx.db, childId, 'read');
  const views = (await listConsolidatedRecordsOfChild(ctx.db, childId)).map(consolidatedRecordView);
  return {
    attached: views.filter((v) => v.detachedAt === null),
    detached: views.filter((v) => v.detachedAt !== null),
    abilities: { canAttach: consolidatedRecordPolicy.can(ctx.actor, 'attach', subject) },
  };
}
