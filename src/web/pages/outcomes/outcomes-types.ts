/** The replies of the MPO outcomes and APPR routes: the types of their own schemas. */
import type { Static } from '@sinclair/typebox';
import { periodStartYearOf, periodStartingIn } from '../../../core/recruitment/performance-period';
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

/** The performance period that holds `today` (services run during it: its figures are live). */
export function currentPeriod(today: Date): string {
  return periodStartingIn(periodStartYearOf(today.toISOString().slice(0, 10))).name;
}

/** Periods a user can pick: the current one and the nine before it, newest first. */
export function recentPeriods(today: Date): string[] {
  const start = periodStartYearOf(today.toISOString().slice(0, 10));
  return Array.from({ length: 10 }, (_, i) => periodStartingIn(start - i).name);
}

/** The colour of a status badge: dark enough for white text (WCAG AA). */
export const STATUS_COLORS: Record<MpoStatus, string> = {
  met: 'teal.9',
  notMet: 'red.9',
  insufficient: 'gray.7',
};
