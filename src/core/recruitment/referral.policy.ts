import { canReachRecord, canWriteInDistrict, canWriteInRegion, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission, type Role } from '../people/roles';

/** A referral as far as access cares: where it was listed and who is contacting the family. */
export interface ReferralAccess {
  regionId: string;
  districtId: string;
  assignedToId: string | null;
}

/**
 * Who may do what with a referral of the contact queue (README "Contact queue"): its region's
 * staff read it (district staff only their district's); I&R managers assign it; recruiters
 * log contacts with the family, a recruiter only on a referral not assigned to someone else;
 * those who assign referrals also override the rules' priority of one.
 */
export const referralPolicy = definePolicy<'assign' | 'contact' | 'override', ReferralAccess>({
  read: (actor, referral) =>
    hasPermission(actor.role, 'referral.read') &&
    canReachRecord(actor, { regionId: referral.regionId, districtIds: [referral.districtId] }),
  assign: (actor, referral) =>
    hasPermission(actor.role, 'referral.assign') && canWriteInRegion(actor, referral.regionId),
  contact: (actor, referral) =>
    hasPermission(actor.role, 'referral.contact') &&
    canWriteInDistrict(actor, referral) &&
    !(
      (actor.role === 'recruiter' || actor.role === 'district_recruiter') &&
      referral.assignedToId !== null &&
      referral.assignedToId !== actor.userId
    ),
  override: (actor, referral) =>
    hasPermission(actor.role, 'referral.assign') && canWriteInRegion(actor, referral.regionId),
});

/**
 * Who may add a referral to a district's queue by hand: those who import lists or contact
 * families, in a region they work in and a district they reach.
 */
export function canEnterReferral(actor: Actor, at: { regionId: string; districtId: string }): boolean {
  return (
    (hasPermission(actor.role, 'referral.import') || hasPermission(actor.role, 'referral.contact')) &&
    canWriteInRegion(actor, at.regionId) &&
    canReachRecord(actor, { regionId: at.regionId, districtIds: [at.districtId] })
  );
}

/** A recruiter's working schedule, as far as access cares: whose it is and their region. */
export interface RecruiterScheduleAccess {
  userId: string;
  regionId: string | null;
}

/**
 * Who reads and changes a recruiter's own working days (part-time, leave) for the quota: the
 * recruiter reads theirs; those who assign the region's referrals read and change them.
 */
export const recruiterSchedulePolicy = definePolicy<'write', RecruiterScheduleAccess>({
  read: (actor, schedule) =>
    actor.userId === schedule.userId ||
    (schedule.regionId !== null &&
      hasPermission(actor.role, 'referral.assign') &&
      canReachRecord(actor, { regionId: schedule.regionId })),
  write: (actor, schedule) =>
    schedule.regionId !== null &&
    hasPermission(actor.role, 'referral.assign') &&
    canWriteInRegion(actor, schedule.regionId),
});

/** A user as a possible assignee of referrals. */
export interface AssigneeCandidate {
  role: Role;
  regionId: string | null;
  isActive: boolean;
}

/** Whether referrals of `regionId` may be assigned to this user: an active contact-maker of that region. */
export function isEligibleAssignee(user: AssigneeCandidate, regionId: string): boolean {
  return user.isActive && hasPermission(user.role, 'referral.contact') && user.regionId === regionId;
}

/** The contact queue's settings of one region: its prioritization rules and its holidays. */
export interface ContactQueueSettingsAccess {
  regionId: string;
}

/**
 * Who reads and changes a region's prioritization rules and holiday list: every referral
 * reader of the region reads them; those who assign referrals (I&R managers, directors,
 * the state) change them, since they decide the order and the quota of the region's queue.
 */
export const contactQueueSettingsPolicy = definePolicy<'write', ContactQueueSettingsAccess>({
  read: (actor: Actor, settings) =>
    hasPermission(actor.role, 'referral.read') && canReachRecord(actor, { regionId: settings.regionId }),
  write: (actor, settings) =>
    hasPermission(actor.role, 'referral.assign') && canWriteInRegion(actor, settings.regionId),
});
