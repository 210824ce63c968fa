import type { CalendarDate } from '../../core/common/calendar-date';
import type { Sex } from '../../core/children/child-rules';
import type { FamilyRelation } from '../../data/tables';

/** A child in a list. */
export interface ChildSummary {
  id: string;
  studentNumber: string;
  firstName: string;
  middleName: string | null;
  lastSurname: string;
  secondSurname: string | null;
  birthDate: CalendarDate;
  regionId: string;
  regionNumber: number;
  familyId: string | null;
}

export interface EnrollmentRecord {
  id: string;
  districtId: string;
  districtName: string;
  schoolId: string | null;
  schoolName: string | null;
  enrollmentDate: CalendarDate;
  exitDate: CalendarDate | null;
  residencyDate: CalendarDate | null;
  gradeLevel: string | null;
}

export interface FamilyMemberRecord {
  id: string;
  relation: FamilyRelation;
  firstName: string;
  lastSurname: string;
  secondSurname: string | null;
  isQualifyingWorker: boolean;
}

/** A child with their family and school enrollments. */
export interface ChildRecord extends ChildSummary {
  statewideStudentId: string | null;
  /** The MSIX Identification Number (IR5.1). */
  msixId: string | null;
  generationCodeSuffix: string | null;
  birthCity: string | null;
  birthState: string | null;
  birthCountry: string;
  sex: Sex;
  /** S5.9: what the child counts report as English Learner Status and Disability Status (IDEA). */
  englishLearner: boolean;
  disability: boolean;
  version: number;
  family: { id: string; familyName: string; phone: string | null; members: FamilyMemberRecord[] } | null;
  enrollments: EnrollmentRecord[];
  /** canReconcile: may split the child's records or merge it (IR5.7). */
  abilities: { canEdit: boolean; canDelete: boolean; canReconcile: boolean };
}
