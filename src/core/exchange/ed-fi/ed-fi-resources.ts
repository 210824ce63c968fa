/**
 * The Ed-Fi API resources Ciclo writes (docs/rules/ed-fi.md), in the shape of the Ed-Fi Data
 * Standard v5 resources: `students`, `programs`, `studentMigrantEducationProgramAssociations`
 * and `studentSchoolAssociations`.
 * Absent facts are left out, never written as null, as the Ed-Fi API does. What the core model
 * lacks goes in the `_ext.ciclo` object of the resource or of the collection item (E3).
 */
import type { CalendarDate } from '../../common/calendar-date';
import type { ServiceTerm } from '../../services/service-records';

/** The extension project's name: the key under `_ext` (E3.1). */
export const EXTENSION_PROJECT = 'ciclo';

/** `uri://ed-fi.org/SexDescriptor#Female` (E0.2). */
export type DescriptorUri = string;

export interface EdFiStudentReference {
  studentUniqueId: string;
}

export interface EdFiStudent {
  studentUniqueId: string;
  firstName: string;
  middleName?: string;
  lastSurname: string;
  generationCodeSuffix?: string;
  birthDate: CalendarDate;
  birthCity?: string;
  birthStateAbbreviationDescriptor?: DescriptorUri;
  birthCountryDescriptor?: DescriptorUri;
  birthSexDescriptor?: DescriptorUri;
  _ext?: { ciclo: CicloStudentExtension };
}

export interface CicloStudentExtension {
  /** The child's second surname, which Ed-Fi's one `lastSurname` does not hold. */
  secondSurname?: string;
  /** The state's statewide student identifier (CALPADS SSID). */
  statewideStudentId?: string;
}

export interface EdFiProgramReference {
  educationOrganizationId: number;
  programName: string;
  programTypeDescriptor: DescriptorUri;
}

export interface EdFiProgram {
  educationOrganizationReference: { educationOrganizationId: number };
  programName: string;
  programTypeDescriptor: DescriptorUri;
  programId?: string;
}

/** Ciclo's place of a move: where the family lived (E3.3). */
export interface CicloPlace {
  city?: string;
  /** Two-letter postal code. */
  state?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
}

export interface CicloAssociationExtension {
  /** The Ciclo region whose child this is. */
  regionNumber: number;
  /** Where the child's qualifying move started and ended. */
  qualifyingMoveFrom?: CicloPlace;
  qualifyingMoveTo?: CicloPlace;
  /** Why eligibility ends on its expiration date (`36-months`, `age-22`, …). */
  eligibilityEndReason?: string;
  /** The day the association's priorityForServices was determined on. */
  priorityForServicesOn: CalendarDate;
}

export interface CicloServiceExtension {
  /** The service's id in the region's records (Ciclo's `service_id`). */
  serviceId: string;
  serviceName: string;
  /** The session type: the regular school year, summer or intersession. */
  sessionType: ServiceTerm;
  /** The CEDS MEP enrollment type of a project of this session (`02`, `03`). */
  enrollmentType: string;
  /** Why the child was enrolled (`below_proficient_ela`…), when the region said. */
  enrollmentReason?: string;
  /** The measurable program objectives the service is aligned to (`1.0`). */
  mpos: string[];
  /** Minutes of attendance recorded. */
  attendedMinutes: number;
}

export interface EdFiMigrantEducationProgramService {
  migrantEducationProgramServiceDescriptor: DescriptorUri;
  primaryIndicator?: boolean;
  serviceBeginDate?: CalendarDate;
  serviceEndDate?: CalendarDate;
  _ext?: { ciclo: CicloServiceExtension };
}

export interface EdFiStudentMigrantEducationProgramAssociation {
  beginDate: CalendarDate;
  educationOrganizationReference: { educationOrganizationId: number };
  programReference: EdFiProgramReference;
  studentReference: EdFiStudentReference;
  endDate?: CalendarDate;
  priorityForServices: boolean;
  lastQualifyingMove: CalendarDate;
  qualifyingArrivalDate?: CalendarDate;
  eligibilityExpirationDate?: CalendarDate;
  stateResidencyDate?: CalendarDate;
  usInitialEntry?: CalendarDate;
  usMostRecentEntry?: CalendarDate;
  usInitialSchoolEntry?: CalendarDate;
  continuationOfServicesReasonDescriptor?: DescriptorUri;
  migrantEducationProgramServices: EdFiMigrantEducationProgramService[];
  _ext?: { ciclo: CicloAssociationExtension };
}

/** E6: a child's enrollment in a school. */
export interface EdFiStudentSchoolAssociation {
  entryDate: CalendarDate;
  /** E6.2: the school's Ed-Fi id, the seven-digit school code of its CDS code. */
  schoolReference: { schoolId: number };
  studentReference: EdFiStudentReference;
  entryGradeLevelDescriptor: DescriptorUri;
  exitWithdrawDate?: CalendarDate;
}

/** One export: each resource kind's records, as the Ed-Fi API's collections name them. */
export interface EdFiExport {
  students: EdFiStudent[];
  programs: EdFiProgram[];
  studentMigrantEducationProgramAssociations: EdFiStudentMigrantEducationProgramAssociation[];
  studentSchoolAssociations: EdFiStudentSchoolAssociation[];
}

export const EDFI_RESOURCE_KINDS = [
  'students',
  'programs',
  'studentMigrantEducationProgramAssociations',
  'studentSchoolAssociations',
] as const satisfies ReadonlyArray<keyof EdFiExport>;
export type EdFiResourceKind = (typeof EDFI_RESOURCE_KINDS)[number];
