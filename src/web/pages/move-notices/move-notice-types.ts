import type { Static } from '@sinclair/typebox';
import { queryString } from '../../app/api';
import type {
  MoveNoticeImportReply,
  MoveNoticeList,
  MoveNoticeOutcomesReply,
  MoveNoticeReply,
} from '../../../server/routes/exchange/move-notices.schemas';

export type MoveNotice = Static<typeof MoveNoticeReply>;
export type MoveNotices = Static<typeof MoveNoticeList>;
export type MoveNoticeImportSummary = Static<typeof MoveNoticeImportReply>;
export type MoveNoticeOutcomes = Static<typeof MoveNoticeOutcomesReply>;
export { MOVE_NOTICE_OUTCOMES } from '../../../core/exchange/move-notice';

/** Where a task's move notice is read, and kept on the device with its referral (ID8). */
export function moveNoticesOfReferral(referralId: string): string {
  return `/api/msix/move-notices${queryString({ referralId })}`;
}

/**
 * X10.4 on a copy read offline: a notice pending when it was last synced is overdue once its
 * due date has passed (the server says so only when asked again).
 */
export function deadlineStatusOn(
  notice: Pick<MoveNotice, 'deadlineStatus' | 'dueDate'>,
  today: string,
): MoveNotice['deadlineStatus'] {
  return notice.deadlineStatus === 'pending' && today > notice.dueDate ? 'overdue' : notice.deadlineStatus;
}

/** A place as the notice gives it: `Yuma, AZ` (the city when known). */
export function placeOf(place: { city: string | null; state: string; zip?: string | null }): string {
  return [place.city, [place.state, place.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}
