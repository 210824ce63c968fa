/**
 * Referrals: a district's new-enrollee or referral list, read through the district's own
 * column names (a mapping the region keeps per district). Good rows become referrals; a bad
 * row is skipped and named (line, column, why) so the list still gets worked.
 */
import { formatParts, isCalendarDate, type CalendarDate } from '../common/calendar-date';
import { DomainError, type FieldProblem } from '../common/domain-error';
import { normalizeForSearch } from '../children/normalize-name';

export const REFERRAL_FIELDS = [
  'firstName',
  'middleName',
  'lastSurname',
  'secondSurname',
  'birthDate',
  'districtEnterDate',
  'schoolEnterDate',
  'schoolName',
  'grade',
  'hispanic',
  'priorMigrant',
  'homeLanguage',
  'guardianName',
  'phone',
  'address',
  'localStudentId',
  'datesSame',
] as const;
export type ReferralField = (typeof REFERRAL_FIELDS)[number];
export const REQUIRED_REFERRAL_FIELDS: readonly ReferralField[] = ['firstName', 'lastSurname', 'birthDate'];
const DATE_FIELDS: readonly ReferralField[] = ['birthDate', 'districtEnterDate', 'schoolEnterDate'];
const FLAG_FIELDS: readonly ReferralField[] = ['hispanic', 'priorMigrant', 'datesSame'];

/** Which column of the district's file holds each field (column names as in its header). */
export type ColumnMapping = Partial<Record<ReferralField, string>>;

export interface ReferralFacts {
  firstName: string;
  middleName: string | null;
  lastSurname: string;
  secondSurname: string | null;
  birthDate: CalendarDate;
  districtEnterDate: CalendarDate | null;
  schoolEnterDate: CalendarDate | null;
  schoolName: string | null;
  grade: string | null;
  hispanic: boolean | null;
  priorMigrant: boolean | null;
  homeLanguage: string | null;
  guardianName: string | null;
  phone: string | null;
  address: string | null;
  localStudentId: string | null;
  /** The list's own "Dates are same?" box where it has one (null: the list does not say). */
  datesSame: boolean | null;
}

export interface SkippedRow {
  line: number;
  column: string | null;
  message: string;
}

/** Common header spellings of each field, compared without accents, case, spaces or punctuation. */
const HEADER_HINTS: Record<ReferralField, readonly string[]> = {
  firstName: ['firstname', 'first', 'fname', 'nombre', 'studentfirstname', 'givenname'],
  middleName: ['middlename', 'middle', 'mname', 'segundonombre'],
  lastSurname: ['lastname', 'last', 'lname', 'surname', 'apellido', 'primerapellido', 'studentlastname'],
  secondSurname: ['secondsurname', 'secondlastname', 'maternalsurname', 'segundoapellido', 'apellidomaterno'],
  birthDate: ['birthdate', 'dob', 'dateofbirth', 'birthdt', 'fechadenacimiento'],
  districtEnterDate: [
    'dstenterdt',
    'districtenterdate',
    'districtentrydate',
    'dstenterdate',
    'districtenrollmentdate',
  ],
  schoolEnterDate: ['enterdate', 'schoolenterdate', 'entrydate', 'enrollmentdate', 'schoolentrydate'],
  schoolName: ['school', 'schoolname', 'escuela'],
  grade: ['grade', 'gradelevel', 'grado'],
  hispanic: ['hispanic', 'hispanicorlatino', 'ethnicity', 'hispano'],
  priorMigrant: ['priormigrant', 'migrant', 'migrantflag', 'formermigrant'],
  homeLanguage: ['homelanguage', 'language', 'primarylanguage', 'idioma'],
  guardianName: ['guardian', 'guardianname', 'parent', 'parentname', 'padre', 'tutor'],
  phone: ['phone', 'phonenumber', 'telephone', 'telefono'],
  address: ['address', 'streetaddress', 'direccion', 'homeaddress'],
  localStudentId: ['studentid', 'localid', 'localstudentid', 'permid', 'id'],
  datesSame: ['datesaresame', 'datessame', 'samedates', 'newtodistrict', 'datesaresamecheck'],
};

const headerKey = (text: string) => normalizeForSearch(text).replace(/[^a-z0-9]/g, '');

/** A first guess at the mapping from a header, for the mapping step to confirm. */
export function suggestMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  for (const field of REFERRAL_FIELDS) {
    const column = header.find((name) => !taken.has(name) && HEADER_HINTS[field].includes(headerKey(name)));
    if (column) {
      mapping[field] = column;
      taken.add(column);
    }
  }
  return mapping;
}

/** Problems with a mapping itself: a required field unmapped, or a column not in the header. */
export function mappingProblems(mapping: ColumnMapping, header: readonly string[]): string[] {
  const problems: string[] = [];
  for (const field of REQUIRED_REFERRAL_FIELDS)
    if (!mapping[field]) problems.push(`${field} is required: choose the column that holds it`);
  for (const [field, column] of Object.entries(mapping))
    if (column && !header.includes(column)) problems.push(`${field}: the file has no column "${column}"`);
  return problems;
}

/** `2021-02-22`, `02/22/2021` or `2/22/21` (US order; two-digit years are 19xx above `pivot`, else 20xx). */
export function parseListDate(text: string, pivot = 40): CalendarDate | null {
  const value = text.trim();
  if (isCalendarDate(value)) return value;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(value);
  if (!us) return null;
  const shortYear = us[3]!.length === 2 ? Number(us[3]) : null;
  const year = shortYear === null ? Number(us[3]) : shortYear > pivot ? 1900 + shortYear : 2000 + shortYear;
  const date = formatParts(year, Number(us[1]), Number(us[2]));
  return isCalendarDate(date) ? date : null;
}

function parseFlag(text: string): boolean | null | undefined {
  const value = headerKey(text);
  if (value === '') return null;
  if (['y', 'yes', 'true', '1', 'si', 'x'].includes(value)) return true;
  if (['n', 'no', 'false', '0'].includes(value)) return false;
  return undefined;
}

/**
 * Read the rows (the first row is the header) through the mapping. Lines are 1-based with the
 * header on line 1.
 */
export function readReferralRows(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
): { referrals: Array<ReferralFacts & { line: number }>; skipped: SkippedRow[] } {
  const header = rows[0] ?? [];
  const indexOf = new Map<ReferralField, number>();
  for (const field of REFERRAL_FIELDS) {
    const column = mapping[field];
    if (column) indexOf.set(field, header.indexOf(column));
  }
  const referrals: Array<ReferralFacts & { line: number }> = [];
  const skipped: SkippedRow[] = [];
  for (let r = 1; r < rows.length; r += 1) {
    const row = rows[r]!;
    if (row.every((cell) => cell.trim() === '')) continue;
    const line = r + 1;
    const text = (field: ReferralField) => {
      const index = indexOf.get(field);
      return index === undefined || index < 0 ? '' : (row[index] ?? '').trim();
    };
    const skip = (field: ReferralField, message: string) =>
      skipped.push({ line, column: mapping[field] ?? null, message });
    const missing = REQUIRED_REFERRAL_FIELDS.find((field) => text(field) === '');
    if (missing) {
      skip(missing, `${missing} is empty`);
      continue;
    }
    const dates: Partial<Record<ReferralField, CalendarDate | null>> = {};
    let bad = false;
    for (const field of DATE_FIELDS) {
      const value = text(field);
      const date = value === '' ? null : parseListDate(value);
      if (value !== '' && date === null) {
        skip(field, `"${value}" is not a date (YYYY-MM-DD or MM/DD/YYYY)`);
        bad = true;
        break;
      }
      dates[field] = date;
    }
    const flags: Partial<Record<ReferralField, boolean | null>> = {};
    for (const field of FLAG_FIELDS) {
      const flag = parseFlag(text(field));
      if (flag === undefined) {
        skip(field, `"${text(field)}" is not yes or no`);
        bad = true;
        break;
      }
      flags[field] = flag;
    }
    if (bad) continue;
    const optional = (field: ReferralField) => text(field) || null;
    referrals.push({
      line,
      firstName: text('firstName'),
      middleName: optional('middleName'),
      lastSurname: text('lastSurname'),
      secondSurname: optional('secondSurname'),
      birthDate: dates.birthDate!,
      districtEnterDate: dates.districtEnterDate ?? null,
      schoolEnterDate: dates.schoolEnterDate ?? null,
      schoolName: optional('schoolName'),
      grade: optional('grade'),
      hispanic: flags.hispanic ?? null,
      priorMigrant: flags.priorMigrant ?? null,
      homeLanguage: optional('homeLanguage'),
      guardianName: optional('guardianName'),
      phone: optional('phone'),
      address: optional('address'),
      localStudentId: optional('localStudentId'),
      datesSame: flags.datesSame ?? null,
    });
  }
  return { referrals, skipped };
}

/**
 * The same child in the same district's list, however the list spells the name: the key
 * that makes re-importing an overlapping list add nothing twice.
 */
export function referralKey(
  referral: Pick<ReferralFacts, 'firstName' | 'lastSurname' | 'secondSurname' | 'birthDate'>,
): string {
  const surnames = [referral.lastSurname, referral.secondSurname ?? ''].map(headerKey).join('');
  return `${headerKey(referral.firstName)}|${surnames}|${referral.birthDate}`;
}

/** A prior migrant: the list says so, or Ciclo recognized the child among those it knows. */
export function isPriorMigrant(listFlag: boolean | null, recognized: boolean): boolean | null {
  return listFlag === true || recognized ? true : listFlag;
}

/** The day a referral counts from in the queue ("oldest first"): the district enter date, else the day it was imported. */
export function referralReceivedOn(
  referral: Pick<ReferralFacts, 'districtEnterDate'>,
  importedOn: CalendarDate,
): CalendarDate {
  return referral.districtEnterDate ?? importedOn;
}

/**
 * Where a referral came from: a school or district list, the community, an employer or grower,
 * another agency, the family itself, another region, a school contact's "obtained referrals", or an
 * MSIX move notice from another state (docs/rules/msix.md X10).
 */
export const REFERRAL_SOURCES = [
  'school-list',
  'community',
  'employer',
  'agency',
  'self',
  'other-region',
  'school-contact',
  'msix-move-notice',
] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

export function isReferralSource(value: string): value is ReferralSource {
  return (REFERRAL_SOURCES as readonly string[]).includes(value);
}

/** The sources whose referrals come with another record, never typed by hand: why, for each. */
const SOURCES_NOT_BY_HAND = {
  'school-contact': 'referrals from a school contact are written in the school contact log',
  'msix-move-notice': 'referrals from an MSIX move notice come with the notice’s import',
} as const;

/** The sources a referral typed by hand may have. */
export const MANUAL_REFERRAL_SOURCES = REFERRAL_SOURCES.filter(
  (source): source is Exclude<ReferralSource, keyof typeof SOURCES_NOT_BY_HAND> =>
    !(source in SOURCES_NOT_BY_HAND),
);
export type ManualReferralSource = (typeof MANUAL_REFERRAL_SOURCES)[number];

/** A referral typed by hand names a source it may have; a refusal naming `source` otherwise. */
export function assertSourceByHand(source: ReferralSource): asserts source is ManualReferralSource {
  if (source in SOURCES_NOT_BY_HAND)
    throw DomainError.invalidField('source', SOURCES_NOT_BY_HAND[source as keyof typeof SOURCES_NOT_BY_HAND]);
}

/** A referral typed by hand: the list's fields, each optional but the child's name and birth date. */
export interface ManualReferralInput {
  firstName: string;
  middleName?: string | null | undefined;
  lastSurname: string;
  secondSurname?: string | null | undefined;
  birthDate: string;
  districtEnterDate?: string | null | undefined;
  schoolEnterDate?: string | null | undefined;
  schoolName?: string | null | undefined;
  grade?: string | null | undefined;
  hispanic?: boolean | null | undefined;
  priorMigrant?: boolean | null | undefined;
  homeLanguage?: string | null | undefined;
  guardianName?: string | null | undefined;
  phone?: string | null | undefined;
  address?: string | null | undefined;
  localStudentId?: string | null | undefined;
  /**
   * The "Dates are same?" box of the list the referral was copied from, where it has one
   * (null or absent: the list does not say, and the dates answer the dates-equal rule).
   */
  datesSame?: boolean | null | undefined;
}

const MAX_TEXT_LENGTH = 200;
const TEXT_FIELDS = [
  'middleName',
  'secondSurname',
  'schoolName',
  'grade',
  'homeLanguage',
  'guardianName',
  'phone',
  'address',
  'localStudentId',
] as const;

/**
 * Check a referral typed by hand (or written under a school contact): the child's first name,
 * surname and a real birth date not after today; the enter dates real dates when given; texts
 * trimmed, at most 200 characters. `prefix` names the fields of a referral inside a larger form
 * (e.g. `referrals[1].`).
 * @throws DomainError `invalid_input` naming every field at fault.
 */
export function validateManualReferral(
  input: ManualReferralInput,
  today: CalendarDate,
  prefix = '',
): ReferralFacts {
  const problems = manualReferralProblems(input, today, prefix);
  if (problems.length > 0)
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
  const text = (value: string | null | undefined) => {
    const trimmed = value?.trim() ?? '';
    return trimmed === '' ? null : trimmed;
  };
  return {
    firstName: input.firstName.trim(),
    middleName: text(input.middleName),
    lastSurname: input.lastSurname.trim(),
    secondSurname: text(input.secondSurname),
    birthDate: input.birthDate,
    districtEnterDate: text(input.districtEnterDate),
    schoolEnterDate: text(input.schoolEnterDate),
    schoolName: text(input.schoolName),
    grade: text(input.grade),
    hispanic: input.hispanic ?? null,
    priorMigrant: input.priorMigrant ?? null,
    homeLanguage: text(input.homeLanguage),
    guardianName: text(input.guardianName),
    phone: text(input.phone),
    address: text(input.address),
    localStudentId: text(input.localStudentId),
    datesSame: input.datesSame ?? null,
  };
}

/** The problems of a referral typed by hand, each naming its field (see validateManualReferral). */
export function manualReferralProblems(
  input: ManualReferralInput,
  today: CalendarDate,
  prefix = '',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const at = (field: string, message: string) => problems.push({ field: `${prefix}${field}`, message });
  for (const field of ['firstName', 'lastSurname'] as const) {
    const value = input[field].trim();
    if (value === '') at(field, 'is required');
    else if (value.length > MAX_TEXT_LENGTH) at(field, `must be at most ${MAX_TEXT_LENGTH} characters`);
  }
  if (!isCalendarDate(input.birthDate)) at('birthDate', 'must be a real date written YYYY-MM-DD');
  else if (input.birthDate > today) at('birthDate', `cannot be after today (${today})`);
  for (const field of ['districtEnterDate', 'schoolEnterDate'] as const) {
    const value = input[field]?.trim() ?? '';
    if (value !== '' && !isCalendarDate(value)) at(field, 'must be a real date written YYYY-MM-DD');
  }
  for (const field of TEXT_FIELDS)
    if ((input[field]?.trim().length ?? 0) > MAX_TEXT_LENGTH)
      at(field, `must be at most ${MAX_TEXT_LENGTH} characters`);
  return problems;
}
