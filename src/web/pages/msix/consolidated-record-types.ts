import type { Static } from '@sinclair/typebox';
import type {
  ChildConsolidatedRecordsReply,
  ConsolidatedRecordReply,
  ImportReply,
} from '../../../server/routes/exchange/consolidated-records.schemas';

export type ChildConsolidatedRecords = Static<typeof ChildConsolidatedRecordsReply>;
export type ConsolidatedRecord = Static<typeof ConsolidatedRecordReply>;
export type ConsolidatedStateHistory = ConsolidatedRecord['states'][number];
export type RecordProposals = Static<typeof ImportReply>;
export type RecordProposal = RecordProposals['records'][number];
