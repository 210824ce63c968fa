/** Children as the API returns them: the types of its own schemas. */
import type { Static } from '@sinclair/typebox';
import type {
  ChildReply,
  ChildSummary as ChildSummarySchema,
  LikelyMatchesReply,
} from '../../../server/routes/children/children.schemas';
import type { EligibilityHistoryReply } from '../../../server/routes/eligibility/eligibility.schemas';

/** A child of GET /api/children. */
export type ChildSummary = Static<typeof ChildSummarySchema>;
/** The child as GET /api/children/:id returns it. */
export type ChildDetail = Static<typeof ChildReply>;
/** GET /api/children/:id/eligibility. */
export type EligibilityHistory = Static<typeof EligibilityHistoryReply>;
/** GET /api/children/likely-matches: children in scope who are likely the one being entered. */
export type LikelyMatchList = Static<typeof LikelyMatchesReply>;
