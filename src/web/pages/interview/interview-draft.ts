import type { Interview, InterviewLink, InterviewMove } from '../../../core/eligibility/interview-schema';
import {
  largeDistrictFishingOf,
  numberOf,
  otherMembersOf,
  priorMovesOf,
  type EligibilitySettings,
  type LargeDistrictFishingDraft,
  type OtherMemberDraft,
  type PriorMoveDraft,
} from './interview-facts';

/**
 * What the recruiter has typed so far in the guided interview, and the pure translation of
 * it into the eligibility interview JSON (docs/rules/coe-and-interview-format.md). Names are
 * kept exactly as typed; empty optional fields are left out, never guessed.
 */
export interface PlaceDraft {
  residence: string;
  schoolDistrict: string;
  city: string;
  /** US state, or state / province abroad. */
  state: string;
  /** ISO 3166-1 alpha-2; US when blank. */
  country: string;
  /** Island or area, in a state that is one school district (the state's settings name them). */
  administrativeArea: string;
}

export const WORK_OUTCOMES = ['obtained', 'sought', 'none'] as const;
export const WORK_SECTORS = ['agricultural', 'fishing', 'other'] as const;
export const EMPLOYMENTS = ['seasonal', 'temporary', 'permanent', 'personal-subsistence'] as const;
export const RELATIONS = ['parent', 'guardian', 'spouse', 'other'] as const;
export const CHILD_MOVE_KINDS = ['with', 'to-join', 'precede'] as const;
/** The kinds of a move the children made on their own (not with the worker). */
export const OWN_MOVE_KINDS = [
  'to-join',
  'precede',
] as const satisfies readonly (typeof CHILD_MOVE_KINDS)[number][];
import { SEXES } from '../../../core/children/child-rules';
import type { ReferralAsRead } from '../../../core/recruitment/records-changed';
export { SEXES };
export const COMPLETIONS = ['', 'diploma', 'hse'] as const;

export interface WorkDraft {
  outcome: (typeof WORK_OUTCOMES)[number];
  sector: (typeof WORK_SECTORS)[number];
  employment: (typeof EMPLOYMENTS)[number] | '';
  startDate: string;
  description: string;
  /** False when the work continues a job held before the move. */
  isNew: boolean;
  /** As stated by the employer or the worker; blank when not said. */
  expectedDurationMonths: string;
}

export interface PersonNameDraft {
  firstName: string;
  middleName: string;
  lastSurname: string;
  secondSurname: string;
}

export interface WorkerDraft extends PersonNameDraft {
  id: string;
  /** Earlier moves for qualifying work: the "recent history" (R5.1b). */
  priorMoves: PriorMoveDraft[];
}

/**
 * A move the worker(s) made, and the work after it, per worker who moved. Movers are workers,
 * youths who are their own workers, and other family members; children who moved along are
 * recorded as a children's move "with" this one.
 */
export interface WorkerMoveDraft {
  id: string;
  date: string;
  from: PlaceDraft;
  to: PlaceDraft;
  movers: string[];
  economicNecessity: boolean;
  work: Record<string, WorkDraft>;
  largeDistrictFishing: LargeDistrictFishingDraft | null;
}

export interface ChildDraft extends PersonNameDraft {
  id: string;
  birthDate: string;
  sex: (typeof SEXES)[number];
  birthCity: string;
  birthCountry: string;
  worker: string;
  relation: (typeof RELATIONS)[number];
  /** The child's relation to each further worker (e.g. both parents work). */
  otherWorkers: { worker: string; relation: (typeof RELATIONS)[number] }[];
  completion: (typeof COMPLETIONS)[number];
  completionDate: string;
  /** Where the diploma or equivalency was obtained; US when blank. */
  completionCountry: string;
  /** For a completion abroad: still entitled to a free public education under state law. */
  stillEntitledUnderStateLaw: boolean;
  /** The youth is his or her own worker (an out-of-school youth who moved for work). */
  isWorker: boolean;
  priorMoves: PriorMoveDraft[];
  /** The QAD of the child's existing COE, if any. */
  priorQad: string;
  /** An existing Ciclo child the recruiter linked after the duplicate check. */
  existingChildId: string | null;
  /** That child's version when linked: a change someone makes meanwhile is shown before the COE goes (ID9.1). */
  existingChildVersion?: number | null;
}

/** One more worker the children joined or went ahead of with their own move (e.g. the other parent, who came at another time). */
export interface ChildLinkDraft {
  kind: (typeof OWN_MOVE_KINDS)[number];
  worker: string;
  workerMove: string;
  /** The children of the move this link is for. */
  children: string[];
}

/** A move the children made: with a worker's move, or on their own to join or precede the worker. */
export interface ChildMoveDraft {
  id: string;
  kind: (typeof CHILD_MOVE_KINDS)[number];
  children: string[];
  worker: string;
  workerMove: string;
  /** For to-join / precede: the children's own move. */
  date: string;
  from: PlaceDraft;
  to: PlaceDraft;
  economicNecessity: boolean;
  /** Other family members who made the children's own move with them. */
  others: string[];
  largeDistrictFishing: LargeDistrictFishingDraft | null;
  /**
   * The children the first link (kind, worker, workerMove) is for (IF1.1); absent, every child
   * of the move. Different children of one move may have different links to the workers.
   */
  linkChildren?: string[] | undefined;
  /** Links beyond the first, each for the children chosen for it. */
  furtherLinks: ChildLinkDraft[];
}

export interface InterviewDraft {
  interviewDate: string;
  familyName: string;
  phone: string;
  workers: WorkerDraft[];
  workerMoves: WorkerMoveDraft[];
  children: ChildDraft[];
  childMoves: ChildMoveDraft[];
  otherMembers: OtherMemberDraft[];
  /** The state's policy values, kept as received (no form; California defaults when absent). */
  settings: EligibilitySettings | null;
  /** Who the referral the interview began from was with, and its status, then (ID9.2). */
  referralAsRead?: ReferralAsRead | null;
}

const emptyPlace = (): PlaceDraft => ({
  residence: '',
  schoolDistrict: '',
  city: '',
  state: '',
  country: 'US',
  administrativeArea: '',
});
export const emptyWork = (): WorkDraft => ({
  outcome: 'none',
  sector: 'agricultural',
  employment: '',
  startDate: '',
  description: '',
  isNew: true,
  expectedDurationMonths: '',
});

/** The next free id with `prefix` (w1, w2…; c1…; m1…; j1…), never reusing one in `taken`. */
export function nextId(prefix: string, taken: readonly { id: string }[]): string {
  const used = new Set(taken.map((item) => item.id));
  let n = taken.length + 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export function emptyWorker(draft: InterviewDraft): WorkerDraft {
  return {
    id: nextId('w', draft.workers),
    firstName: '',
    middleName: '',
    lastSurname: '',
    secondSurname: '',
    priorMoves: [],
  };
}

export function emptyWorkerMove(draft: InterviewDraft): WorkerMoveDraft {
  const previous = draft.workerMoves.at(-1);
  const movers = draft.workers.map((w) => w.id);
  // A family's moves chain: the next move usually starts where the last one ended.
  return {
    id: nextId('m', draft.workerMoves),
    date: '',
    from: previous ? { ...previous.to } : emptyPlace(),
    to: emptyPlace(),
    movers,
    economicNecessity: true,
    work: {},
    largeDistrictFishing: null,
  };
}

export function emptyChild(draft: InterviewDraft): ChildDraft {
  return {
    id: nextId('c', draft.children),
    firstName: '',
    middleName: '',
    lastSurname: '',
    secondSurname: '',
    birthDate: '',
    sex: 'female',
    birthCity: '',
    birthCountry: '',
    worker: draft.workers[0]?.id ?? '',
    relation: 'parent',
    otherWorkers: [],
    completion: '',
    completionDate: '',
    completionCountry: '',
    stillEntitledUnderStateLaw: false,
    isWorker: false,
    priorMoves: [],
    priorQad: '',
    existingChildId: null,
  };
}

export function emptyChildMove(draft: InterviewDraft): ChildMoveDraft {
  const lastWorkerMove = draft.workerMoves.at(-1);
  return {
    id: nextId('j', draft.childMoves),
    kind: 'to-join',
    children: draft.children.map((c) => c.id),
    worker: draft.workers[0]?.id ?? '',
    workerMove: lastWorkerMove?.id ?? '',
    date: '',
    from: emptyPlace(),
    to: lastWorkerMove ? { ...lastWorkerMove.to } : emptyPlace(),
    economicNecessity: true,
    others: [],
    largeDistrictFishing: null,
    furtherLinks: [],
  };
}

/** A further link for every child of `move`, to the first worker the move does not link yet. */
export function emptyChildLink(draft: InterviewDraft, move: ChildMoveDraft): ChildLinkDraft {
  const linked = new Set([move.worker, ...move.furtherLinks.map((link) => link.worker)]);
  const worker = draft.workers.find((w) => !linked.has(w.id))?.id ?? move.worker;
  const workerMove = draft.workerMoves.findLast((m) => m.movers.includes(worker))?.id ?? '';
  return {
    kind: move.kind === 'precede' ? 'precede' : 'to-join',
    worker,
    workerMove,
    children: [...move.children],
  };
}

/** Take a worker out of the draft: off every move; the children and their moves tied to the worker go to the next worker (or none). */
export function removeWorker(draft: InterviewDraft, id: string): void {
  draft.workers = draft.workers.filter((w) => w.id !== id);
  for (const move of draft.workerMoves) {
    move.movers = move.movers.filter((m) => m !== id);
    delete move.work[id];
  }
  const next = draft.workers[0]?.id ?? '';
  for (const child of draft.children) {
    if (child.worker === id) child.worker = next;
    child.otherWorkers = child.otherWorkers.filter((other) => other.worker !== id);
  }
  for (const move of draft.childMoves) {
    if (move.worker === id) move.worker = next;
    move.furtherLinks = move.furtherLinks.filter((link) => link.worker !== id);
  }
}

/** Take another family member out of the draft and off every move. */
export function removeOtherMember(draft: InterviewDraft, id: string): void {
  draft.otherMembers = draft.otherMembers.filter((m) => m.id !== id);
  for (const move of draft.workerMoves) move.movers = move.movers.filter((m) => m !== id);
  for (const move of draft.childMoves) move.others = move.others.filter((m) => m !== id);
}

/** Take a child out of the draft and off every move and link. */
export function removeChild(draft: InterviewDraft, id: string): void {
  draft.children = draft.children.filter((c) => c.id !== id);
  for (const move of draft.childMoves) {
    move.children = move.children.filter((c) => c !== id);
    if (move.linkChildren) move.linkChildren = move.linkChildren.filter((c) => c !== id);
    for (const link of move.furtherLinks) link.children = link.children.filter((c) => c !== id);
  }
  for (const move of draft.workerMoves) {
    move.movers = move.movers.filter((m) => m !== id);
    delete move.work[id];
  }
}

export function emptyDraft(interviewDate: string): InterviewDraft {
  const draft: InterviewDraft = {
    interviewDate,
    familyName: '',
    phone: '',
    workers: [],
    workerMoves: [],
    children: [],
    childMoves: [],
    otherMembers: [],
    settings: null,
  };
  draft.workers.push(emptyWorker(draft));
  return draft;
}

/** A person's name exactly as typed, parts joined by one space. */
export function nameOf(person: PersonNameDraft): string {
  return [person.firstName, person.middleName, person.lastSurname, person.secondSurname]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}

type Place = Interview['moves'][number]['from'];
type Work = NonNullable<Interview['moves'][number]['work']>[number];

function placeOf(place: PlaceDraft): Place {
  const country = place.country.trim().toUpperCase() || 'US';
  const built: Place = { residence: place.residence.trim() };
  if (place.schoolDistrict.trim()) built.schoolDistrict = place.schoolDistrict.trim();
  if (place.city.trim()) built.city = place.city.trim();
  if (place.state.trim()) built.state = place.state.trim();
  if (place.administrativeArea.trim()) built.administrativeArea = place.administrativeArea.trim();
  if (country !== 'US') built.country = country;
  return built;
}

function workOf(worker: string, work: WorkDraft): Work | null {
  if (work.outcome === 'none') return null;
  // Only a search for agricultural or fishing work is a fact the rules weigh (R5.1b).
  if (work.outcome === 'sought' && work.sector === 'other') return null;
  const built: Work = { worker, outcome: work.outcome, sector: work.sector };
  if (work.outcome === 'obtained') {
    if (work.employment) built.employment = work.employment;
    if (work.startDate) built.startDate = work.startDate;
    if (!work.isNew) built.isNew = false;
    const months = numberOf(work.expectedDurationMonths);
    if (months !== null) built.expectedDurationMonths = months;
  }
  if (work.description.trim()) built.description = work.description.trim();
  return built;
}

function childOf(child: ChildDraft): Interview['children'][number] {
  const built: Interview['children'][number] = {
    id: child.id,
    name: nameOf(child) || child.id,
    birthDate: child.birthDate,
  };
  const relations = [
    ...(child.worker ? [{ worker: child.worker, relation: child.relation }] : []),
    ...child.otherWorkers.filter((other) => other.worker !== child.worker),
  ];
  if (relations.length > 0) built.workers = relations;
  if (child.isWorker) {
    built.isWorker = true;
    const prior = priorMovesOf(child.priorMoves);
    if (prior.length > 0) built.priorQualifyingMoves = prior;
  }
  if (child.completion) {
    const completion: NonNullable<Interview['children'][number]['completion']> = {
      type: child.completion,
      date: child.completionDate,
    };
    const country = child.completionCountry.trim().toUpperCase();
    if (country && country !== 'US') {
      completion.country = country;
      if (child.stillEntitledUnderStateLaw) completion.stillEntitledUnderStateLaw = true;
    }
    built.completion = completion;
  }
  if (child.priorQad) built.priorQad = child.priorQad;
  return built;
}

function workerOf(worker: WorkerDraft): NonNullable<Interview['workers']>[number] {
  const built: NonNullable<Interview['workers']>[number] = {
    id: worker.id,
    name: nameOf(worker) || worker.id,
  };
  const prior = priorMovesOf(worker.priorMoves);
  if (prior.length > 0) built.priorQualifyingMoves = prior;
  return built;
}

function workerMoveOf(move: WorkerMoveDraft, childrenWith: readonly string[]): InterviewMove {
  const built: InterviewMove = {
    id: move.id,
    date: move.date,
    from: placeOf(move.from),
    to: placeOf(move.to),
    movers: [...new Set([...move.movers, ...childrenWith])],
    economicNecessity: move.economicNecessity,
  };
  const work = move.movers.flatMap((worker) => {
    const entry = move.work[worker] ? workOf(worker, move.work[worker]) : null;
    return entry ? [entry] : [];
  });
  if (work.length > 0) built.work = work;
  const fishing = largeDistrictFishingOf(move.largeDistrictFishing);
  if (fishing) built.largeDistrictFishing = fishing;
  return built;
}

/** Whether the draft relates `childId` to `workerId` (the child's worker or one of its further workers). */
export function isRelatedToWorker(draft: InterviewDraft, childId: string, workerId: string): boolean {
  const child = draft.children.find((c) => c.id === childId);
  return (
    child !== undefined &&
    (child.worker === workerId || child.otherWorkers.some((o) => o.worker === workerId))
  );
}

/**
 * The links of a children's own move (IF1): the first link for the children chosen for it
 * (every child of the move when none were chosen), then each further link for its children,
 * each once — and only for a child of the move related to that link's worker, since the
 * engine refuses a link to a worker who is not the child's.
 */
function childLinksOf(move: ChildMoveDraft, draft: InterviewDraft): InterviewLink[] {
  const main: ChildLinkDraft = {
    kind: move.kind as ChildLinkDraft['kind'],
    worker: move.worker,
    workerMove: move.workerMove,
    children: move.linkChildren ?? move.children,
  };
  const links = new Map<string, InterviewLink>();
  for (const link of [main, ...move.furtherLinks]) {
    for (const child of link.children) {
      if (!move.children.includes(child) || !isRelatedToWorker(draft, child, link.worker)) continue;
      const built: InterviewLink = {
        child,
        type: link.kind,
        worker: link.worker,
        workerMove: link.workerMove,
      };
      links.set(`${child} ${link.kind} ${link.worker} ${link.workerMove}`, built);
    }
  }
  return [...links.values()];
}

function childMoveOf(move: ChildMoveDraft, draft: InterviewDraft): InterviewMove {
  const built: InterviewMove = {
    id: move.id,
    date: move.date,
    from: placeOf(move.from),
    to: placeOf(move.to),
    movers: [...new Set([...move.others, ...move.children])],
    economicNecessity: move.economicNecessity,
    links: childLinksOf(move, draft),
  };
  const fishing = largeDistrictFishingOf(move.largeDistrictFishing);
  if (fishing) built.largeDistrictFishing = fishing;
  return built;
}

/** The interview JSON of the eligibility contract for what has been entered. */
export function buildInterview(draft: InterviewDraft): Interview {
  const childrenWith = new Map<string, string[]>();
  for (const move of draft.childMoves) {
    if (move.kind === 'with' && move.workerMove)
      childrenWith.set(move.workerMove, [...(childrenWith.get(move.workerMove) ?? []), ...move.children]);
  }
  const workerMoves = draft.workerMoves.map((move) => workerMoveOf(move, childrenWith.get(move.id) ?? []));
  const childMoves = draft.childMoves
    .filter((move) => move.kind !== 'with')
    .map((move) => childMoveOf(move, draft));
  const interview: Interview = {
    interviewDate: draft.interviewDate,
    state: 'CA',
    workers: draft.workers.map(workerOf),
    children: draft.children.map(childOf),
    moves: [...workerMoves, ...childMoves],
  };
  if (draft.settings) interview.settings = draft.settings;
  if (draft.otherMembers.length > 0) interview.otherMembers = otherMembersOf(draft.otherMembers);
  return interview;
}

/**
 * Whether there are facts to judge (no verdict before them): the interview date, a worker (or
 * a youth who is his or her own worker), a move the children made, and children, each with a
 * birth date.
 */
export function isReadyToDetermine(draft: InterviewDraft): boolean {
  return (
    draft.interviewDate !== '' &&
    (draft.workers.length > 0 || draft.children.some((child) => child.isWorker)) &&
    (draft.childMoves.length > 0 ||
      draft.workerMoves.some((move) => draft.children.some((child) => move.movers.includes(child.id)))) &&
    draft.children.length > 0 &&
    draft.children.every((child) => child.birthDate !== '')
  );
}

const FAMILY_RELATION = {
  parent: 'parent',
  guardian: 'guardian',
  spouse: 'spouse',
  other: 'worker',
} as const;

/** The new family to create for the COE: its name (the first worker's surnames when blank) and the workers as members. */
export function buildFamily(draft: InterviewDraft, regionId: string) {
  const first = draft.workers[0];
  const fallbackName = first
    ? [first.lastSurname, first.secondSurname]
        .map((s) => s.trim())
        .filter(Boolean)
        .join(' ')
    : '';
  return {
    regionId,
    familyName:
      draft.familyName.trim() ||
      fallbackName ||
      nameOf(draft.children[0] ?? { firstName: '', middleName: '', lastSurname: '', secondSurname: '' }),
    phone: draft.phone.trim() || null,
    members: draft.workers
      .filter((worker) => worker.firstName.trim() && worker.lastSurname.trim())
      .map((worker) => {
        const relation =
          draft.children
            .flatMap((child) => [{ worker: child.worker, relation: child.relation }, ...child.otherWorkers])
            .find((related) => related.worker === worker.id)?.relation ?? 'other';
        return {
          relation: FAMILY_RELATION[relation],
          firstName: worker.firstName.trim(),
          lastSurname: worker.lastSurname.trim(),
          secondSurname: worker.secondSurname.trim() || null,
          isQualifyingWorker: true,
        };
      }),
  };
}

/** Links from interview children to Ciclo children: an existing child, or a new one created on approval. */
export function buildChildLinks(draft: InterviewDraft) {
  return draft.children.map((child) =>
    child.existingChildId
      ? {
          interviewChildId: child.id,
          childId: child.existingChildId,
          childVersion: child.existingChildVersion ?? undefined,
        }
      : {
          interviewChildId: child.id,
          newChild: {
            firstName: child.firstName.trim(),
            middleName: child.middleName.trim() || null,
            lastSurname: child.lastSurname.trim(),
            secondSurname: child.secondSurname.trim() || null,
            birthDate: child.birthDate,
            birthCity: child.birthCity.trim() || null,
            birthCountry: child.birthCountry.trim().toUpperCase() || 'US',
            sex: child.sex,
          },
        },
  );
}
