/**
 * One child's MDE record built from what Ciclo holds (docs/rules/msix.md X7.1): the child, the
 * qualifying moves of their approved eligibilities, their school enrollments and their Priority
 * for Services. An element Ciclo does not hold is left absent, so the validation names it.
 */
import { addDays, type CalendarDate } from '../common/calendar-date';
import type { ChildFacts, Sex } from '../children/child-rules';
import { chosenQualifyingMove, type CoeOfChild } from '../eligibility/chosen-qualifying-move';
import type { InterviewPlace } from '../eligibility/interview-schema';
import type { MsixChildRecord, MsixEnrollment, MsixParents, MsixQualifyingMove } from './msix-record';
import { FEDERAL_MSIX_SETTINGS, type MsixSettings } from './msix-settings';

/** The child as Ciclo holds them (ChildFacts), with their numbers and program flags. */
export interface CicloMsixChild extends Omit<ChildFacts, 'englishLearner' | 'disability'> {
  id: string;
  studentNumber: string;
  englishLearner: boolean;
  disability: boolean;
}

/** A place of the COE's interview (city, state, ISO country; the country is the US when absent). */
export interface CicloMsixPlace {
  city?: string | null;
  state?: string | null;
  country?: string | null;
}

export interface CicloMsixEligibility {
  qad: CalendarDate;
  /** Ciclo's last day of eligibility (R10), or null when none was determined. */
  eligibilityEndDate: CalendarDate | null;
  endReason: string | null;
  /** The qualifying move of the COE's determination; null when the eligibility has no COE. */
  from: CicloMsixPlace | null;
  to: CicloMsixPlace | null;
}

export interface CicloMsixEnrollment {
  enrollmentDate: CalendarDate;
  exitDate: CalendarDate | null;
  residencyDate: CalendarDate | null;
  gradeLevel: string | null;
  schoolName: string | null;
  schoolCity: string | null;
  districtName: string;
  /** The school's 12-digit NCES id from the school directory (X7.3); null when it gave none. */
  schoolNcesId: string | null;
  /** The district's 7-digit NCES id from the school directory (X7.3); null when it gave none. */
  districtNcesId: string | null;
}

/**
 * A summer or intersession MEP-funded service the child attended (X7.7): its first and last days
 * of attendance. A service never attended is not one.
 */
export interface CicloMsixProject {
  projectName: string;
  firstAttendedOn: CalendarDate;
  lastAttendedOn: CalendarDate;
}

/** A member of the child's family as Ciclo records them (X7.4). */
export interface CicloMsixFamilyMember {
  relation: 'parent' | 'guardian' | 'spouse' | 'worker';
  /** Null when not recorded: such a member is not sent. */
  sex: 'female' | 'male' | null;
  firstName: string;
  lastSurname: string;
  secondSurname: string | null;
}

export interface CicloMsixData {
  child: CicloMsixChild;
  eligibilities: readonly CicloMsixEligibility[];
  enrollments: readonly CicloMsixEnrollment[];
  /** The summer and intersession services the child attended (X7.7); none when absent. */
  projects?: readonly CicloMsixProject[];
  /** The child's Priority for Services today; null when it was not determined. */
  priorityForServices: boolean | null;
  /** The members of the child's family in the order they were recorded (X7.4); none when absent. */
  familyMembers?: readonly CicloMsixFamilyMember[];
}

/** X1.1: the SSID when held (type 01), else Ciclo's migrant student number (type 02). */
const STATE_ASSIGNED = '01';
const MEP_ASSIGNED = '02';
/** X7.1: Ciclo's enrollments are in a school: Basic School Program. */
const BASIC_SCHOOL_PROGRAM = '01';
/** X7.7: a summer or intersession service is a Summer/Intersession MEP-Funded Project. */
export const SUMMER_INTERSESSION_PROJECT = '03';
/** X7.7 (to confirm): MEP Project Type, summer/intersession only. */
const SUMMER_INTERSESSION_PROJECT_TYPE = '03';
/** X2.1: the most characters MSIX takes in a parent's name. */
const MSIX_NAME_LENGTH = 50;
/** Ciclo's state: the state a move went to when the interview does not name one. */
const CICLO_STATE = 'CA';

const SEX: Record<Sex, string | undefined> = {
  female: 'Female',
  male: 'Male',
  nonbinary: 'Nonbinary',
  not_reported: undefined,
};

/**
 * A required element Ciclo does not hold: left absent (`undefined`) although the record's type
 * wants text, so the validation reports it as missing (X7.1) instead of sending an empty value.
 */
function notHeld(): string {
  return undefined as unknown as string;
}

function held(value: string | null | undefined): string {
  return value === null || value === undefined || value.trim() === '' ? notHeld() : value.trim();
}

/** X3.4: Ciclo keeps the last day eligible; MSIX's default is the first day no longer eligible. */
function expirationOf(endDate: CalendarDate, settings: MsixSettings): CalendarDate {
  return settings.eligibilityExpiration === 'first-day-not-eligible' ? addDays(endDate, 1) : endDate;
}

function moveOf(eligibility: CicloMsixEligibility, settings: MsixSettings): MsixQualifyingMove {
  const fromCountry = eligibility.from ? (eligibility.from.country ?? 'US') : null;
  const abroad = fromCountry !== null && fromCountry !== 'US';
  const move: MsixQualifyingMove = {
    qualifyingArrivalDate: eligibility.qad,
    fromCity: held(eligibility.from?.city),
    fromState: abroad ? null : (eligibility.from?.state?.trim().toUpperCase() ?? null),
    fromCountry: abroad ? fromCountry : null,
    toCity: held(eligibility.to?.city),
    toState: eligibility.to ? eligibility.to.state?.trim().toUpperCase() || CICLO_STATE : notHeld(),
    eligibilityExpirationDate: eligibility.eligibilityEndDate
      ? expirationOf(eligibility.eligibilityEndDate, settings)
      : notHeld(),
  };
  if (eligibility.endReason !== null && eligibility.endReason !== '36-months')
    move.eligibilityEndedEarly = true;
  return move;
}

function enrollmentOf(enrollment: CicloMsixEnrollment, data: CicloMsixData): MsixEnrollment {
  return {
    enrollmentDate: enrollment.enrollmentDate,
    enrollmentType: BASIC_SCHOOL_PROGRAM,
    schoolOrProjectName: held(enrollment.schoolName),
    // X7.3: the NCES ids the school directory gave; absent ones are reported, holding the child back.
    schoolId: enrollment.schoolNcesId,
    districtId: enrollment.districtNcesId,
    facilityName: enrollment.schoolName,
    facilityCity: enrollment.schoolCity,
    districtName: enrollment.districtName,
    facilityState: CICLO_STATE,
    gradeLevel: enrollment.gradeLevel,
    englishLearner: data.child.englishLearner,
    iep: data.child.disability,
    priorityForServices: data.priorityForServices,
    withdrawalDate: enrollment.exitDate,
    residencyDate: enrollment.residencyDate,
  };
}

/** X7.7: a summer or intersession service attended, from its first to its last day of attendance. */
function projectOf(project: CicloMsixProject, data: CicloMsixData): MsixEnrollment {
  return {
    enrollmentDate: project.firstAttendedOn,
    enrollmentType: SUMMER_INTERSESSION_PROJECT,
    schoolOrProjectName: held(project.projectName),
    mepProjectType: SUMMER_INTERSESSION_PROJECT_TYPE,
    facilityState: CICLO_STATE,
    priorityForServices: data.priorityForServices,
    withdrawalDate: project.lastAttendedOn,
  };
}

/** X7.4: the parent or guardian of one sex sent: a parent before a guardian, then the first recorded. */
function parentOfSex(
  members: readonly CicloMsixFamilyMember[],
  sex: 'female' | 'male',
): CicloMsixFamilyMember | undefined {
  const ofSex = members.filter((m) => m.sex === sex);
  return ofSex.find((m) => m.relation === 'parent') ?? ofSex.find((m) => m.relation === 'guardian');
}

/** The member's surnames in one Last Name: the second after a space only when both fit in MSIX's 50. */
function lastNameOf(member: CicloMsixFamilyMember): string {
  const first = member.lastSurname.trim();
  const both = [first, member.secondSurname?.trim()].filter(Boolean).join(' ');
  return both.length <= MSIX_NAME_LENGTH ? both : first;
}

/** X7.4: the male parent's names as 16–17 and the female parent's as 18–19, when recorded. */
function parentsOf(members: readonly CicloMsixFamilyMember[]): MsixParents {
  const male = parentOfSex(members, 'male');
  const female = parentOfSex(members, 'female');
  return {
    ...(male && { maleFirstName: male.firstName.trim(), maleLastName: lastNameOf(male) }),
    ...(female && { femaleFirstName: female.firstName.trim(), femaleLastName: lastNameOf(female) }),
  };
}

const byQad = (a: CicloMsixEligibility, b: CicloMsixEligibility) =>
  a.qad < b.qad ? -1 : a.qad > b.qad ? 1 : 0;
const byEnrollmentDate = (a: { enrollmentDate: CalendarDate }, b: { enrollmentDate: CalendarDate }) =>
  a.enrollmentDate < b.enrollmentDate ? -1 : a.enrollmentDate > b.enrollmentDate ? 1 : 0;

/** X7.1: the child's MDE record; moves by QAD and enrollments by date, oldest first (X5.2 keeps order). */
export function msixRecordFromCiclo(
  data: CicloMsixData,
  settings: MsixSettings = FEDERAL_MSIX_SETTINGS,
): MsixChildRecord {
  const { child } = data;
  const ssid = child.statewideStudentId?.trim();
  return {
    // X1.3, IR5.1: the MSIX ID MSIX gave, once a person recorded it on the child.
    msixId: child.msixId?.trim() || null,
    stateStudentId: ssid ? ssid : child.studentNumber,
    stateStudentIdType: ssid ? STATE_ASSIGNED : MEP_ASSIGNED,
    firstName: held(child.firstName),
    middleName: child.middleName,
    lastName1: held(child.lastSurname),
    lastName2: child.secondSurname,
    suffix: child.generationCodeSuffix,
    sex: SEX[child.sex] ?? notHeld(),
    birthDate: child.birthDate,
    birthCity: child.birthCity,
    birthState: child.birthState,
    birthCountry: child.birthCountry,
    parents: parentsOf(data.familyMembers ?? []),
    qualifyingMoves: [...data.eligibilities].sort(byQad).map((e) => moveOf(e, settings)),
    // X7.7: school enrollments and projects together by date, a school first on the same day (a stable sort).
    enrollments: [
      ...data.enrollments.map((e) => enrollmentOf(e, data)),
      ...(data.projects ?? []).map((p) => projectOf(p, data)),
    ].sort(byEnrollmentDate),
  };
}

function placeOf(place: InterviewPlace): CicloMsixPlace {
  return { city: place.city ?? null, state: place.state ?? null, country: place.country ?? null };
}

/**
 * X7.1: where the child's qualifying move went from and to, read in the COE: the move the
 * determination chose for the child among the interview's moves, the interview's state standing
 * for a destination that names none. Null when the eligibility has no COE or the determination
 * chose no move.
 */
export function qualifyingMovePlaces(
  coe: CoeOfChild | null,
): { from: CicloMsixPlace; to: CicloMsixPlace; interviewState: string | null } | null {
  const move = coe && chosenQualifyingMove(coe);
  if (!coe || !move) return null;
  const interviewState = coe.interview.state ?? null;
  // The interview's state stands for a destination that names none.
  const to = placeOf(move.to);
  return { from: placeOf(move.from), to: { ...to, state: to.state ?? interviewState }, interviewState };
}
