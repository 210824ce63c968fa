/**
 * A parent signs what the certificate says (docs/rules/identification-and-recruitment.md,
 * IR2): the facts a signature stands for, and whether a correction changed them.
 */
import type { CalendarDate } from '../common/calendar-date';

/** What the parent's or guardian's signature attests: the interview and the COE's data elements. */
export interface SignedFacts {
  interview: unknown;
  familyId: string | null;
  residencyDate: CalendarDate | null;
  qualifyingWork: string | null;
  children: ReadonlyArray<{ interviewChildId: string; childId: string | null; newChild: unknown }>;
}

/** A value written with its objects' keys sorted, so two equal values read alike however stored. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  // An empty text and no text say the same (a form sends one where the store keeps the other).
  return JSON.stringify(value === '' ? null : (value ?? null));
}

/**
 * IR2.1: whether a change of a COE changes what its signature attests — the interview, the
 * family, the residency date, the qualifying work, or which children it names. The
 * recruiter's comments are not the family's facts and leave the signature standing.
 */
export function signedFactsChanged(before: SignedFacts, after: SignedFacts): boolean {
  const children = (facts: SignedFacts) =>
    [...facts.children]
      .map((c) => ({ id: c.interviewChildId, childId: c.childId, newChild: c.childId ? null : c.newChild }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const comparable = (facts: SignedFacts) =>
    canonical({
      interview: facts.interview,
      familyId: facts.familyId,
      residencyDate: facts.residencyDate,
      qualifyingWork: facts.qualifyingWork?.trim() || null,
      children: children(facts),
    });
  return comparable(before) !== comparable(after);
}
