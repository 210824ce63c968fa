import type { Interview } from '../../../core/eligibility/interview-schema';

/**
 * What the recruiter has typed so far in the guided interview, and the pure translation of
 * it into the eligibility interview JSON (shared/contracts/eligibility/FORMAT.md). Names are
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
}

export const WORK_OUTCOMES = ['obtained', 'sought', 'none'] as const;
export const WORK_SECTORS = ['agricultural', 'fishing', 'other'] as const;
export const EMPLOYMENTS = ['seasonal', 'temporary', 'permanent', 'personal-subsistence'] as const;
export const RELATIONS = ['parent', 'guardian', 'spouse', 'other'] as const;
export const CHILD_MOVE_KINDS = ['with', 'to-join', 'precede'] as const;
export const SEXES = ['female', 'male', 'nonbinary', 'not_reported'] as const;
export const COMPLETIONS = ['', 'diploma', 'hse'] as const;

export interface WorkDraft {
  outcome: (typeof WORK_OUTCOMES)[number];
  sector: (typeof WORK_SECTORS)[number];
  employment: (typeof EMPLOYMENTS)[number] | '';
  startDate: string;
  description: string;
}

export interface PersonNameDraft {
  firstName: string;
  middleName: string;
  lastSurname: string;
  secondSurname: string;
}

export interface WorkerDraft extends PersonNameDraft {
  id: string;
}

/** A move the worker(s) made, and the work after it, per worker who moved. */
export interface WorkerMoveDraft {
  id: string;
  date: string;
  from: PlaceDraft;
  to: PlaceDraft;
  movers: string[];
  economicNecessity: boolean;
  work: Record<string, WorkDraft>;
}

export interface ChildDraft extends PersonNameDraft {
  id: string;
  birthDate: string;
  sex: (typeof SEXES)[number];
  birthCity: string;
  birthCountry: string;
  worker: string;
  relation: (typeof RELATIONS)[number];
  completion: (typeof COMPLETIONS)[number];
  completionDate: string;
  /** An existing Ciclo child the recruiter linked after the duplicate check. */
  existingChildId: string | null;
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
}

export interface InterviewDraft {
  interviewDate: string;
  familyName: string;
  phone: string;
  workers: WorkerDraft[];
  workerMoves: WorkerMoveDraft[];
  children: ChildDraft[];
  childMoves: ChildMoveDraft[];
}

export const emptyPlace = (): PlaceDraft => ({
  residence: '',
  schoolDistrict: '',
  city: '',
  state: '',
  country: 'US',
});
export const emptyWork = (): WorkDraft => ({
  outcome: 'none',
  sector: 'agricultural',
  employment: '',
  startDate: '',
  description: '',
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
    completion: '',
    completionDate: '',
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
  };
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
type InterviewMove = Interview['moves'][number];

function placeOf(place: PlaceDraft): Place {
  const country = place.country.trim().toUpperCase() || 'US';
  const built: Place = { residence: place.residence.trim() };
  if (place.schoolDistrict.trim()) built.schoolDistrict = place.schoolDistrict.trim();
  if (place.city.trim()) built.city = place.city.trim();
  if (place.state.trim()) built.state = place.state.trim();
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
  }
  if (work.description.trim()) built.description = work.description.trim();
  return built;
}

/** The interview JSON of the eligibility contract for what has been entered. */
export function buildInterview(draft: InterviewDraft): Interview {
  const childrenWith = new Map<string, string[]>();
  for (const move of draft.childMoves) {
    if (move.kind === 'with' && move.workerMove)
      childrenWith.set(move.workerMove, [...(childrenWith.get(move.workerMove) ?? []), ...move.children]);
  }
  const workerMoves: InterviewMove[] = draft.workerMoves.map((move) => {
    const movers = [...new Set([...move.movers, ...(childrenWith.get(move.id) ?? [])])];
    const built: InterviewMove = {
      id: move.id,
      date: move.date,
      from: placeOf(move.from),
      to: placeOf(move.to),
      movers,
      economicNecessity: move.economicNecessity,
    };
    const work = move.movers.flatMap((worker) => {
      const entry = move.work[worker] ? workOf(worker, move.work[worker]) : null;
      return entry ? [entry] : [];
    });
    if (work.length > 0) built.work = work;
    return built;
  });
  const childMoves: InterviewMove[] = draft.childMoves
    .filter((move) => move.kind !== 'with')
    .map((move) => ({
      id: move.id,
      date: move.date,
      from: placeOf(move.from),
      to: placeOf(move.to),
      movers: move.children,
      economicNecessity: move.economicNecessity,
      links: move.children.map((child) => ({
        child,
        type: move.kind as 'to-join' | 'precede',
        worker: move.worker,
        workerMove: move.workerMove,
      })),
    }));
  return {
    interviewDate: draft.interviewDate,
    state: 'CA',
    workers: draft.workers.map((worker) => ({ id: worker.id, name: nameOf(worker) || worker.id })),
    children: draft.children.map((child) => {
      const built: Interview['children'][number] = {
        id: child.id,
        name: nameOf(child) || child.id,
        birthDate: child.birthDate,
      };
      if (child.worker) built.workers = [{ worker: child.worker, relation: child.relation }];
      if (child.completion) built.completion = { type: child.completion, date: child.completionDate };
      return built;
    }),
    moves: [...workerMoves, ...childMoves],
  };
}

/** Whether enough is entered to ask the engine: an interview date and a child with a birth date. */
export function isReadyToDetermine(draft: InterviewDraft): boolean {
  return (
    draft.interviewDate !== '' &&
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
        const relation = draft.children.find((child) => child.worker === worker.id)?.relation ?? 'other';
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
      ? { interviewChildId: child.id, childId: child.existingChildId }
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
