import type {
  Interview,
  InterviewMove,
  PriorQualifyingMove,
} from '../../../core/eligibility/interview-schema';

/**
 * The interview facts that are less often needed — a recent history of qualifying moves, a
 * very large district's fishing move, other family members who moved — as the guided form
 * holds them, and their pure translation to and from the eligibility interview JSON.
 */
export const PRIOR_MOVE_SECTORS = ['agricultural', 'fishing'] as const;

/** An earlier move for seasonal or temporary qualifying work the worker reports (R5.1b). */
export interface PriorMoveDraft {
  date: string;
  sector: (typeof PRIOR_MOVE_SECTORS)[number];
  description: string;
}

/** A move inside one very large school district to a temporary residence for fishing (R3.4d). */
export interface LargeDistrictFishingDraft {
  districtAreaSqMi: string;
  distanceMiles: string;
  toTemporaryResidence: boolean;
  toEngageInFishing: boolean;
}

/** Roles offered for another family member who moved; a role typed elsewhere is kept as it is. */
export const OTHER_MEMBER_ROLES = [
  'mother',
  'father',
  'parent',
  'guardian',
  'sibling',
  'grandparent',
  'other',
] as const;

export interface OtherMemberDraft {
  id: string;
  /** The name exactly as typed, whole. */
  name: string;
  role: string;
}

export type EligibilitySettings = NonNullable<Interview['settings']>;

export const emptyPriorMove = (): PriorMoveDraft => ({ date: '', sector: 'agricultural', description: '' });

export const emptyLargeDistrictFishing = (): LargeDistrictFishingDraft => ({
  districtAreaSqMi: '',
  distanceMiles: '',
  toTemporaryResidence: true,
  toEngageInFishing: true,
});

/** A number as typed (blank or not a number → null). */
export function numberOf(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text.trim());
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/** The reported moves that have a date; the others are not facts yet. */
export function priorMovesOf(moves: readonly PriorMoveDraft[]): PriorQualifyingMove[] {
  return moves
    .filter((move) => move.date !== '')
    .map((move) => {
      const built: PriorQualifyingMove = { date: move.date, sector: move.sector };
      if (move.description.trim()) built.description = move.description.trim();
      return built;
    });
}

export function priorMoveDrafts(moves: readonly PriorQualifyingMove[] | undefined): PriorMoveDraft[] {
  return (moves ?? []).map((move) => ({
    date: move.date,
    sector: move.sector,
    description: move.description ?? '',
  }));
}

/** The large-district facts once both distances are entered. */
export function largeDistrictFishingOf(
  facts: LargeDistrictFishingDraft | null,
): InterviewMove['largeDistrictFishing'] | undefined {
  if (!facts) return undefined;
  const districtAreaSqMi = numberOf(facts.districtAreaSqMi);
  const distanceMiles = numberOf(facts.distanceMiles);
  if (districtAreaSqMi === null || distanceMiles === null) return undefined;
  return {
    districtAreaSqMi,
    distanceMiles,
    toTemporaryResidence: facts.toTemporaryResidence,
    toEngageInFishing: facts.toEngageInFishing,
  };
}

export function largeDistrictFishingDraft(move: InterviewMove): LargeDistrictFishingDraft | null {
  const facts = move.largeDistrictFishing;
  if (!facts) return null;
  return {
    districtAreaSqMi: String(facts.districtAreaSqMi),
    distanceMiles: String(facts.distanceMiles),
    toTemporaryResidence: facts.toTemporaryResidence,
    toEngageInFishing: facts.toEngageInFishing,
  };
}

export function otherMembersOf(members: readonly OtherMemberDraft[]): NonNullable<Interview['otherMembers']> {
  return members.map((member) => {
    const built: NonNullable<Interview['otherMembers']>[number] = { id: member.id };
    if (member.name.trim()) built.name = member.name.trim();
    if (member.role.trim()) built.role = member.role.trim();
    return built;
  });
}
