/** Referrals as the API returns them. */
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
  status: 'pending' | 'in-progress' | 'interviewed' | 'closed';
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

export const ATTEMPT_TYPES = ['phone', 'text-message', 'home-visit', 'school-visit', 'community-event', 'employer-site', 'other'] as const;
export const OUTCOMES = ['no-answer', 'left-message', 'wrong-number', 'call-back-later', 'interview-scheduled', 'interviewed', 'not-eligible', 'declined', 'moved-away'] as const;
export const REFERRAL_FIELDS = ['firstName', 'middleName', 'lastSurname', 'secondSurname', 'birthDate', 'districtEnterDate', 'schoolEnterDate', 'schoolName', 'grade', 'hispanic', 'priorMigrant', 'homeLanguage', 'guardianName', 'phone', 'address', 'localStudentId'] as const;
export const REQUIRED_FIELDS = new Set(['firstName', 'lastSurname', 'birthDate']);
