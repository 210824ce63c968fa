import { DomainError } from '../common/domain-error';
import { canWriteInRegion, type Actor } from '../people/access-scope';
import { hasPermission } from '../people/roles';
import {
  assessLikelyMatch,
  birthDatesAlike,
  firstNameWords,
  type MatchReason,
  type NameAndBirthDate,
} from './likely-matches';

/**
 * One child across identifiers (docs/rules/identification-and-recruitment.md IR5): which pairs
 * of children are likely one child, which identifiers disagree, and what a merge carries over.
 * Pure: the children come from the caller.
 */

/** The identifiers a child may carry besides Ciclo's id. */
export interface ChildIdentifiers {
  /** The state's migrant student number (Ciclo assigns it). */
  studentNumber: string;
  /** The CALPADS statewide student identifier (SSID). */
  statewideStudentId: string | null;
  /** The MSIX Identification Number (IR5.1). */
  msixId: string | null;
  /** The student number of the imported qualification history linked to the child (IR4). */
  historyStudentId: string | null;
}

export interface ReconcilableChild extends NameAndBirthDate, ChildIdentifiers {
  id: string;
  regionId: string;
}

/** Why a pair is proposed: a shared identifier (certain), or the likely-match reasons. */
export type ProposalReason = 'same-ssid' | 'same-msix-id' | 'same-student-number' | MatchReason;

/** The identifiers that block a merge when both children hold different ones (IR5.3). */
export const CONFLICTING_IDENTIFIERS = ['statewideStudentId', 'msixId', 'historyStudentId'] as const;
export type ConflictingIdentifier = (typeof CONFLICTING_IDENTIFIERS)[number];

export interface MatchProposal {
  /** The pair, the smaller id first (a pair is the same pair whichever way it is named). */
  firstId: string;
  secondId: string;
  /** A shared identifier: the same child for certain (IR5.2). */
  certain: boolean;
  /** 100 when certain; else the likely-match score. */
  score: number;
  reasons: ProposalReason[];
  /** Identifiers both hold with different values: a merge needs a person's reason (IR5.3). */
  conflicts: ConflictingIdentifier[];
  crossRegion: boolean;
}

/** IR5.2: the score from which a likely match is proposed, unless the state sets another. */
export const DEFAULT_MATCH_THRESHOLD = 70;

/** IR5.2: the state's setting of the queue (`child_matches`). */
export interface ChildMatchSetting {
  /** The score from which a likely match is proposed. */
  threshold: number;
}

/** IR5.2: a threshold is a whole score from 1 to 100. */
export function parseChildMatchSetting(input: unknown): ChildMatchSetting {
  const threshold = (input as { threshold?: unknown } | null)?.threshold;
  if (typeof threshold !== 'number' || !Number.isInteger(threshold) || threshold < 1 || threshold > 100)
    throw DomainError.invalidField('threshold', 'must be a whole number from 1 to 100');
  return { threshold };
}

/** IR5.2: the threshold is the state's, changed by the state administrator only. */
export function mayChangeMatchThreshold(actor: Actor): boolean {
  return actor.role === 'state_admin';
}

export function assertMayChangeMatchThreshold(actor: Actor): void {
  if (!mayChangeMatchThreshold(actor)) throw new DomainError('forbidden', 'Your role does not allow this.');
}

/** IR5.1: the MSIX Identification Number is 12 digits (msix.md X1.3). */
export const MSIX_ID_PATTERN = /^\d{12}$/;

/** The key of an unordered pair of children. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/** IR5.3: the identifiers both children hold with different values. */
export function identifierConflicts(a: ChildIdentifiers, b: ChildIdentifiers): ConflictingIdentifier[] {
  return CONFLICTING_IDENTIFIERS.filter((name) => {
    const x = a[name];
    const y = b[name];
    return x !== null && y !== null && x !== y;
  });
}

/** IR5.2: the identifiers the two children share, each a reason that they are one child. */
export function sharedIdentifiers(a: ChildIdentifiers, b: ChildIdentifiers): ProposalReason[] {
  const reasons: ProposalReason[] = [];
  if (a.statewideStudentId !== null && a.statewideStudentId === b.statewideStudentId)
    reasons.push('same-ssid');
  if (a.msixId !== null && a.msixId === b.msixId) reasons.push('same-msix-id');
  // The state number of imported history (IR4) is a migrant student number too.
  const numbersOf = (c: ChildIdentifiers) => [c.studentNumber, c.historyStudentId].filter((n) => n !== null);
  const bNumbers = numbersOf(b);
  if (numbersOf(a).some((n) => bNumbers.includes(n))) reasons.push('same-student-number');
  return reasons;
}

/** IR5.2: whether and why two children are proposed as one; null when they are not. */
export function assessPair(
  a: ReconcilableChild,
  b: ReconcilableChild,
  threshold: number = DEFAULT_MATCH_THRESHOLD,
): MatchProposal | null {
  if (a.id === b.id) return null;
  const [first, second] = a.id < b.id ? [a, b] : [b, a];
  const shared = sharedIdentifiers(first, second);
  const likely = assessLikelyMatch(first, second);
  const base = {
    firstId: first.id,
    secondId: second.id,
    conflicts: identifierConflicts(first, second),
    crossRegion: first.regionId !== second.regionId,
  };
  if (shared.length > 0)
    return { ...base, certain: true, score: 100, reasons: [...shared, ...(likely?.reasons ?? [])] };
  if (!likely || likely.score < threshold) return null;
  return { ...base, certain: false, score: likely.score, reasons: likely.reasons };
}

export interface ProposalOptions {
  threshold?: number;
  /** Pairs a person said are not one child (`pairKey`): never proposed again (IR5.4). */
  dismissed?: ReadonlySet<string>;
}

/**
 * IR5.2: every pair of the children that is likely one child, certain ones first, then by
 * score; a dismissed pair is left out. Only the pairs that may be proposed are compared: those
 * sharing an identifier, and those born on the same day (or with day and month swapped) whose
 * first names share a word, which a likely match cannot lack. So the work grows with the
 * children of one birth date and first name, not with the square of all children.
 */
export function proposeMatches(
  children: readonly ReconcilableChild[],
  options: ProposalOptions = {},
): MatchProposal[] {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const dismissed = options.dismissed ?? new Set<string>();
  const buckets = new Map<string, ReconcilableChild[]>();
  const put = (key: string, child: ReconcilableChild) => {
    const bucket = buckets.get(key);
    if (bucket) bucket.push(child);
    else buckets.set(key, [child]);
  };
  const nameWordsOf = new Map(children.map((child) => [child.id, firstNameWords(child.firstName)]));
  for (const child of children) {
    for (const word of nameWordsOf.get(child.id)!) put(`birth:${child.birthDate}:${word}`, child);
    if (child.statewideStudentId) put(`ssid:${child.statewideStudentId}`, child);
    if (child.msixId) put(`msix:${child.msixId}`, child);
    put(`number:${child.studentNumber}`, child);
    if (child.historyStudentId) put(`number:${child.historyStudentId}`, child);
  }
  const proposals = new Map<string, MatchProposal>();
  const consider = (a: ReconcilableChild, b: ReconcilableChild) => {
    const key = pairKey(a.id, b.id);
    if (a.id === b.id || proposals.has(key) || dismissed.has(key)) return;
    const proposal = assessPair(a, b, threshold);
    if (proposal) proposals.set(key, proposal);
  };
  for (const child of children) {
    for (const date of birthDatesAlike(child.birthDate))
      for (const word of nameWordsOf.get(child.id)!)
        for (const other of buckets.get(`birth:${date}:${word}`) ?? []) consider(child, other);
  }
  for (const [key, bucket] of buckets) {
    if (key.startsWith('birth:')) continue;
    for (let i = 0; i < bucket.length; i++)
      for (let j = i + 1; j < bucket.length; j++) consider(bucket[i]!, bucket[j]!);
  }
  return [...proposals.values()].sort(
    (x, y) =>
      Number(y.certain) - Number(x.certain) ||
      y.score - x.score ||
      x.firstId.localeCompare(y.firstId) ||
      x.secondId.localeCompare(y.secondId),
  );
}

/**
 * IR5.3: a merge of children whose identifiers disagree goes ahead only when a person gives
 * the reason they are one child all the same.
 */
export function assertMergeAllowed(
  conflicts: readonly ConflictingIdentifier[],
  overrideReason: string | null,
): void {
  if (conflicts.length === 0) return;
  if (overrideReason !== null && overrideReason.trim().length > 0) return;
  throw new DomainError(
    'invalid_input',
    `overrideReason: the two children hold different identifiers (${conflicts.join(', ')}); say why they are one child`,
    [
      {
        field: 'overrideReason',
        message: `the two children hold different identifiers (${conflicts.join(', ')}); say why they are one child`,
      },
    ],
  );
}

/**
 * IR5.5: the identifiers the kept child takes from the merged one: those it does not hold. An
 * identifier both hold stays with each (the merged child's is kept on it, for undo and audit).
 */
export function identifiersToCarry(
  kept: ChildIdentifiers,
  merged: ChildIdentifiers,
): Partial<Record<ConflictingIdentifier, string>> {
  const carried: Partial<Record<ConflictingIdentifier, string>> = {};
  for (const name of CONFLICTING_IDENTIFIERS) {
    const value = merged[name];
    if (kept[name] === null && value !== null) carried[name] = value;
  }
  return carried;
}

/** IR5.7: why the actor may not merge, split or undo for children of these regions; null when they may. */
function reconcileRefusal(actor: Actor, regionIds: readonly string[]): string | null {
  if (!hasPermission(actor.role, 'child.reconcile')) return 'Your role does not allow this.';
  if (new Set(regionIds).size > 1 && actor.role !== 'state_admin')
    return 'Children of two regions are merged or split by the state administrator.';
  if (!regionIds.every((regionId) => canWriteInRegion(actor, regionId)))
    return 'Your role does not allow this.';
  return null;
}

/** IR5.7: whether the actor may merge, split and undo for children of these regions. */
export function mayReconcile(actor: Actor, regionIds: readonly string[]): boolean {
  return reconcileRefusal(actor, regionIds) === null;
}

/**
 * IR5.7: who may merge, split and undo: a data specialist for children of their region, the
 * state administrator for any; children of two regions only the state administrator. Raises
 * `forbidden`; the caller has already answered 404 for a child out of the actor's scope.
 */
export function assertMayReconcile(actor: Actor, regionIds: readonly string[]): void {
  const refusal = reconcileRefusal(actor, regionIds);
  if (refusal !== null) throw new DomainError('forbidden', refusal);
}
