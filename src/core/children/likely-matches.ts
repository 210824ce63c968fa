import { dateParts, formatParts, isCalendarDate, type CalendarDate } from '../common/calendar-date';
import { normalizeForSearch } from './normalize-name';

/**
 * The duplicate check: is a child a recruiter is entering one Ciclo already knows? Tolerant
 * of what differs between two people writing the same name (accents, capitals, hyphens, the
 * order of the two surnames, a double surname in one part or two) and of a birth date with
 * day and month swapped. Nicknames are out of scope. Pure: candidates come from the caller.
 */
export interface NameAndBirthDate {
  firstName: string;
  lastSurname: string;
  secondSurname?: string | null | undefined;
  birthDate: CalendarDate;
}

/** Why a candidate looks like the child entered; shown to the recruiter. */
export const MATCH_REASONS = [
  'same-birth-date',
  'birth-day-month-swapped',
  'same-first-name',
  'first-name-partly-same',
  'same-surnames',
  'double-surname-split-differently',
  'surnames-swapped',
  'one-surname-missing',
  'accents-differ',
  'case-differs',
  'hyphens-differ',
] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

export interface MatchAssessment {
  /** 0–100: how alike the two records are (100 = same name and birth date, as written). */
  score: number;
  reasons: MatchReason[];
}

export interface LikelyMatch<T> extends MatchAssessment {
  candidate: T;
}

const BIRTH_DATE_WEIGHT = { same: 40, swapped: 25 } as const;
const FIRST_NAME_WEIGHT = { same: 30, partly: 20 } as const;
const SURNAME_WEIGHT = { same: 30, split: 28, swapped: 25, missing: 15 } as const;

/** The birth dates that count as the same: the date itself and, if valid, day and month swapped. */
export function birthDatesAlike(birthDate: CalendarDate): CalendarDate[] {
  const { year, month, day } = dateParts(birthDate);
  const dates = [birthDate];
  if (day !== month && day <= 12) {
    const swapped = formatParts(year, day, month);
    if (isCalendarDate(swapped)) dates.push(swapped);
  }
  return dates;
}

function compareBirthDates(entered: CalendarDate, known: CalendarDate): MatchAssessment | null {
  if (entered === known) return { score: BIRTH_DATE_WEIGHT.same, reasons: ['same-birth-date'] };
  if (birthDatesAlike(entered).includes(known))
    return { score: BIRTH_DATE_WEIGHT.swapped, reasons: ['birth-day-month-swapped'] };
  return null;
}

const words = (text: string | null | undefined): string[] =>
  normalizeForSearch(text ?? '')
    .split(' ')
    .filter(Boolean);

/**
 * The words of a first name as the comparison reads them: two first names are alike only when
 * they share one of these (the same name, or one holding every word of the other).
 */
export function firstNameWords(firstName: string): string[] {
  return [...new Set(words(firstName))];
}

function compareFirstNames(entered: string, known: string): MatchAssessment | null {
  const a = words(entered);
  const b = words(known);
  if (a.length === 0 || b.length === 0) return null;
  if (a.join(' ') === b.join(' ')) return { score: FIRST_NAME_WEIGHT.same, reasons: ['same-first-name'] };
  // "Ana" and "Ana María", "José Ángel" and "Ángel": one name holds every word of the other.
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.every((word) => longer.includes(word)))
    return { score: FIRST_NAME_WEIGHT.partly, reasons: ['first-name-partly-same'] };
  return null;
}

/** The surnames as one run of letters: "Pérez-Ávila", "Perez Avila" and "PérezÁvila" alike. */
const squashed = (parts: (string | null | undefined)[]): string =>
  parts.map((p) => words(p).join('')).join('');

function compareSurnames(entered: NameAndBirthDate, known: NameAndBirthDate): MatchAssessment | null {
  const enteredWords = [...words(entered.lastSurname), ...words(entered.secondSurname)];
  const knownWords = [...words(known.lastSurname), ...words(known.secondSurname)];
  if (enteredWords.length === 0 || knownWords.length === 0) return null;
  const enteredRun = squashed([entered.lastSurname, entered.secondSurname]);
  if (enteredRun === squashed([known.lastSurname, known.secondSurname])) {
    const sameParts = squashed([entered.lastSurname]) === squashed([known.lastSurname]);
    return sameParts
      ? { score: SURNAME_WEIGHT.same, reasons: ['same-surnames'] }
      : { score: SURNAME_WEIGHT.split, reasons: ['double-surname-split-differently'] };
  }
  if (enteredRun === squashed([known.secondSurname, known.lastSurname]))
    return { score: SURNAME_WEIGHT.swapped, reasons: ['surnames-swapped'] };
  // One record has only one of the two surnames.
  const [fewer, more] =
    enteredWords.length <= knownWords.length ? [enteredWords, knownWords] : [knownWords, enteredWords];
  if (fewer.length < more.length && fewer.every((word) => more.includes(word)))
    return { score: SURNAME_WEIGHT.missing, reasons: ['one-surname-missing'] };
  return null;
}

const stripAccents = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
/** Lower case, accents kept, hyphens and spaces gone. */
const letters = (text: string): string =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[-\s]+/g, '');
/** Lower case, accents gone, hyphens and spaces kept as written (collapsed). */
const separators = (text: string): string => stripAccents(text).toLowerCase().replace(/\s+/g, ' ').trim();

/** How two spellings of one name differ in writing only: accents, capitals, hyphens. */
function writingDifferences(entered: string, known: string): MatchReason[] {
  const reasons: MatchReason[] = [];
  const a = letters(entered);
  const b = letters(known);
  if (a !== b && stripAccents(a) === stripAccents(b)) reasons.push('accents-differ');
  const bare = (text: string) => stripAccents(text.normalize('NFC')).replace(/[-\s]+/g, '');
  if (bare(entered) !== bare(known) && bare(entered).toLowerCase() === bare(known).toLowerCase())
    reasons.push('case-differs');
  const hyphenated = entered.includes('-') || known.includes('-');
  if (hyphenated && stripAccents(a) === stripAccents(b) && separators(entered) !== separators(known))
    reasons.push('hyphens-differ');
  return reasons;
}

/** Whether `known` is likely the child `entered`, how likely and why; null when not. */
export function assessLikelyMatch(
  entered: NameAndBirthDate,
  known: NameAndBirthDate,
): MatchAssessment | null {
  const birth = compareBirthDates(entered.birthDate, known.birthDate);
  if (!birth) return null;
  const first = compareFirstNames(entered.firstName, known.firstName);
  if (!first) return null;
  const surnames = compareSurnames(entered, known);
  if (!surnames) return null;
  const knownSurnames = surnames.reasons.includes('surnames-swapped')
    ? [known.secondSurname, known.lastSurname]
    : [known.lastSurname, known.secondSurname];
  const writing = new Set([
    ...writingDifferences(entered.firstName, known.firstName),
    ...writingDifferences(
      [entered.lastSurname, entered.secondSurname].filter(Boolean).join(' '),
      knownSurnames.filter(Boolean).join(' '),
    ),
  ]);
  const reasons = [
    ...birth.reasons,
    ...first.reasons,
    ...surnames.reasons,
    ...MATCH_REASONS.filter((r) => writing.has(r)),
  ];
  return { score: birth.score + first.score + surnames.score, reasons };
}

/** The candidates that likely are the child entered, best first (ties keep the given order). */
export function likelyMatches<T extends NameAndBirthDate>(
  entered: NameAndBirthDate,
  candidates: readonly T[],
  limit = 10,
): LikelyMatch<T>[] {
  const matches: LikelyMatch<T>[] = [];
  for (const candidate of candidates) {
    const assessment = assessLikelyMatch(entered, candidate);
    if (assessment) matches.push({ candidate, ...assessment });
  }
  return matches.sort((a, b) => b.score - a.score).slice(0, limit);
}
