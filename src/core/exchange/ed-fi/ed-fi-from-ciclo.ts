/**
 * Ciclo's facts about its children → the Ed-Fi resources (docs/rules/ed-fi.md E1–E3).
 * Pure: the use case reads the facts, this writes the resources.
 */
import { compareDates, type CalendarDate } from '../../common/calendar-date';
import type { InterviewMove, InterviewPlace } from '../../eligibility/interview-schema';
import type { ChildFacts, Sex } from '../../children/child-rules';
import type { PerformancePeriod } from '../../recruitment/performance-period';
import type { EnrollmentReason, ServiceTerm } from '../../services/service-records';
import {
  type CicloPlace,
  type DescriptorUri,
  type EdFiExport,
  type EdFiMigrantEducationProgramService,
  type EdFiProgram,
  type EdFiProgramReference,
  type EdFiStudent,
  type EdFiStudentMigrantEducationProgramAssociation,
  type EdFiStudentSchoolAssociation,
} from './ed-fi-resources';

/** Ed-Fi's own namespace, in which Ciclo writes every descriptor (E0.2). */
export const EDFI_NAMESPACE = 'ed-fi.org';

/** `uri://ed-fi.org/SexDescriptor#Female` (E0.2). */
export function descriptorUri(descriptor: string, codeValue: string): DescriptorUri {
  return `uri://${EDFI_NAMESPACE}/${descriptor}#${codeValue}`;
}

/** The migrant education program and its owner, the state education agency (E2.1). */
export interface EdFiProgramOwner {
  /** The state education agency's Ed-Fi educationOrganizationId (California: 6, its FIPS code). */
  stateEducationOrganizationId: number;
}

export const MIGRANT_EDUCATION_PROGRAM_NAME = 'Migrant Education';

export interface CicloServiceFacts {
  /** The service's id in the region's records (`services.code`). */
  serviceId: string;
  name: string;
  term: ServiceTerm;
  mpos: readonly string[];
  startDate: CalendarDate;
  endDate: CalendarDate;
  enrolledOn: CalendarDate;
  enrollmentReason: EnrollmentReason | null;
  attendedMinutes: number;
}

export interface CicloMoveFacts {
  date: CalendarDate;
  from: CicloPlace;
  to: CicloPlace;
}

/**
 * E2.3: a COE's qualifying move as the export reads it: its date and the places it went from and
 * to, each part given only when the interview wrote it (a state only as a two-letter code).
 */
export function edFiMoveOf(move: InterviewMove): CicloMoveFacts {
  return { date: move.date, from: placeOf(move.from), to: placeOf(move.to) };
}

function placeOf(place: InterviewPlace): CicloPlace {
  const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  const city = text(place.city);
  const state = text(place.state);
  const country = text(place.country);
  return {
    ...(city ? { city } : {}),
    ...(state && /^[A-Z]{2}$/.test(state) ? { state } : {}),
    ...(country ? { country } : {}),
  };
}

export interface CicloEligibilityFacts {
  qad: CalendarDate;
  /** The last day of eligibility; null while an approval has not fixed it. */
  eligibilityEndDate: CalendarDate | null;
  endReason: string | null;
  /** The COE's residency date. */
  residencyDate: CalendarDate | null;
  /** The child's qualifying move as the COE's interview wrote it; null for a COE without one. */
  qualifyingMove: CicloMoveFacts | null;
}

/** E6.1: a child's enrollment in a school, as Ciclo holds it. */
export interface CicloSchoolEnrollmentFacts {
  enrollmentDate: CalendarDate;
  exitDate: CalendarDate | null;
  /** The school's fourteen-digit County-District-School code; null for an enrollment in a district only. */
  schoolCdsCode: string | null;
  /** The grade as the district wrote it (`KN`, `07`). */
  gradeLevel: string | null;
}

/** The child as Ciclo holds them (ChildFacts), with what the export adds. */
export interface CicloChildFacts extends Omit<ChildFacts, 'englishLearner' | 'disability'> {
  studentNumber: string;
  regionNumber: number;
  eligibilities: readonly CicloEligibilityFacts[];
  /** Whether the child is PFS on the export's PFS day (S6). */
  priorityForServices: boolean;
  services: readonly CicloServiceFacts[];
  schoolEnrollments: readonly CicloSchoolEnrollmentFacts[];
}

export interface CicloExportFacts {
  owner: EdFiProgramOwner;
  /** The day PFS was determined on (E2.5). */
  pfsDay: CalendarDate;
  children: readonly CicloChildFacts[];
}

const SEX_CODES: Record<Sex, string> = {
  female: 'Female',
  male: 'Male',
  nonbinary: 'Non-binary',
  not_reported: 'Not Selected',
};

/** E3.4: the CEDS MEP enrollment type of a project of the session. */
const ENROLLMENT_TYPES: Record<ServiceTerm, string> = { RSY: '02', SUMMER: '03', INTERSESSION: '03' };

/** E2.7: the Ed-Fi service a Ciclo enrollment is, by why the child was enrolled. */
export function migrantServiceCode(reason: EnrollmentReason | null): string {
  if (reason === 'below_proficient_ela') return 'Reading Instruction';
  if (reason === 'below_proficient_math') return 'Mathematics Instruction';
  return 'Instructional Services';
}

/** E2.5: the day an export determines PFS on: the period's last day once it is over, its first before it begins, else today. */
export function edFiPfsDay(period: PerformancePeriod, today: CalendarDate): CalendarDate {
  if (today > period.last) return period.last;
  if (today < period.first) return period.first;
  return today;
}

/** Everything the children's facts say, as Ed-Fi resources (E1–E3), in student number order. */
export function edFiFromCiclo(facts: CicloExportFacts): EdFiExport {
  const children = [...facts.children].sort((a, b) => a.studentNumber.localeCompare(b.studentNumber));
  const programReference = migrantProgramReference(facts.owner);
  return {
    students: children.map(edFiStudent),
    programs: [migrantProgram(facts.owner)],
    studentMigrantEducationProgramAssociations: children.flatMap((child) =>
      edFiAssociations(child, facts, programReference),
    ),
    studentSchoolAssociations: children.flatMap(edFiSchoolAssociations),
  };
}

/**
 * E6.2: the school's Ed-Fi id: the school code of its CDS code (the last seven digits, unique
 * in the state) as an integer; null for a CDS code that names no school (`0000000`, a district
 * office) or is not fourteen digits.
 */
export function edFiSchoolId(cdsCode: string | null): number | null {
  if (!cdsCode || !/^\d{14}$/.test(cdsCode)) return null;
  const school = Number(cdsCode.slice(7));
  return school > 0 ? school : null;
}

const GRADE_NAMES = [
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  'Seventh',
  'Eighth',
  'Ninth',
  'Tenth',
  'Eleventh',
  'Twelfth',
];

const OTHER_GRADES: Record<string, string> = {
  IN: 'Infant/toddler',
  PS: 'Preschool',
  PK: 'Prekindergarten',
  TK: 'Transitional Kindergarten',
  K: 'Kindergarten',
  KG: 'Kindergarten',
  KN: 'Kindergarten',
  UE: 'Ungraded',
  US: 'Ungraded',
  UG: 'Ungraded',
};

/**
 * E6.3: Ed-Fi's GradeLevelDescriptor code value of a grade as Ciclo holds it (CALPADS codes
 * `KN`, `01`…`12`, `TK`, `UE`…), or null for a grade it cannot name.
 */
export function edFiGradeLevel(grade: string | null): string | null {
  const code = grade?.trim().toUpperCase() ?? '';
  if (/^\d{1,2}$/.test(code)) {
    const name = GRADE_NAMES[Number(code) - 1];
    return name ? `${name} grade` : null;
  }
  return OTHER_GRADES[code] ?? null;
}

/** E6.1: one association per school enrollment whose school and grade Ed-Fi can name, by entry date. */
function edFiSchoolAssociations(child: CicloChildFacts): EdFiStudentSchoolAssociation[] {
  return [...child.schoolEnrollments]
    .sort((a, b) => compareDates(a.enrollmentDate, b.enrollmentDate))
    .flatMap((enrollment) => {
      const schoolId = edFiSchoolId(enrollment.schoolCdsCode);
      const grade = edFiGradeLevel(enrollment.gradeLevel);
      if (schoolId === null || grade === null) return [];
      return [
        {
          entryDate: enrollment.enrollmentDate,
          schoolReference: { schoolId },
          studentReference: { studentUniqueId: child.studentNumber },
          entryGradeLevelDescriptor: descriptorUri('GradeLevelDescriptor', grade),
          ...(enrollment.exitDate ? { exitWithdrawDate: enrollment.exitDate } : {}),
        },
      ];
    });
}

function migrantProgram(owner: EdFiProgramOwner): EdFiProgram {
  return {
    educationOrganizationReference: { educationOrganizationId: owner.stateEducationOrganizationId },
    programName: MIGRANT_EDUCATION_PROGRAM_NAME,
    programTypeDescriptor: descriptorUri('ProgramTypeDescriptor', 'Migrant Education'),
  };
}

function migrantProgramReference(owner: EdFiProgramOwner): EdFiProgramReference {
  return {
    educationOrganizationId: owner.stateEducationOrganizationId,
    programName: MIGRANT_EDUCATION_PROGRAM_NAME,
    programTypeDescriptor: descriptorUri('ProgramTypeDescriptor', 'Migrant Education'),
  };
}

/** E1: the child as an Ed-Fi student. */
function edFiStudent(child: CicloChildFacts): EdFiStudent {
  const extension = {
    ...(child.secondSurname ? { secondSurname: child.secondSurname } : {}),
    ...(child.statewideStudentId ? { statewideStudentId: child.statewideStudentId } : {}),
  };
  return {
    studentUniqueId: child.studentNumber,
    firstName: child.firstName,
    ...(child.middleName ? { middleName: child.middleName } : {}),
    lastSurname: child.lastSurname,
    ...(child.generationCodeSuffix ? { generationCodeSuffix: child.generationCodeSuffix } : {}),
    birthDate: child.birthDate,
    ...(child.birthCity ? { birthCity: child.birthCity } : {}),
    ...(child.birthState
      ? { birthStateAbbreviationDescriptor: descriptorUri('StateAbbreviationDescriptor', child.birthState) }
      : {}),
    birthCountryDescriptor: descriptorUri('CountryDescriptor', child.birthCountry),
    birthSexDescriptor: descriptorUri('SexDescriptor', SEX_CODES[child.sex]),
    ...(Object.keys(extension).length > 0 ? { _ext: { ciclo: extension } } : {}),
  };
}

/** E2: one association per eligibility, in QAD order, each with the services enrolled in during it. */
function edFiAssociations(
  child: CicloChildFacts,
  facts: CicloExportFacts,
  programReference: EdFiProgramReference,
): EdFiStudentMigrantEducationProgramAssociation[] {
  const eligibilities = [...child.eligibilities].sort((a, b) => compareDates(a.qad, b.qad));
  const servicesOf = new Map<CicloEligibilityFacts, CicloServiceFacts[]>(eligibilities.map((e) => [e, []]));
  for (const service of child.services) {
    // E2.6: an enrollment belongs to the latest eligibility that began on or before it.
    const owner = eligibilities.filter((e) => e.qad <= service.enrolledOn).pop();
    if (owner) servicesOf.get(owner)!.push(service);
  }
  return eligibilities.map((eligibility) => {
    const covers =
      eligibility.qad <= facts.pfsDay &&
      (eligibility.eligibilityEndDate === null || facts.pfsDay <= eligibility.eligibilityEndDate);
    const move = eligibility.qualifyingMove;
    return {
      beginDate: eligibility.qad,
      educationOrganizationReference: { educationOrganizationId: programReference.educationOrganizationId },
      programReference,
      studentReference: { studentUniqueId: child.studentNumber },
      ...(eligibility.eligibilityEndDate ? { endDate: eligibility.eligibilityEndDate } : {}),
      priorityForServices: covers && child.priorityForServices,
      lastQualifyingMove: move?.date ?? eligibility.qad,
      qualifyingArrivalDate: eligibility.qad,
      ...(eligibility.eligibilityEndDate
        ? { eligibilityExpirationDate: eligibility.eligibilityEndDate }
        : {}),
      ...(eligibility.residencyDate ? { stateResidencyDate: eligibility.residencyDate } : {}),
      migrantEducationProgramServices: edFiServices(servicesOf.get(eligibility)!),
      _ext: {
        ciclo: {
          regionNumber: child.regionNumber,
          ...(move && hasPlace(move.from) ? { qualifyingMoveFrom: move.from } : {}),
          ...(move && hasPlace(move.to) ? { qualifyingMoveTo: move.to } : {}),
          ...(eligibility.endReason ? { eligibilityEndReason: eligibility.endReason } : {}),
          priorityForServicesOn: facts.pfsDay,
        },
      },
    };
  });
}

function hasPlace(place: CicloPlace): boolean {
  return Boolean(place.city || place.state || place.country);
}

/** E2.7: the services of one eligibility by enrollment day; the most attended one is primary. */
function edFiServices(services: readonly CicloServiceFacts[]): EdFiMigrantEducationProgramService[] {
  const ordered = [...services].sort(
    (a, b) => compareDates(a.enrolledOn, b.enrolledOn) || a.serviceId.localeCompare(b.serviceId),
  );
  const primary = ordered.reduce<CicloServiceFacts | undefined>(
    (best, s) => (best === undefined || s.attendedMinutes > best.attendedMinutes ? s : best),
    undefined,
  );
  return ordered.map((service) => ({
    migrantEducationProgramServiceDescriptor: descriptorUri(
      'MigrantEducationProgramServiceDescriptor',
      migrantServiceCode(service.enrollmentReason),
    ),
    primaryIndicator: service === primary,
    serviceBeginDate: service.enrolledOn > service.startDate ? service.enrolledOn : service.startDate,
    serviceEndDate: service.endDate,
    _ext: {
      ciclo: {
        serviceId: service.serviceId,
        serviceName: service.name,
        sessionType: service.term,
        enrollmentType: ENROLLMENT_TYPES[service.term],
        ...(service.enrollmentReason ? { enrollmentReason: service.enrollmentReason } : {}),
        mpos: [...service.mpos],
        attendedMinutes: service.attendedMinutes,
      },
    },
  }));
}
