/** The replies of the MPO outcomes and APPR routes: the types of their own schemas. */
import type { Static } from '@sinclair/typebox';
import type { ApprReply, StateRollUpReply } from '../../../server/routes/appr/appr.schemas';
import type {
  MpoOutcomesReply,
  MpoViewSchema,
} from '../../../server/routes/mpo-outcomes/mpo-outcomes.schemas';

export type MpoOutcomesView = Static<typeof MpoOutcomesReply>;
export type MpoView = Static<typeof MpoViewSchema>;
export type ApprView = Static<typeof ApprReply>;
export type StateRollUpView = Static<typeof StateRollUpReply>;
export type MpoStatus = MpoView['status'];

export { FUNNEL_STEPS, REVIEW_FIELDS, REVIEW_MAX_LENGTH } from '../../../core/services/appr';
export { SERVICE_TERMS, type ServiceTerm } from '../../../core/services/service-records';

/** The colour of a status badge: dark enough for white text (WCAG AA). */
export const STATUS_COLORS: Record<MpoStatus, string> = {
  met: 'teal.9',
  notMet: 'red.9',
  insufficient: 'gray.7',
};
