import type { Interview } from '../../../core/eligibility/interview-schema';
import {
  nextId,
  type ChildDraft,
  type ChildMoveDraft,
  type InterviewDraft,
  type PlaceDraft,
  type WorkDraft,
} from './interview-draft';

type Place = Interview['moves'][number]['from'];

/** How a COE ties an interview child to Ciclo: an existing child, or the facts of a new one. */
export interface CoeChildLinkView {
  interviewChildId: string;
  childId: string | null;
  newChild: Record<string, unknown> | null;
  displayName: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function placeDraft(place: Place): PlaceDraft {
  return {
    residence: place.residence,
    schoolDistrict: place.schoolDistrict ?? '',
    city: place.city ?? '',
    state: place.state ?? '',
    country: place.country ?? 'US',
  };
}

/**
 * The draft to edit a returned COE's interview in the guided form: the inverse of
 * buildInterview for what the form can express. A worker's name comes back as one part (the
 * interview keeps the name whole); a new child's name parts come from the COE's facts.
 */
export function draftFromInterview(
  interview: Interview,
  links: readonly CoeChildLinkView[],
  familyName: string,
): InterviewDraft {
  const workerIds = new Set((interview.workers ?? []).map((w) => w.id));
  const childIds = new Set(interview.children.map((c) => c.id));
  const draft: InterviewDraft = {
    interviewDate: interview.interviewDate,
    familyName,
    phone: '',
    workers: [],
    workerMoves: [],
    children: [],
    childMoves: [],
  };
  draft.workers = (interview.workers ?? []).map((w) => ({
    id: w.id,
    firstName: w.name ?? '',
    middleName: '',
    lastSurname: '',
    secondSurname: '',
  }));
  draft.children = interview.children.map((child): ChildDraft => {
    const link = links.find((l) => l.interviewChildId === child.id);
    const facts = link?.newChild ?? null;
    const relation = child.workers?.[0];
    return {
      id: child.id,
      firstName: facts ? text(facts.firstName) : (link?.displayName ?? child.name ?? ''),
      middleName: text(facts?.middleName),
      lastSurname: text(facts?.lastSurname),
      secondSurname: text(facts?.secondSurname),
      birthDate: child.birthDate,
      sex: (text(facts?.sex) || 'female') as ChildDraft['sex'],
      birthCity: text(facts?.birthCity),
      birthCountry: text(facts?.birthCountry),
      worker: relation?.worker ?? '',
      relation: relation?.relation ?? 'parent',
      completion: child.completion?.type ?? '',
      completionDate: child.completion?.date ?? '',
      existingChildId: link?.childId ?? null,
    };
  });
  for (const move of interview.moves) {
    if (move.links && move.links.length > 0) {
      const link = move.links[0]!;
      draft.childMoves.push({
        id: move.id,
        kind: link.type,
        children: move.movers.filter((id) => childIds.has(id)),
        worker: link.worker,
        workerMove: link.workerMove,
        date: move.date,
        from: placeDraft(move.from),
        to: placeDraft(move.to),
        economicNecessity: move.economicNecessity,
      });
      continue;
    }
    const movers = move.movers.filter((id) => workerIds.has(id));
    if (movers.length === 0) continue;
    const work: Record<string, WorkDraft> = {};
    for (const entry of move.work ?? []) {
      work[entry.worker] = {
        outcome: entry.outcome,
        sector: entry.sector,
        employment: entry.employment ?? '',
        startDate: entry.startDate ?? '',
        description: entry.description ?? '',
      };
    }
    draft.workerMoves.push({
      id: move.id,
      date: move.date,
      from: placeDraft(move.from),
      to: placeDraft(move.to),
      movers,
      economicNecessity: move.economicNecessity,
      work,
    });
    const children = move.movers.filter((id) => childIds.has(id));
    if (children.length > 0) {
      const together: ChildMoveDraft = {
        id: nextId('j', [...draft.childMoves, ...interview.moves]),
        kind: 'with',
        children,
        worker: movers[0]!,
        workerMove: move.id,
        date: '',
        from: placeDraft(move.from),
        to: placeDraft(move.to),
        economicNecessity: true,
      };
      draft.childMoves.push(together);
    }
  }
  return draft;
}
