/**
 * What an approved COE updates beyond itself (docs/rules/identification-and-recruitment.md,
 * IR1): the referrals it answers, the children's family, and their enrollment in the school
 * district of the interview.
 */
import type { CalendarDate } from '../common/calendar-date';
import { normalizePlaceText } from '../eligibility/qualifying-move';
import type { InterviewFacts } from './coe-types';

/** An open or closed referral, as far as approval judges it. */
export interface ReferralOnApproval {
  id: string;
  status: 'pending' | 'in-progress' | 'interviewed' | 'closed';
  matchedChildId: string | null;
  /** The referral's key (see referralKey): first name, surnames and birth date. */
  referralKey: string;
}

/** A child of the approved COE: their Ciclo record and the key their name and birth date make. */
export interface ChildOnApproval {
  childId: string;
  referralKey: string;
}

/**
 * IR1.1, IR1.2: the referrals an approved COE closes, in the order given: the referral it was
 * prepared from, and every referral not yet closed of a child the COE certifies (the referral
 * names a child of the COE, or the same name and birth date).
 */
export function referralsClosedByApproval(
  referralId: string | null,
  children: readonly ChildOnApproval[],
  referrals: readonly ReferralOnApproval[],
): string[] {
  const childIds = new Set(children.map((c) => c.childId));
  const keys = new Set(children.map((c) => c.referralKey));
  return referrals
    .filter(
      (r) =>
        r.status !== 'closed' &&
        (r.id === referralId ||
          (r.matchedChildId !== null && childIds.has(r.matchedChildId)) ||
          keys.has(r.referralKey)),
    )
    .map((r) => r.id);
}

/**
 * IR1.3: the family a child of an approved COE belongs to afterwards — the family of the
 * interview; null when the child stays where they are (no family on the COE, or already in it).
 */
export function familyMoveOnApproval(
  childFamilyId: string | null,
  coeFamilyId: string | null,
): { from: string | null; to: string } | null {
  if (!coeFamilyId || childFamilyId === coeFamilyId) return null;
  return { from: childFamilyId, to: coeFamilyId };
}

/**
 * IR1.4: the enrollment an approved COE gives a child in the district of the interview, from
 * the residency date (the interview date when the COE has none); null when the COE names no
 * district or the child is already enrolled there on that date.
 */
export function enrollmentOnApproval(
  coe: { districtId: string | null; residencyDate: CalendarDate | null; interviewDate: CalendarDate },
  enrollments: ReadonlyArray<{
    districtId: string;
    enrollmentDate: CalendarDate;
    exitDate: CalendarDate | null;
  }>,
): { districtId: string; enrollmentDate: CalendarDate; residencyDate: CalendarDate | null } | null {
  if (!coe.districtId) return null;
  const from = coe.residencyDate ?? coe.interviewDate;
  const enrolled = enrollments.some(
    (e) => e.districtId === coe.districtId && (e.exitDate === null || e.exitDate >= from),
  );
  if (enrolled) return null;
  return { districtId: coe.districtId, enrollmentDate: from, residencyDate: coe.residencyDate };
}

/** A district name as compared: normalized (R3.2's way), without a trailing "school district", USD and ESD spelled out. */
function districtNameKey(name: string | undefined): string {
  return normalizePlaceText(name)
    .replace(/[.,]/g, '')
    .replace(/ school district$/, '')
    .replace(/ usd$/, ' unified')
    .replace(/ esd$/, ' elementary')
    .trim();
}

/**
 * IR1.5: the school district of the interview — the district the latest move of the interview
 * arrived in, among the region's districts by name (spacing, case and a trailing "school
 * district" aside); null when none of them is that district.
 */
export function districtOfInterview(
  interview: Pick<InterviewFacts, 'moves'>,
  districts: ReadonlyArray<{ id: string; name: string }>,
): string | null {
  const latest = [...interview.moves]
    .filter((m) => m.to.schoolDistrict)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
  if (!latest) return null;
  const wanted = districtNameKey(latest.to.schoolDistrict);
  return districts.find((d) => districtNameKey(d.name) === wanted)?.id ?? null;
}
