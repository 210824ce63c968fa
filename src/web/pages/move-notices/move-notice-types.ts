import type { Static } from '@sinclair/typebox';
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

/** A place as the notice gives it: `Yuma, AZ` (the city when known). */
export function placeOf(place: { city: string | null; state: string; zip?: string | null }): string {
  return [place.city, [place.state, place.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}
