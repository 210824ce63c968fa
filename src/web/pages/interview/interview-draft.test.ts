import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { determineEligibility } from '../../../core/eligibility/determine-eligibility';
import { validateInterview } from '../../../core/eligibility/validate-interview';
import type { ChildDetermination, Interview } from '../../../core/eligibility/interview-schema';
import { draftFromInterview } from './draft-from-interview';
import {
  buildChildLinks,
  buildFamily,
  buildInterview,
  emptyChild,
  emptyChildLink,
  emptyChildMove,
  emptyDraft,
  emptyWork,
  emptyWorker,
  emptyWorkerMove,
  isReadyToDetermine,
  nextId,
  removeChild,
  removeOtherMember,
  removeWorker,
  type InterviewDraft,
  type PlaceDraft,
} from './interview-draft';
import { emptyLargeDistrictFishing } from './interview-facts';

const olopa: PlaceDraft = {
  residence: 'Family home, Olopa',
  schoolDistrict: '',
  city: 'Olopa',
  state: 'Chiquimula',
  country: 'gt',
  administrativeArea: '',
};
const oaklandRelatives: PlaceDraft = {
  residence: "Relatives' house, Oakland",
  schoolDistrict: 'Oakland Unified School District',
  city: 'Oakland',
  state: 'CA',
  country: 'US',
  administrativeArea: '',
};
const hollister: PlaceDraft = {
  residence: 'Labor camp, Hollister',
  schoolDistrict: 'Hollister School District',
  city: 'Hollister',
  state: 'CA',
  country: '',
  administrativeArea: '',
};
const oaklandApartment: PlaceDraft = { ...oaklandRelatives, residence: 'Apartment 5, Oakland' };

/** The source's Scenario 2, entered step by step as a recruiter would. */
function scenario2(): InterviewDraft {
  const draft = emptyDraft('2019-08-20');
  draft.workers[0] = { ...draft.workers[0]!, firstName: 'Joe', lastSurname: 'Jellybean' };
  const moves = [
    {
      date: '2019-04-01',
      from: olopa,
      to: oaklandRelatives,
      work: { outcome: 'sought' as const, sector: 'other' as const },
    },
    {
      date: '2019-05-01',
      from: oaklandRelatives,
      to: hollister,
      work: {
        outcome: 'obtained' as const,
        sector: 'agricultural' as const,
        employment: 'seasonal' as const,
        startDate: '2019-05-02',
        description: 'picking cherries',
      },
    },
    {
      date: '2019-07-01',
      from: hollister,
      to: oaklandApartment,
      work: {
        outcome: 'obtained' as const,
        sector: 'other' as const,
        employment: 'temporary' as const,
        startDate: '2019-07-02',
        description: 'construction',
      },
    },
  ];
  for (const m of moves) {
    const move = emptyWorkerMove(draft);
    draft.workerMoves.push({
      ...move,
      date: m.date,
      from: m.from,
      to: m.to,
      work: { w1: { ...emptyWork(), ...m.work } },
    });
  }
  draft.children.push({
    ...emptyChild(draft),
    firstName: 'Lucía',
    lastSurname: 'Jellybean',
    secondSurname: 'Pérez-Ávila',
    birthDate: '2011-02-10',
    birthCountry: 'gt',
    birthCity: 'Olopa',
  });
  draft.childMoves.push({ ...emptyChildMove(draft), date: '2019-08-01', from: olopa });
  return draft;
}

describe('buildInterview', () => {
  it('turns Scenario 2 as entered into an interview the engine finds eligible by SQM, QAD 2019-08-01', () => {
    const interview = buildInterview(scenario2());
    const [child] = determineEligibility(interview).children;
    expect(child).toMatchObject({
      child: 'c1',
      eligible: true,
      basis: 'sqm',
      relation: 'to-join',
      worker: 'w1',
      establishingMove: 'm2',
      workerMove: 'm3',
      qualifyingMove: 'j1',
      qad: '2019-08-01',
      eligibilityEndDate: '2022-07-31',
    });
  });

  it('keeps names exactly as typed and leaves out what was not entered', () => {
    const interview = buildInterview(scenario2());
    expect(interview.children[0]).toEqual({
      id: 'c1',
      name: 'Lucía Jellybean Pérez-Ávila',
      birthDate: '2011-02-10',
      workers: [{ worker: 'w1', relation: 'parent' }],
    });
    expect(interview.moves[0]!.from).toEqual({
      residence: 'Family home, Olopa',
      city: 'Olopa',
      state: 'Chiquimula',
      country: 'GT',
    });
    expect(interview.moves[1]!.to).toEqual({
      residence: 'Labor camp, Hollister',
      schoolDistrict: 'Hollister School District',
      city: 'Hollister',
      state: 'CA',
    });
    expect(interview.moves[0]!.work).toBeUndefined();
    expect(interview.moves[1]!.work).toEqual([
      {
        worker: 'w1',
        outcome: 'obtained',
        sector: 'agricultural',
        employment: 'seasonal',
        startDate: '2019-05-02',
        description: 'picking cherries',
      },
    ]);
    expect(interview.moves[3]!.links).toEqual([
      { child: 'c1', type: 'to-join', worker: 'w1', workerMove: 'm3' },
    ]);
  });

  it('puts children who moved with the worker among the movers of that move, with no move of their own', () => {
    const draft = scenario2();
    draft.childMoves = [{ ...draft.childMoves[0]!, kind: 'with', workerMove: 'm2' }];
    const interview = buildInterview(draft);
    expect(interview.moves.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    expect(interview.moves[1]!.movers).toEqual(['w1', 'c1']);
    expect(determineEligibility(interview).children[0]).toMatchObject({
      eligible: true,
      basis: 'qualifying-work',
      relation: 'with',
      qad: '2019-05-01',
    });
  });

  it('takes economic necessity from the form, for the worker’s move and for the children’s own move', () => {
    const entered = buildInterview(scenario2());
    expect(entered.moves.map((m) => m.economicNecessity)).toEqual([true, true, true, true]);

    const draft = scenario2();
    draft.workerMoves[2] = { ...draft.workerMoves[2]!, economicNecessity: false };
    draft.childMoves[0] = { ...draft.childMoves[0]!, economicNecessity: false };
    const interview = buildInterview(draft);
    expect(interview.moves.map((m) => m.economicNecessity)).toEqual([true, true, false, false]);
    const [child] = determineEligibility(interview).children;
    expect(child!.eligible).toBe(false);
    expect(child!.reasons).toContain('NO_ECONOMIC_NECESSITY');
  });

  it('records a completion only when one is chosen', () => {
    const draft = scenario2();
    draft.children[0] = { ...draft.children[0]!, completion: 'hse', completionDate: '2019-06-01' };
    expect(buildInterview(draft).children[0]!.completion).toEqual({ type: 'hse', date: '2019-06-01' });
    expect(determineEligibility(buildInterview(draft)).children[0]!.reasons).toContain('HSE_OBTAINED');
  });
});

describe('the rest of the draft', () => {
  it('is ready for the engine once it has a worker, a move and children, each with a birth date', () => {
    const draft = scenario2();
    expect(isReadyToDetermine(draft)).toBe(true);
    draft.children.push(emptyChild(draft));
    expect(isReadyToDetermine(draft)).toBe(false);
    expect(isReadyToDetermine(emptyDraft('2019-08-20'))).toBe(false);
    const noMove = scenario2();
    noMove.workerMoves = [];
    noMove.childMoves = [];
    expect(isReadyToDetermine(noMove)).toBe(false);
    const noWorker = scenario2();
    noWorker.workers = [];
    expect(isReadyToDetermine(noWorker)).toBe(false);
    noWorker.children[0]!.isWorker = true;
    expect(isReadyToDetermine(noWorker)).toBe(true);
  });

  it('never reuses an id', () => {
    expect(nextId('c', [{ id: 'c2' }])).toBe('c3');
    expect(nextId('c', [{ id: 'c1' }, { id: 'c3' }])).toBe('c4');
  });

  it('chains a new worker move from where the last one ended', () => {
    const draft = scenario2();
    expect(emptyWorkerMove(draft)).toMatchObject({ id: 'm4', from: oaklandApartment, movers: ['w1'] });
  });

  it('builds the new family from the workers, named by the first worker’s surnames', () => {
    expect(buildFamily(scenario2(), 'region-1')).toEqual({
      regionId: 'region-1',
      familyName: 'Jellybean',
      phone: null,
      members: [
        {
          relation: 'parent',
          firstName: 'Joe',
          lastSurname: 'Jellybean',
          secondSurname: null,
          isQualifyingWorker: true,
        },
      ],
    });
  });

  it('links a child to the existing record chosen at the duplicate check, or describes a new one', () => {
    const draft = scenario2();
    expect(buildChildLinks(draft)).toEqual([
      {
        interviewChildId: 'c1',
        newChild: {
          firstName: 'Lucía',
          middleName: null,
          lastSurname: 'Jellybean',
          secondSurname: 'Pérez-Ávila',
          birthDate: '2011-02-10',
          birthCity: 'Olopa',
          birthCountry: 'GT',
          sex: 'female',
        },
      },
    ]);
    draft.children[0]!.existingChildId = 'child-uuid';
    expect(buildChildLinks(draft)).toEqual([{ interviewChildId: 'c1', childId: 'child-uuid' }]);
  });
});

describe('draftFromInterview', () => {
  it('gives back a draft that builds the same interview, for a child who joined and one who moved with the worker', async () => {
    const { draftFromInterview } = await import('./draft-from-interview');
    const joined = buildInterview(scenario2());
    const links = [
      {
        interviewChildId: 'c1',
        childId: null,
        newChild: buildChildLinks(scenario2())[0]!.newChild!,
        displayName: 'Lucía Jellybean Pérez-Ávila',
      },
    ];
    const again = draftFromInterview(joined, links, 'Jellybean');
    expect(buildInterview(again)).toEqual(joined);
    expect(again.children[0]).toMatchObject({
      firstName: 'Lucía',
      secondSurname: 'Pérez-Ávila',
      birthCountry: 'GT',
      existingChildId: null,
    });
    expect(buildChildLinks(again)).toEqual(buildChildLinks(scenario2()));

    const draft = scenario2();
    draft.childMoves = [{ ...draft.childMoves[0]!, kind: 'with', workerMove: 'm2' }];
    const together = buildInterview(draft);
    const existing = [
      {
        interviewChildId: 'c1',
        childId: 'child-uuid',
        newChild: null,
        displayName: 'Lucía Jellybean Pérez-Ávila',
      },
    ];
    const fromTogether = draftFromInterview(together, existing, 'Jellybean');
    expect(buildInterview(fromTogether)).toEqual(together);
    expect(fromTogether.children[0]!.existingChildId).toBe('child-uuid');
  });
});

const casesFolder = join(import.meta.dirname, '..', '..', '..', '..', 'tests', 'cases', 'eligibility');
const publicCases = readdirSync(casesFolder)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({
    name,
    ...(JSON.parse(readFileSync(join(casesFolder, name), 'utf8')) as {
      input: Interview;
      expected: { children: ChildDetermination[] };
    }),
  }));

const decided = (result: ChildDetermination) => ({
  child: result.child,
  eligible: result.eligible,
  qad: result.qad,
  basis: result.basis,
  relation: result.relation,
  eligibilityEndDate: result.eligibilityEndDate,
});

/** The interview without what the form does not keep (a move's note) and with moves in id order. */
const comparable = (interview: Interview) => ({
  ...interview,
  state: 'CA',
  moves: interview.moves
    .map((move) => {
      const { note, ...kept } = move;
      void note;
      return { ...kept, movers: [...kept.movers].sort() };
    })
    .sort((a, b) => a.id.localeCompare(b.id)),
});

describe('every public eligibility case through the form', () => {
  it('has public cases to check', () => {
    expect(publicCases.length).toBeGreaterThan(10);
  });

  it.each(publicCases)(
    '$name: the draft of its interview builds the same determination',
    ({ input, expected }) => {
      const draft = draftFromInterview(input, [], '');
      const rebuilt = buildInterview(draft);
      expect(determineEligibility(rebuilt).children.map(decided)).toEqual(expected.children.map(decided));
      expect(comparable(rebuilt)).toEqual(comparable(input));
    },
  );
});

describe('the facts behind "more facts"', () => {
  it('a worker’s earlier qualifying move gives the recent history that makes a search for work establish the worker', () => {
    const draft = scenario2();
    draft.workerMoves[1]!.work.w1 = { ...emptyWork(), outcome: 'sought', sector: 'agricultural' };
    draft.childMoves = [{ ...draft.childMoves[0]!, kind: 'with', workerMove: 'm2' }];
    expect(determineEligibility(buildInterview(draft)).children[0]!.reasons).toContain('NO_RECENT_HISTORY');
    draft.workers[0]!.priorMoves = [
      { date: '2018-06-01', sector: 'agricultural', description: 'picking apples' },
      { date: '', sector: 'fishing', description: 'not dated yet' },
    ];
    const interview = buildInterview(draft);
    expect(interview.workers![0]!.priorQualifyingMoves).toEqual([
      { date: '2018-06-01', sector: 'agricultural', description: 'picking apples' },
    ]);
    expect(determineEligibility(interview).children[0]).toMatchObject({
      eligible: true,
      basis: 'qualifying-work',
      relation: 'with',
      qad: '2019-05-01',
    });
  });

  it('a youth who is the worker moves and works on his own, with his own recent history', () => {
    const draft = emptyDraft('2023-04-05');
    draft.workers = [];
    draft.children.push({
      ...emptyChild(draft),
      firstName: 'Miguel',
      birthDate: '2006-02-14',
      worker: '',
      isWorker: true,
      priorMoves: [{ date: '2022-04-01', sector: 'fishing', description: '' }],
    });
    draft.workerMoves.push({
      ...emptyWorkerMove(draft),
      date: '2023-03-20',
      from: olopa,
      to: hollister,
      movers: ['c1'],
      work: { c1: { ...emptyWork(), outcome: 'sought', sector: 'fishing' } },
    });
    const interview = buildInterview(draft);
    expect(interview.children[0]).toEqual({
      id: 'c1',
      name: 'Miguel',
      birthDate: '2006-02-14',
      isWorker: true,
      priorQualifyingMoves: [{ date: '2022-04-01', sector: 'fishing' }],
    });
    expect(determineEligibility(interview).children[0]).toMatchObject({
      eligible: true,
      relation: 'as-worker',
      qad: '2023-03-20',
    });
    expect(buildInterview(draftFromInterview(interview, [], ''))).toEqual(interview);
  });

  it('the mother who moved with the child is a mover of the child’s own move, and of a worker’s move', () => {
    const draft = scenario2();
    draft.otherMembers = [{ id: 'p1', name: 'María Pérez-Ávila', role: 'mother' }];
    draft.childMoves[0]!.others = ['p1'];
    draft.workerMoves[0]!.movers = ['w1', 'p1'];
    const interview = buildInterview(draft);
    expect(interview.otherMembers).toEqual([{ id: 'p1', name: 'María Pérez-Ávila', role: 'mother' }]);
    expect(interview.moves[3]!.movers).toEqual(['p1', 'c1']);
    expect(interview.moves[0]!.movers).toEqual(['w1', 'p1']);
    expect(determineEligibility(interview).children[0]!.qad).toBe('2019-08-01');
    expect(buildInterview(draftFromInterview(interview, [], ''))).toEqual(interview);
  });

  it('taking out another family member takes them off every move', () => {
    const draft = scenario2();
    draft.otherMembers = [{ id: 'p1', name: 'María Pérez-Ávila', role: 'mother' }];
    draft.childMoves[0]!.others = ['p1'];
    draft.workerMoves[0]!.movers = ['w1', 'p1'];
    removeOtherMember(draft, 'p1');
    expect(draft.otherMembers).toEqual([]);
    expect(buildInterview(draft).moves.flatMap((move) => move.movers)).not.toContain('p1');
  });

  it('a diploma from abroad does not end eligibility when the child is still entitled under state law', () => {
    const draft = scenario2();
    draft.children[0] = { ...draft.children[0]!, completion: 'diploma', completionDate: '2019-06-01' };
    expect(determineEligibility(buildInterview(draft)).children[0]!.eligible).toBe(false);
    draft.children[0] = { ...draft.children[0], completionCountry: 'gt', stillEntitledUnderStateLaw: true };
    const interview = buildInterview(draft);
    expect(interview.children[0]!.completion).toEqual({
      type: 'diploma',
      date: '2019-06-01',
      country: 'GT',
      stillEntitledUnderStateLaw: true,
    });
    expect(determineEligibility(interview).children[0]!.eligible).toBe(true);
    expect(buildInterview(draftFromInterview(interview, [], ''))).toEqual(interview);
  });

  it('the QAD of the child’s existing COE decides whether a new COE is needed', () => {
    const draft = scenario2();
    draft.children[0]!.priorQad = '2019-08-01';
    const interview = buildInterview(draft);
    expect(interview.children[0]!.priorQad).toBe('2019-08-01');
    expect(determineEligibility(interview).children[0]!.newCoeRequired).toBe(false);
    draft.children[0]!.priorQad = '2018-01-15';
    expect(determineEligibility(buildInterview(draft)).children[0]!.newCoeRequired).toBe(true);
  });

  it('a fishing move inside one very large district qualifies once its distances are entered', () => {
    const draft = emptyDraft('2023-07-01');
    const anchorage: PlaceDraft = {
      ...hollister,
      residence: 'House, Bethel',
      schoolDistrict: 'Lower Kuskokwim SD',
      state: 'AK',
    };
    draft.workerMoves.push({
      ...emptyWorkerMove(draft),
      date: '2023-06-01',
      from: anchorage,
      to: { ...anchorage, residence: 'Fish camp, Kwethluk' },
      work: {
        w1: {
          ...emptyWork(),
          outcome: 'obtained',
          sector: 'fishing',
          employment: 'seasonal',
          startDate: '2023-06-02',
        },
      },
      largeDistrictFishing: { ...emptyLargeDistrictFishing(), districtAreaSqMi: '22000' },
    });
    draft.children.push({ ...emptyChild(draft), firstName: 'Ana', birthDate: '2015-01-01' });
    draft.childMoves.push({ ...emptyChildMove(draft), kind: 'with', workerMove: 'm1' });
    expect(buildInterview(draft).moves[0]!.largeDistrictFishing).toBeUndefined();
    expect(determineEligibility(buildInterview(draft)).children[0]!.reasons).toContain(
      'SAME_SCHOOL_DISTRICT',
    );
    draft.workerMoves[0]!.largeDistrictFishing!.distanceMiles = '35';
    const interview = buildInterview(draft);
    expect(interview.moves[0]!.largeDistrictFishing).toEqual({
      districtAreaSqMi: 22000,
      distanceMiles: 35,
      toTemporaryResidence: true,
      toEngageInFishing: true,
    });
    expect(determineEligibility(interview).children[0]!.eligible).toBe(true);
    expect(buildInterview(draftFromInterview(interview, [], ''))).toEqual(interview);
  });

  it('work that is not new, or expected to last over 12 months, does not qualify', () => {
    const draft = scenario2();
    draft.childMoves = [{ ...draft.childMoves[0]!, kind: 'with', workerMove: 'm2' }];
    draft.workerMoves[1]!.work.w1 = { ...draft.workerMoves[1]!.work.w1!, isNew: false };
    expect(determineEligibility(buildInterview(draft)).children[0]!.reasons).toContain('WORK_NOT_QUALIFYING');
    draft.workerMoves[1]!.work.w1 = {
      ...draft.workerMoves[1]!.work.w1!,
      isNew: true,
      employment: 'temporary',
      expectedDurationMonths: '18',
    };
    const interview = buildInterview(draft);
    expect(interview.moves[1]!.work![0]!.expectedDurationMonths).toBe(18);
    expect(determineEligibility(interview).children[0]!.eligible).toBe(false);
    expect(buildInterview(draftFromInterview(interview, [], ''))).toEqual(interview);
  });
  it('a child related to two workers keeps both relations', () => {
    const draft = scenario2();
    draft.workers.push({ ...draft.workers[0]!, id: 'w2', firstName: 'María', priorMoves: [] });
    draft.children[0]!.otherWorkers = [{ worker: 'w2', relation: 'guardian' }];
    const interview = buildInterview(draft);
    expect(interview.children[0]!.workers).toEqual([
      { worker: 'w1', relation: 'parent' },
      { worker: 'w2', relation: 'guardian' },
    ]);
    expect(buildInterview(draftFromInterview(interview, [], ''))).toEqual(interview);
  });
});

/** Parents who came to Hollister at different times, and two children who joined them later. */
function parentsApart(): InterviewDraft {
  const draft = emptyDraft('2019-09-01');
  draft.workers[0] = { ...draft.workers[0]!, firstName: 'José' };
  draft.workers.push({ ...emptyWorker(draft), firstName: 'María' });
  const seasonal = {
    ...emptyWork(),
    outcome: 'obtained' as const,
    employment: 'seasonal' as const,
    startDate: '2019-03-05',
  };
  draft.workerMoves.push({
    ...emptyWorkerMove(draft),
    date: '2019-03-01',
    from: olopa,
    to: hollister,
    movers: ['w1'],
    work: { w1: seasonal },
  });
  draft.workerMoves.push({
    ...emptyWorkerMove(draft),
    date: '2019-06-01',
    from: olopa,
    to: hollister,
    movers: ['w2'],
  });
  draft.children.push({
    ...emptyChild(draft),
    firstName: 'Ana',
    birthDate: '2012-01-01',
    worker: 'w2',
    otherWorkers: [{ worker: 'w1', relation: 'parent' }],
  });
  draft.children.push({ ...emptyChild(draft), firstName: 'Beto', birthDate: '2014-01-01', worker: 'w2' });
  draft.childMoves.push({
    ...emptyChildMove(draft),
    worker: 'w2',
    workerMove: 'm2',
    date: '2019-08-01',
    from: olopa,
  });
  return draft;
}

describe('a children’s move that joins more than one worker', () => {
  it('links each child to the first worker, and to a further worker only the children chosen for it', () => {
    const draft = parentsApart();
    const move = draft.childMoves[0]!;
    move.furtherLinks.push({ ...emptyChildLink(draft, move), children: ['c1'] });
    expect(move.furtherLinks[0]).toMatchObject({ kind: 'to-join', worker: 'w1', workerMove: 'm1' });
    const interview = buildInterview(draft);
    expect(interview.moves[2]!.links).toEqual([
      { child: 'c1', type: 'to-join', worker: 'w2', workerMove: 'm2' },
      { child: 'c2', type: 'to-join', worker: 'w2', workerMove: 'm2' },
      { child: 'c1', type: 'to-join', worker: 'w1', workerMove: 'm1' },
    ]);
    const [ana, beto] = determineEligibility(interview).children;
    expect(ana).toMatchObject({ eligible: true, worker: 'w1', relation: 'to-join', qad: '2019-08-01' });
    expect(beto).toMatchObject({ eligible: false });
    expect(beto!.reasons).toContain('NO_ESTABLISHED_WORKER');
  });

  it('keeps every link when a returned COE comes back to the form', () => {
    const draft = parentsApart();
    draft.childMoves[0]!.furtherLinks.push({
      kind: 'to-join',
      worker: 'w1',
      workerMove: 'm1',
      children: ['c1'],
    });
    const interview = buildInterview(draft);
    const again = draftFromInterview(interview, [], '');
    expect(again.childMoves).toHaveLength(1);
    expect(again.childMoves[0]!.furtherLinks).toEqual([
      { kind: 'to-join', worker: 'w1', workerMove: 'm1', children: ['c1'] },
    ]);
    expect(buildInterview(again)).toEqual(interview);
  });

  it('children of different workers who moved together come back as the one move they made, each child with its own link (IF1.2)', () => {
    const draft = parentsApart();
    draft.children[1]!.worker = 'w1';
    draft.children[0]!.otherWorkers = [];
    const interview = buildInterview(draft);
    interview.moves[2]!.links = [
      { child: 'c1', type: 'to-join', worker: 'w2', workerMove: 'm2' },
      { child: 'c2', type: 'to-join', worker: 'w1', workerMove: 'm1' },
    ];
    const again = draftFromInterview(interview, [], '');
    expect(again.childMoves).toHaveLength(1);
    expect(again.childMoves[0]).toMatchObject({ worker: 'w2', children: ['c1', 'c2'], linkChildren: ['c1'] });
    expect(again.childMoves[0]!.furtherLinks).toEqual([
      { kind: 'to-join', worker: 'w1', workerMove: 'm1', children: ['c2'] },
    ]);
    expect(buildInterview(again)).toEqual(interview);
    const before = determineEligibility(interview).children;
    const after = determineEligibility(buildInterview(again)).children;
    expect(after.map((child) => [child.eligible, child.qad, child.worker])).toEqual(
      before.map((child) => [child.eligible, child.qad, child.worker]),
    );
  });

  it('taking out a worker or a child takes them out of the further links too', () => {
    const draft = parentsApart();
    draft.childMoves[0]!.furtherLinks.push({
      kind: 'to-join',
      worker: 'w1',
      workerMove: 'm1',
      children: ['c1', 'c2'],
    });
    removeChild(draft, 'c2');
    expect(draft.childMoves[0]!.children).toEqual(['c1']);
    expect(draft.childMoves[0]!.furtherLinks[0]!.children).toEqual(['c1']);
    removeWorker(draft, 'w1');
    expect(draft.childMoves[0]!.furtherLinks).toEqual([]);
    expect(draft.children[0]!.otherWorkers).toEqual([]);
    expect(buildInterview(draft).moves.flatMap((move) => move.links ?? [])).toEqual([
      { child: 'c1', type: 'to-join', worker: 'w2', workerMove: 'm2' },
    ]);
  });
});

describe('a children’s move in which the children have different links to the workers (IF1)', () => {
  /** Ana (José's and María's) and Beto (María's only) came together; Ana joined José, Beto went ahead of María. */
  function differentLinks(): InterviewDraft {
    const draft = parentsApart();
    // María (w2) comes to Hollister after the children this time.
    draft.workerMoves[1] = { ...draft.workerMoves[1]!, date: '2019-08-20' };
    const move = draft.childMoves[0]!;
    move.kind = 'to-join';
    move.worker = 'w1';
    move.workerMove = 'm1';
    move.linkChildren = ['c1'];
    move.furtherLinks.push({ kind: 'precede', worker: 'w2', workerMove: 'm2', children: ['c2'] });
    return draft;
  }

  it('builds for each child its own link only, valid input to the engine', () => {
    const interview = buildInterview(differentLinks());
    expect(interview.moves[2]!.movers).toEqual(['c1', 'c2']);
    expect(interview.moves[2]!.links).toEqual([
      { child: 'c1', type: 'to-join', worker: 'w1', workerMove: 'm1' },
      { child: 'c2', type: 'precede', worker: 'w2', workerMove: 'm2' },
    ]);
    expect(() => validateInterview(interview)).not.toThrow();
    const [ana, beto] = determineEligibility(interview).children;
    expect(ana).toMatchObject({ worker: 'w1', relation: 'to-join' });
    // María's move had no qualifying work: Beto's link to her is judged, and found wanting.
    expect(beto!.reasons).toContain('NO_ESTABLISHED_WORKER');
  });

  it('never links a child to a worker the child is not related to, whatever was chosen', () => {
    const draft = differentLinks();
    // Beto is María's only: a first link to José chosen for every child still links Ana alone.
    draft.childMoves[0]!.linkChildren = undefined;
    const interview = buildInterview(draft);
    expect(interview.moves[2]!.links).toEqual([
      { child: 'c1', type: 'to-join', worker: 'w1', workerMove: 'm1' },
      { child: 'c2', type: 'precede', worker: 'w2', workerMove: 'm2' },
    ]);
    expect(() => validateInterview(interview)).not.toThrow();
  });

  it('comes back from a returned COE as the same move and the same links', () => {
    const interview = buildInterview(differentLinks());
    const again = draftFromInterview(interview, [], '');
    expect(again.childMoves).toHaveLength(1);
    expect(buildInterview(again)).toEqual(interview);
  });

  it('taking a child out takes it out of the first link’s children too', () => {
    const draft = differentLinks();
    removeChild(draft, 'c1');
    expect(draft.childMoves[0]!.linkChildren).toEqual([]);
    expect(buildInterview(draft).moves[2]!.links).toEqual([
      { child: 'c2', type: 'precede', worker: 'w2', workerMove: 'm2' },
    ]);
  });
});
