import type {
  Interview,
  InterviewChild,
  InterviewLink,
  InterviewMove,
} from '../../../core/eligibility/interview-schema';
import type { CoeDetail } from '../coes/coe-types';
import { largeDistrictFishingDraft, priorMoveDrafts } from './interview-facts';
import {
  nextId,
  type ChildDraft,
  type ChildLinkDraft,
  type ChildMoveDraft,
  type InterviewDraft,
  type PlaceDraft,
  type WorkDraft,
} from './interview-draft';

type Place = Interview['moves'][number]['from'];

/** How a COE ties an interview child to Ciclo: an existing child, or the facts of a new one. */
export type CoeChildLinkView = Pick<
  CoeDetail['children'][number],
  'interviewChildId' | 'childId' | 'newChild' | 'displayName'
>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function placeDraft(place: Place): PlaceDraft {
  return {
    residence: place.residence,
    schoolDistrict: place.schoolDistrict ?? '',
    city: place.city ?? '',
    state: place.state ?? '',
    country: place.country ?? 'US',
    administrativeArea: place.administrativeArea ?? '',
  };
}

function workDraft(entry: NonNullable<InterviewMove['work']>[number]): WorkDraft {
  return {
    outcome: entry.outcome,
    sector: entry.sector,
    employment: entry.employment ?? '',
    startDate: entry.startDate ?? '',
    description: entry.description ?? '',
    isNew: entry.isNew ?? true,
    expectedDurationMonths:
      entry.expectedDurationMonths === undefined ? '' : String(entry.expectedDurationMonths),
  };
}

function childDraft(child: InterviewChild, link: CoeChildLinkView | undefined): ChildDraft {
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
    otherWorkers: (child.workers ?? []).slice(1),
    completion: child.completion?.type ?? '',
    completionDate: child.completion?.date ?? '',
    completionCountry: child.completion?.country ?? '',
    stillEntitledUnderStateLaw: child.completion?.stillEntitledUnderStateLaw ?? false,
    isWorker: child.isWorker ?? false,
    priorMoves: priorMoveDrafts(child.priorQualifyingMoves),
    priorQad: child.priorQad ?? '',
    existingChildId: link?.childId ?? null,
  };
}

/** A move's links grouped by the worker's move they join or precede, in the order first listed. */
function linkGroups(links: readonly InterviewLink[]): ChildLinkDraft[] {
  const groups = new Map<string, ChildLinkDraft>();
  for (const link of links) {
    const key = `${link.type} ${link.worker} ${link.workerMove}`;
    const group = groups.get(key) ?? {
      kind: link.type,
      worker: link.worker,
      workerMove: link.workerMove,
      children: [],
    };
    group.children.push(link.child);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * The children's own move as the form holds it, one move as it was made (IF1.2): the link
 * that every child of the move has is the first, the others further links. When no link is
 * every child's (children of different workers moved together), the first link is for the
 * children it names (`linkChildren`) and the others are further links.
 */
function childMoveDrafts(
  move: InterviewMove,
  childIds: ReadonlySet<string>,
  otherIds: ReadonlySet<string>,
): ChildMoveDraft[] {
  const children = move.movers.filter((id) => childIds.has(id));
  const groups = linkGroups(move.links ?? []);
  const draftOf = (id: string, main: ChildLinkDraft, further: ChildLinkDraft[]): ChildMoveDraft => ({
    id,
    kind: main.kind,
    children: main.children,
    worker: main.worker,
    workerMove: main.workerMove,
    date: move.date,
    from: placeDraft(move.from),
    to: placeDraft(move.to),
    economicNecessity: move.economicNecessity,
    others: move.movers.filter((id) => otherIds.has(id)),
    largeDistrictFishing: largeDistrictFishingDraft(move),
    furtherLinks: further,
  });
  const shared = groups.find((group) => children.every((child) => group.children.includes(child)));
  if (shared) {
    return [
      draftOf(
        move.id,
        { ...shared, children },
        groups.filter((group) => group !== shared),
      ),
    ];
  }
  const [first, ...rest] = groups;
  if (!first) return [draftOf(move.id, { kind: 'to-join', worker: '', workerMove: '', children }, [])];
  return [{ ...draftOf(move.id, { ...first, children }, rest), linkChildren: first.children }];
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
  const ownWorkers = new Set(interview.children.filter((c) => c.isWorker).map((c) => c.id));
  const otherIds = new Set((interview.otherMembers ?? []).map((m) => m.id));
  const childIds = new Set(interview.children.map((c) => c.id));
  const draft: InterviewDraft = {
    interviewDate: interview.interviewDate,
    familyName,
    phone: '',
    workers: (interview.workers ?? []).map((w) => ({
      id: w.id,
      firstName: w.name ?? '',
      middleName: '',
      lastSurname: '',
      secondSurname: '',
      priorMoves: priorMoveDrafts(w.priorQualifyingMoves),
    })),
    workerMoves: [],
    children: interview.children.map((child) =>
      childDraft(
        child,
        links.find((l) => l.interviewChildId === child.id),
      ),
    ),
    childMoves: [],
    otherMembers: (interview.otherMembers ?? []).map((m) => ({
      id: m.id,
      name: m.name ?? '',
      role: m.role ?? '',
    })),
    settings: interview.settings ?? null,
  };
  for (const move of interview.moves) {
    if (move.links && move.links.length > 0) {
      draft.childMoves.push(...childMoveDrafts(move, childIds, otherIds));
      continue;
    }
    // Workers, youths who are their own workers and other members make the move itself;
    // the other children moved with it.
    const movers = move.movers.filter((id) => workerIds.has(id) || ownWorkers.has(id) || otherIds.has(id));
    const work: Record<string, WorkDraft> = {};
    for (const entry of move.work ?? []) work[entry.worker] = workDraft(entry);
    draft.workerMoves.push({
      id: move.id,
      date: move.date,
      from: placeDraft(move.from),
      to: placeDraft(move.to),
      movers,
      economicNecessity: move.economicNecessity,
      work,
      largeDistrictFishing: largeDistrictFishingDraft(move),
    });
    const children = move.movers.filter((id) => childIds.has(id) && !ownWorkers.has(id));
    if (children.length > 0) {
      const together: ChildMoveDraft = {
        id: nextId('j', [...draft.childMoves, ...interview.moves]),
        kind: 'with',
        children,
        worker: movers.find((id) => workerIds.has(id) || ownWorkers.has(id)) ?? '',
        workerMove: move.id,
        date: '',
        from: placeDraft(move.from),
        to: placeDraft(move.to),
        economicNecessity: true,
        others: [],
        largeDistrictFishing: null,
        furtherLinks: [],
      };
      draft.childMoves.push(together);
    }
  }
  return draft;
}
