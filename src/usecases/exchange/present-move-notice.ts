import type { CalendarDate } from '../../core/common/calendar-date';
import {
  moveNoticeDeadline,
  type MoveNoticeChild,
  type MoveNoticeOutcome,
} from '../../core/exchange/move-notice';
import type { MoveNoticeAccess } from '../../core/exchange/move-notice.policy';
import type { WorkingCalendar } from '../../core/exchange/msix-deadlines';
import type { MsixDeadlineStatus } from '../../core/exchange/msix-deadlines';
import type { Actor } from '../../core/people/access-scope';
import { moveNoticePolicy } from '../../core/exchange/move-notice.policy';
import type { MoveNoticeRow } from '../../data/repositories/msix-move-notices.repository';

/** A move notice as the task's page, the queue and the MSIX page show it. */
export interface MoveNoticeSummary {
  id: string;
  noticeId: string;
  regionId: string;
  referralId: string;
  districtName: string;
  noticeDate: string;
  children: MoveNoticeChild[];
  parents: string[];
  phone: string | null;
  address: string | null;
  from: { city: string | null; state: string };
  to: { city: string; state: string; county: string | null; zip: string | null };
  expectedArrival: string | null;
  sender: { name: string | null; phone: string | null; email: string | null };
  comments: string | null;
  /** X10.4: the answer's due date and where it stands. */
  dueDate: string;
  deadlineStatus: MsixDeadlineStatus;
  outcome: {
    outcome: MoveNoticeOutcome;
    outcomeOn: string;
    movedToCity: string | null;
    movedToState: string | null;
    coeId: string | null;
    recordedBy: string | null;
  } | null;
  /** The day the outcome file that sent the answer was made; null while not sent. */
  sentOn: string | null;
  abilities: { answer: boolean };
  version: number;
}

interface FamilyJson {
  parents?: string[];
  phone?: string | null;
  address?: string | null;
  sender?: { name: string | null; phone: string | null; email: string | null };
  comments?: string | null;
}

export function moveNoticeAccessOf(row: MoveNoticeRow): MoveNoticeAccess {
  return { regionId: row.region_id, districtId: row.district_id, assignedToId: row.assigned_to };
}

export function presentMoveNotice(
  row: MoveNoticeRow,
  actor: Actor,
  today: CalendarDate,
  calendar: WorkingCalendar,
): MoveNoticeSummary {
  const family = (row.family ?? {}) as FamilyJson;
  const deadline = moveNoticeDeadline({ noticeDate: row.notice_date, sentOn: row.sent_on }, today, calendar);
  return {
    id: row.id,
    noticeId: row.notice_id,
    regionId: row.region_id,
    referralId: row.referral_id,
    districtName: row.district_name,
    noticeDate: row.notice_date,
    children: row.children as unknown as MoveNoticeChild[],
    parents: family.parents ?? [],
    phone: family.phone ?? null,
    address: family.address ?? null,
    from: { city: row.from_city, state: row.sending_state },
    to: { city: row.to_city, state: row.to_state, county: row.to_county, zip: row.to_zip },
    expectedArrival: row.expected_arrival,
    sender: family.sender ?? { name: null, phone: null, email: null },
    comments: family.comments ?? null,
    dueDate: deadline.dueDate,
    deadlineStatus: deadline.status,
    outcome:
      row.outcome && row.outcome_on
        ? {
            outcome: row.outcome,
            outcomeOn: row.outcome_on,
            movedToCity: row.moved_to_city,
            movedToState: row.moved_to_state,
            coeId: row.outcome_coe_id,
            recordedBy: row.outcome_by_name,
          }
        : null,
    sentOn: row.sent_on,
    abilities: {
      answer:
        row.outcome_export_id === null && moveNoticePolicy.can(actor, 'answer', moveNoticeAccessOf(row)),
    },
    version: row.version,
  };
}
