/** Referrals as the API returns them; their codes come from the domain core. */
import type { ReferralStatus } from '../../../core/recruitment/family-contact';

export interface Referral {
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
  matchedChildId: string | null;
  matchReasons: string[];
  status: ReferralStatus;
  assignedTo: { id: string; displayName: string } | null;
  receivedOn: string;
  firstContactedOn: string | null;
}

export interface DailyQuota {
  pending: number;
  workingDaysLeft: number;
  minimumToday: number;
  contactedToday: number;
  percentDone: number;
}

export { CONTACT_ATTEMPT_TYPES as ATTEMPT_TYPES, CONTACT_OUTCOMES as OUTCOMES } from '../../../core/recruitment/family-contact';
export { REFERRAL_FIELDS, REQUIRED_REFERRAL_FIELDS } from '../../../core/recruitment/referral';
