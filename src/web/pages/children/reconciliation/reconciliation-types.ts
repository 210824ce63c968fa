/** The reconciliation of children as the API returns it: the types of its own schemas. */
import type { Static } from '@sinclair/typebox';
import type {
  ChildRowsReply,
  MatchProposalsReply,
  MatchSettingsReply,
  OperationReply,
  OperationsReply,
  RetiredChildReply,
} from '../../../../server/routes/children/child-reconciliation.schemas';

/** GET /api/children/reconciliation/settings. */
export type MatchSettings = Static<typeof MatchSettingsReply>;
/** GET /api/children/reconciliation/matches. */
export type MatchProposals = Static<typeof MatchProposalsReply>;
export type MatchProposal = MatchProposals['items'][number];
export type SideBySideChild = MatchProposal['first'];
/** A merge or split. */
export type ChildOperation = Static<typeof OperationReply>;
/** GET /api/children/reconciliation/operations. */
export type ChildOperations = Static<typeof OperationsReply>;
/** GET /api/children/:id/records. */
export type ChildRows = Static<typeof ChildRowsReply>;
/** GET /api/children/:id/merged-into: a child a merge retired. */
export type RetiredChild = Static<typeof RetiredChildReply>;
