/**
 * One child's Minimum Data Elements as Ciclo hands them to the MSIX exchange (docs/rules/msix.md).
 * Fields carry Ciclo's types (CalendarDate strings, booleans for indicators); the file layout
 * that writes them in MSIX's own notation (YYYYMMDD, Yes/No) is built on top of this record.
 * Optional text is `null` or absent when Ciclo holds nothing.
 */
import type { CalendarDate } from '../common/calendar-date';

export interface MsixParents {
  maleFirstName?: string | null;
  maleLastName?: string | null;
  femaleFirstName?: string | null;
  femaleLastName?: string | null;
}

export interface MsixQualifyingMove {
  qualifyingArrivalDate: CalendarDate;
  fromCity: string;
  /** Two-letter postal code when the move started in the United States. */
  fromState?: string | null;
  /** Country code when the move started outside the United States. */
  fromCountry?: string | null;
  toCity: string;
  toState: string;
  eligibilityExpirationDate: CalendarDate;
  /**
   * Set when eligibility ended before QAD + 36 months for a reason the record does not
   * otherwise show (X3.5): the child turned 22, died, or the state's rule ended it.
   */
  eligibilityEndedEarly?: boolean;
}

export interface MsixGraduation {
  /** Graduation with a diploma, or a high school equivalency. */
  kind: 'graduation' | 'hse';
  date: CalendarDate;
}

export interface MsixEnrollment {
  enrollmentDate: CalendarDate;
  /** MSIX enrollment type code (X4.2). */
  enrollmentType: string;
  schoolOrProjectName: string;
  mepProjectType?: string | null;
  /** The school's 12-digit NCES identifier. */
  schoolId?: string | null;
  facilityName?: string | null;
  facilityCity?: string | null;
  /** The district's 7-digit NCES identifier. */
  districtId?: string | null;
  districtName?: string | null;
  facilityState?: string | null;
  gradeLevel?: string | null;
  englishLearner?: boolean | null;
  iep?: boolean | null;
  priorityForServices?: boolean | null;
  withdrawalDate?: CalendarDate | null;
  /** The 7-digit NCES identifier of the district the child lives in. */
  districtOfResidence?: string | null;
  residencyDate?: CalendarDate | null;
  residencyVerificationDate?: CalendarDate | null;
  designatedGraduationSchool?: string | null;
  graduation?: MsixGraduation | null;
}

export interface MsixChildRecord {
  /** Assigned by MSIX after the first submission; absent before it. */
  msixId?: string | null;
  stateStudentId: string;
  stateStudentIdType: string;
  firstName: string;
  middleName?: string | null;
  lastName1: string;
  lastName2?: string | null;
  suffix?: string | null;
  sex: string;
  birthDate: CalendarDate;
  multipleBirth?: boolean | null;
  birthCity?: string | null;
  birthState?: string | null;
  birthCountry?: string | null;
  birthDateVerification?: string | null;
  parents: MsixParents;
  qualifyingMoves: MsixQualifyingMove[];
  enrollments: MsixEnrollment[];
}
