import type { ReferralStatus } from '../../core/recruitment/family-contact';
import type { ReferralAccess } from '../../core/recruitment/referral.policy';
import type { ReferralSource } from '../../core/recruitment/referral';
import type { ReferralRow } from '../../data/repositories/referrals.repository';

/** A referral as the contact queue and its page show it. */
export interface ReferralSummary {
  id: string;
  regionId: string;
  districtName: string;
  firstName: string;
  middleName: string | null;
  lastSurname: string;
  secondSurname: string | null;
  birthDate: string;
  schoolName: string | null;
  grade: string | null;
  guardianName: string | null;
  phone: string | null;
  address: string | null;
  homeLanguage: string | null;
  priority: number;
  priorityReasons: Array<{ ruleId: string; label: string }>;
  priorMigrant: boolean | null;
  /** A child of the referral's region it was linked to; a match in another region is never linked. */
  matchedChildId: string | null;
  matchReasons: string[];
  status: ReferralStatus;
  assignedTo: { id: string; displayName: string } | null;
  receivedOn: string;
  firstContactedOn: string | null;
  /** The approved COE that closed the referral (IR1.1, IR1.2). */
  closedByCoeId: string | null;
  source: ReferralSource;
  /** The school contact whose "obtained referrals" brought it. */
  schoolContactId: string | null;
  /** That school contact: when, with which school, by whom. */
  schoolContact: { id: string; contactDate: string; schoolName: string; recordedBy: string | null } | null;
  /** The rules' priority, shown beside a manager's override. */
  rulesPriority: number;
  priorityOverride: { priority: number; reason: string; by: string | null; at: string | null } | null;
  /** The day the rules' priority was last computed. */
  priorityComputedOn: string | null;
  version: number;
}

/** The referral's facts its policy decides on. */
export function referralAccessOf(row: ReferralRow): ReferralAccess {
  return { regionId: row.region_id, districtId: row.district_id, assignedToId: row.assigned_to };
}

export function presentReferral(row: ReferralRow): ReferralSummary {
  return {
    id: row.id,
    regionId: row.region_id,
    districtName: row.district_name,
    firstName: row.first_name,
    middleName: row.middle_name,
    lastSurname: row.last_surname,
    secondSurname: row.second_surname,
    birthDate: row.birth_date,
    schoolName: row.school_name,
    grade: row.grade,
    guardianName: row.guardian_name,
    phone: row.phone,
    address: row.address,
    homeLanguage: row.home_language,
    priority: row.priority,
    priorityReasons: row.priority_reasons as unknown as ReferralSummary['priorityReasons'],
    priorMigrant: row.prior_migrant,
    matchedChildId: row.matched_child_id,
    matchReasons: row.match_reasons,
    status: row.status,
    assignedTo: row.assigned_to ? { id: row.assigned_to, displayName: row.assignee_name ?? '' } : null,
    receivedOn: row.received_on,
    firstContactedOn: row.first_contacted_on,
    closedByCoeId: row.closed_by_coe_id,
    source: row.source,
    schoolContactId: row.school_contact_id,
    schoolContact:
      row.school_contact_id && row.school_contact_date && row.school_contact_school_name
        ? {
            id: row.school_contact_id,
            contactDate: row.school_contact_date,
            schoolName: row.school_contact_school_name,
            recordedBy: row.school_contact_by,
          }
        : null,
    rulesPriority: row.rules_priority ?? row.priority,
    priorityOverride:
      row.priority_override === null
        ? null
        : {
            priority: row.priority_override,
            reason: row.priority_override_reason ?? '',
            by: row.priority_override_by_name,
            at: row.priority_override_at ? new Date(row.priority_override_at).toISOString() : null,
          },
    priorityComputedOn: row.priority_computed_on,
    version: row.version,
  };
}
