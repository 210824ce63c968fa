/** R3: whether a move is a qualifying move, and why not. */
import type { EligibilitySettings } from './eligibility-settings';
import type { InterviewMove, InterviewPlace, ReasonCode } from './interview-schema';

const SPACE_RUN = /\s\s|[^\S ]/; // two spaces in a row, or any space other than " " (tab, no-break space…)

/**
 * Residences and districts are compared lower-case, trimmed, inner whitespace collapsed (R3.2).
 * Not memoized: residences rarely repeat across interviews, and the common text needs no regex.
 */
export function normalizePlaceText(text: string | undefined): string {
  if (text === undefined) return '';
  const lower = text.trim().toLowerCase();
  return SPACE_RUN.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
}

const TAB = 9;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const FIRST_NON_ASCII = 128;

function isAsciiSpace(code: number): boolean {
  return code === SPACE || (code >= TAB && code <= CARRIAGE_RETURN);
}

const isUpperAsciiLetter = (code: number): boolean => code >= 65 && code <= 90;

function asciiLower(code: number): number {
  return isUpperAsciiLetter(code) ? code + 32 : code;
}

/**
 * Whether two place texts are the same once normalized (R3.2). The engine compares every
 * move's places: ASCII texts are compared character by character without building their
 * normalized forms; anything else is normalized and compared.
 */
export function samePlaceText(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return normalizePlaceText(a) === normalizePlaceText(b);
  const n = a.length;
  const m = b.length;
  let i = 0;
  let j = 0;
  while (i < n && isAsciiSpace(a.charCodeAt(i))) i++;
  while (j < m && isAsciiSpace(b.charCodeAt(j))) j++;
  for (;;) {
    // Here both stand past any ASCII spaces, at a character or at the end (NaN).
    if (i === n && j === m) return true;
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (ca >= FIRST_NON_ASCII || cb >= FIRST_NON_ASCII)
      return normalizePlaceText(a) === normalizePlaceText(b);
    if (i === n || j === m) return false;
    if (asciiLower(ca) !== asciiLower(cb)) return false;
    i++;
    j++;
    const spaceStartA = i;
    const spaceStartB = j;
    while (i < n && isAsciiSpace(a.charCodeAt(i))) i++;
    while (j < m && isAsciiSpace(b.charCodeAt(j))) j++;
    if (a.charCodeAt(i) >= FIRST_NON_ASCII || b.charCodeAt(j) >= FIRST_NON_ASCII)
      return normalizePlaceText(a) === normalizePlaceText(b);
    // A run of spaces inside the text is one space; at its end, none.
    const innerSpaceA = i > spaceStartA && i < n;
    const innerSpaceB = j > spaceStartB && j < m;
    if (innerSpaceA !== innerSpaceB) return false;
  }
}

const countryOf = (place: InterviewPlace): string => place.country ?? 'US';

function stateOf(place: InterviewPlace): string {
  const state = place.state;
  if (state === undefined) return '';
  if (
    state.length === 2 &&
    isUpperAsciiLetter(state.charCodeAt(0)) &&
    isUpperAsciiLetter(state.charCodeAt(1))
  )
    return state; // already a code
  return state.trim().toUpperCase();
}

/** R3.4c: both places lie in the same state, and that state is one school district. */
function inSingleDistrictState(settings: EligibilitySettings, a: InterviewPlace, b: InterviewPlace): boolean {
  const state = stateOf(a);
  return (
    countryOf(a) === 'US' &&
    countryOf(b) === 'US' &&
    state !== '' &&
    state === stateOf(b) &&
    settings.singleDistrictStates.includes(state)
  );
}

/** R3.4d: a move inside a very large district, far, to a temporary home, for fishing. */
function isLargeDistrictFishingMove(move: InterviewMove): boolean {
  const facts = move.largeDistrictFishing;
  return (
    facts !== undefined &&
    facts.districtAreaSqMi > 15_000 &&
    facts.distanceMiles >= 20 &&
    facts.toTemporaryResidence &&
    facts.toEngageInFishing
  );
}

function changesSchoolDistrict(settings: EligibilitySettings, move: InterviewMove): boolean {
  if (countryOf(move.from) !== 'US') return true;
  const differs = inSingleDistrictState(settings, move.from, move.to)
    ? !samePlaceText(move.from.administrativeArea, move.to.administrativeArea)
    : !samePlaceText(move.from.schoolDistrict, move.to.schoolDistrict);
  return differs || isLargeDistrictFishingMove(move);
}

/** R3.1–R3.4: the failures of `move` as a qualifying move; empty when it qualifies. */
export function qualifyingMoveFailures(settings: EligibilitySettings, move: InterviewMove): ReasonCode[] {
  const failures: ReasonCode[] = [];
  if (!move.economicNecessity) failures.push('NO_ECONOMIC_NECESSITY');
  if (samePlaceText(move.from.residence, move.to.residence)) failures.push('NO_RESIDENCE_CHANGE');
  if (countryOf(move.to) !== 'US' || move.to.schoolDistrict === undefined)
    failures.push('NOT_TO_US_DISTRICT');
  else if (!changesSchoolDistrict(settings, move)) failures.push('SAME_SCHOOL_DISTRICT');
  return failures;
}

/** R6.3/R6.4: the child's move and the worker's move end in the same district. */
export function haveSameDestination(
  settings: EligibilitySettings,
  a: InterviewMove,
  b: InterviewMove,
): boolean {
  if (!samePlaceText(a.to.schoolDistrict, b.to.schoolDistrict)) return false;
  if (inSingleDistrictState(settings, a.to, b.to))
    return samePlaceText(a.to.administrativeArea, b.to.administrativeArea);
  return true;
}
