import { ageOn, isCalendarDate, type CalendarDate } from '../common/calendar-date';
import { DomainError, type FieldProblem } from '../common/domain-error';
import { MSIX_ID_PATTERN } from './reconciliation';

/** Longest name part Ciclo stores; shared by the form and the server (STYLE §6). */
export const MAX_NAME_LENGTH = 100;
/** The Migrant Education Program serves children from birth through age 21. */
const MAX_PROGRAM_AGE = 21;
export const SEXES = ['female', 'male', 'nonbinary', 'not_reported'] as const;
export type Sex = (typeof SEXES)[number];

/** The facts about a child that a person enters; names are kept exactly as written. */
export interface ChildFacts {
  firstName: string;
  middleName: string | null;
  lastSurname: string;
  secondSurname: string | null;
  generationCodeSuffix: string | null;
  birthDate: CalendarDate;
  birthCity: string | null;
  birthState: string | null;
  birthCountry: string;
  sex: Sex;
  statewideStudentId: string | null;
  /**
   * The MSIX Identification Number, 12 digits given by MSIX (identification-and-recruitment.md
   * IR5.1). Not given: none.
   */
  msixId?: string | null;
  /**
   * An English learner (docs/rules/services.md S5.9): what the child counts report as English
   * Learner Status. Not given: not one (false).
   */
  englishLearner?: boolean;
  /** A child with a disability under IDEA (S5.9): the child counts' Disability Status. Not given: false. */
  disability?: boolean;
}

/**
 * Check a child's facts and list every problem by field. Names are trimmed of surrounding
 * spaces only: accents, hyphens, apostrophes, mixed case and two surnames stay as written.
 * @param today the date the facts are entered, to refuse a birth date in the future
 */
export function validateChildFacts(facts: ChildFacts, today: CalendarDate): ChildFacts {
  const problems: FieldProblem[] = [];
  const name = (field: keyof ChildFacts, value: string | null, required: boolean): string | null => {
    const trimmed = value?.trim() ?? '';
    if (!trimmed) {
      if (required) problems.push({ field, message: 'must not be empty' });
      return null;
    }
    if (trimmed.length > MAX_NAME_LENGTH)
      problems.push({ field, message: `must be at most ${MAX_NAME_LENGTH} characters` });
    return trimmed;
  };
  const cleaned: ChildFacts = {
    firstName: name('firstName', facts.firstName, true) ?? '',
    middleName: name('middleName', facts.middleName, false),
    lastSurname: name('lastSurname', facts.lastSurname, true) ?? '',
    secondSurname: name('secondSurname', facts.secondSurname, false),
    generationCodeSuffix: name('generationCodeSuffix', facts.generationCodeSuffix, false),
    birthDate: facts.birthDate,
    birthCity: name('birthCity', facts.birthCity, false),
    birthState: name('birthState', facts.birthState, false),
    birthCountry: facts.birthCountry?.trim().toUpperCase() ?? '',
    sex: facts.sex,
    statewideStudentId: name('statewideStudentId', facts.statewideStudentId, false),
    msixId: name('msixId', facts.msixId ?? null, false),
    englishLearner: facts.englishLearner ?? false,
    disability: facts.disability ?? false,
  };
  for (const flag of ['englishLearner', 'disability'] as const)
    if (typeof cleaned[flag] !== 'boolean') problems.push({ field: flag, message: 'must be true or false' });
  if (!isCalendarDate(facts.birthDate)) {
    problems.push({ field: 'birthDate', message: 'must be a date written YYYY-MM-DD' });
  } else if (facts.birthDate > today) {
    problems.push({ field: 'birthDate', message: 'must not be in the future' });
  } else if (ageOn(facts.birthDate, today) > 120) {
    problems.push({ field: 'birthDate', message: 'is more than 120 years ago' });
  }
  if (!/^[A-Z]{2}$/.test(cleaned.birthCountry)) {
    problems.push({
      field: 'birthCountry',
      message: 'must be a two-letter country code (ISO 3166-1), e.g. US or MX',
    });
  }
  if (!SEXES.includes(facts.sex))
    problems.push({ field: 'sex', message: `must be one of ${SEXES.join(', ')}` });
  if (cleaned.statewideStudentId !== null && !/^\d{10}$/.test(cleaned.statewideStudentId)) {
    problems.push({
      field: 'statewideStudentId',
      message: 'must be the 10-digit statewide student identifier (SSID)',
    });
  }
  if (cleaned.msixId !== null && cleaned.msixId !== undefined && !MSIX_ID_PATTERN.test(cleaned.msixId)) {
    problems.push({ field: 'msixId', message: 'must be the 12-digit MSIX identification number' });
  }
  if (problems.length > 0) {
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
  }
  return cleaned;
}

/** Whether a child of `birthDate` is of program age (0–21) on `on`. */
export function isOfProgramAge(birthDate: CalendarDate, on: CalendarDate): boolean {
  return birthDate <= on && ageOn(birthDate, on) <= MAX_PROGRAM_AGE;
}
