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

const countryOf = (place: InterviewPlace): string => place.country ?? 'US';
const stateOf = (place: InterviewPlace): string => (place.state ?? '').trim().toUpperCase();

/** R3.4c: both places lie in the same state, and that state is one school district. */
export function inSingleDistrictState(settings: EligibilitySettings, a: InterviewPlace, b: InterviewPlace): boolean {
  const state = stateOf(a);
  return countryOf(a) === 'US' && countryOf(b) === 'US' && state !== '' && state === stateOf(b) && settings.singleDistrictStates.includes(state);
}

/** R3.4d: a move inside a very large district, far, to a temporary home, for fishing. */
function isLargeDistrictFishingMove(move: InterviewMove): boolean {
  const facts = move.largeDistrictFishing;
  return facts !== undefined && facts.districtAreaSqMi > 15_000 && facts.distanceMiles >= 20 && facts.toTemporaryResidence && facts.toEngageInFishing;
}

function changesSchoolDistrict(settings: EligibilitySettings, move: InterviewMove): boolean {
  if (countryOf(move.from) !== 'US') return true;
  const differs = inSingleDistrictState(settings, move.from, move.to)
    ? normalizePlaceText(move.from.administrativeArea) !== normalizePlaceText(move.to.administrativeArea)
    : normalizePlaceText(move.from.schoolDistrict) !== normalizePlaceText(move.to.schoolDistrict);
  return differs || isLargeDistrictFishingMove(move);
}

/** R3.1–R3.4: the failures of `move` as a qualifying move; empty when it qualifies. */
export function qualifyingMoveFailures(settings: EligibilitySettings, move: InterviewMove): ReasonCode[] {
  const failures: ReasonCode[] = [];
  if (!move.economicNecessity) failures.push('NO_ECONOMIC_NECESSITY');
  if (normalizePlaceText(move.from.residence) === normalizePlaceText(move.to.residence)) failures.push('NO_RESIDENCE_CHANGE');
  if (countryOf(move.to) !== 'US' || move.to.schoolDistrict === undefined) failures.push('NOT_TO_US_DISTRICT');
  else if (!changesSchoolDistrict(settings, move)) failures.push('SAME_SCHOOL_DISTRICT');
  return failures;
}

/** R6.3/R6.4: the child's move and the worker's move end in the same district. */
export function haveSameDestination(settings: EligibilitySettings, a: InterviewMove, b: InterviewMove): boolean {
  if (normalizePlaceText(a.to.schoolDistrict) !== normalizePlaceText(b.to.schoolDistrict)) return false;
  if (inSingleDistrictState(settings, a.to, b.to)) return normalizePlaceText(a.to.administrativeArea) === normalizePlaceText(b.to.administrativeArea);
  return true;
}
