import type { ChildSummary } from './ChildrenPage';

/** The child as GET /api/children/:id returns it. */
export interface ChildDetail extends ChildSummary {
  statewideStudentId: string | null;
  generationCodeSuffix: string | null;
  birthCity: string | null;
  birthState: string | null;
  birthCountry: string;
  sex: string;
  version: number;
  family: {
    id: string;
    familyName: string;
    phone: string | null;
    members: {
      id: string;
      relation: string;
      firstName: string;
      lastSurname: string;
      secondSurname: string | null;
      isQualifyingWorker: boolean;
    }[];
  } | null;
  enrollments: {
    id: string;
    districtName: string;
    schoolName: string | null;
    enrollmentDate: string;
    exitDate: string | null;
    residencyDate: string | null;
  }[];
  abilities: { canEdit: boolean; canDelete: boolean };
}

export interface EligibilityHistory {
  items: {
    coeId: string | null;
    qad: string;
    eligibilityEndDate: string | null;
    endReason: string | null;
    isCurrent: boolean;
  }[];
  eligibilityYear: number | null;
  residencyContactDue: boolean;
}
