import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { determineEligibility } from './determine-eligibility';
import { CALIFORNIA_ELIGIBILITY_SETTINGS } from './eligibility-settings';
import { child, COACHELLA, DELANO, FRESNO, grapeWork, interview, move, OAXACA } from './interview-builders';
import type { Interview } from './interview-schema';
import { normalizePlaceText, samePlaceText } from './qualifying-move';

const determine = (input: Interview) => determineEligibility(input).children[0]!;
const reasonsOf = (input: Interview) => [...determine(input).reasons].sort();

describe('R1 dates', () => {
  it('R1.2 the anniversary of 29 February is 28 February, or 1 March with feb29Anniversary=mar-1', () => {
    const leap = interview({
      interviewDate: '2021-01-10',
      moves: [move('m1', '2020-02-29', { work: [grapeWork('2020-03-01')] })],
    });
    expect(determine(leap).eligibilityEndDate).toBe('2023-02-27');
    expect(determine({ ...leap, settings: { feb29Anniversary: 'mar-1' } }).eligibilityEndDate).toBe(
      '2023-02-28',
    );
  });

  it('R1.3 "within N months" ends the day before the same day N months later', () => {
    const base = interview({
      interviewDate: '2023-06-30',
      moves: [
        move('m1', '2022-01-10', { movers: ['w-1'], work: [grapeWork('2022-01-12')] }),
        move('m2', '2023-01-09', {
          movers: ['c-1'],
          from: OAXACA,
          links: [{ child: 'c-1', type: 'to-join', worker: 'w-1', workerMove: 'm1' }],
        }),
      ],
    });
    expect(determine(base).eligible).toBe(true);
    const dayLate = structuredClone(base);
    dayLate.moves[1]!.date = '2023-01-10';
    expect(reasonsOf(dayLate)).toEqual(['NO_QUALIFYING_MOVE', 'TO_JOIN_TOO_LATE']);
  });

  it('R1.4 "within N days" includes day N and not day N + 1', () => {
    expect(
      determine(interview({ moves: [move('m1', '2022-08-15', { work: [grapeWork('2022-10-14')] })] }))
        .eligible,
    ).toBe(true);
    expect(
      reasonsOf(interview({ moves: [move('m1', '2022-08-15', { work: [grapeWork('2022-10-15')] })] })),
    ).toEqual(['NO_ESTABLISHED_WORKER', 'NO_QUALIFYING_MOVE', 'WORK_NOT_SOON_AFTER']);
  });
});

describe('R2 people', () => {
  it.each(['parent', 'guardian', 'spouse'] as const)(
    'R2.1 a %s worker can make the child eligible',
    (relation) => {
      expect(
        determine(interview({ children: [child({ workers: [{ worker: 'w-1', relation }] })] })).eligible,
      ).toBe(true);
    },
  );

  it('R2.1 any other relation, or none recorded, cannot', () => {
    expect(
      reasonsOf(interview({ children: [child({ workers: [{ worker: 'w-1', relation: 'other' }] })] })),
    ).toEqual(['NO_QUALIFYING_MOVE', 'WORKER_RELATION_NOT_QUALIFYING']);
    expect(reasonsOf(interview({ children: [child({ workers: [] })] }))).toEqual([
      'NO_QUALIFYING_MOVE',
      'WORKER_RELATION_NOT_QUALIFYING',
    ]);
  });

  it('R2.3 a youth can be his or her own worker', () => {
    const youth = interview({
      workers: [],
      children: [child({ id: 'c-1', birthDate: '2005-05-05', isWorker: true, workers: [] })],
      moves: [
        move('m1', '2022-08-15', { movers: ['c-1'], work: [grapeWork('2022-08-16', { worker: 'c-1' })] }),
      ],
    });
    expect(determine(youth)).toMatchObject({
      eligible: true,
      relation: 'as-worker',
      worker: 'c-1',
      qad: '2022-08-15',
    });
  });

  it('R2.3 a youth who is his or her own worker qualifies another child only where that child records a relation to the youth', () => {
    const youthAndSpouse = (workers: NonNullable<Interview['children'][number]['workers']>) =>
      determineEligibility(
        interview({
          workers: [],
          children: [
            child({ id: 'c-1', birthDate: '2004-05-05', isWorker: true, workers: [] }),
            child({ id: 'c-2', birthDate: '2005-06-06', workers }),
          ],
          moves: [
            move('m1', '2022-08-15', {
              movers: ['c-1', 'c-2'],
              work: [grapeWork('2022-08-16', { worker: 'c-1' })],
            }),
          ],
        }),
      ).children[1]!;
    expect(youthAndSpouse([{ worker: 'c-1', relation: 'spouse' }])).toMatchObject({
      eligible: true,
      relation: 'with',
      worker: 'c-1',
    });
    // No relation recorded: the youth is no worker of this child (an adult worker would be, and fail R2.1).
    expect(youthAndSpouse([]).reasons).toEqual(['NO_QUALIFYING_MOVE']);
  });
});

describe('R3 qualifying move', () => {
  it('R3.1 a move not made out of economic necessity does not qualify', () => {
    expect(
      reasonsOf(
        interview({
          moves: [move('m1', '2022-08-15', { economicNecessity: false, work: [grapeWork('2022-08-20')] })],
        }),
      ),
    ).toEqual(['NO_ECONOMIC_NECESSITY', 'NO_QUALIFYING_MOVE']);
  });

  it('R3.2 the residences are compared ignoring case and spacing', () => {
    const to = { ...DELANO, residence: '  12 PALM   st, coachella ' };
    expect(
      reasonsOf(interview({ moves: [move('m1', '2022-08-15', { to, work: [grapeWork('2022-08-20')] })] })),
    ).toEqual(['NO_QUALIFYING_MOVE', 'NO_RESIDENCE_CHANGE']);
  });

  it('R3.3 a move to another country is not to a US school district, and R3.4 is then not judged', () => {
    const home = { ...COACHELLA, schoolDistrict: 'Delano Union School District' };
    expect(
      reasonsOf(
        interview({
          moves: [move('m1', '2022-08-15', { from: home, to: OAXACA, work: [grapeWork('2022-08-20')] })],
        }),
      ),
    ).toEqual(['NOT_TO_US_DISTRICT', 'NO_QUALIFYING_MOVE']);
  });

  it('R3.4a a move from abroad changes district', () => {
    expect(
      determine(
        interview({ moves: [move('m1', '2022-08-15', { from: OAXACA, work: [grapeWork('2022-08-20')] })] }),
      ).eligible,
    ).toBe(true);
  });

  it('R3.4b districts are compared ignoring case and spacing', () => {
    const to = { ...FRESNO, residence: 'another home', schoolDistrict: ' fresno  UNIFIED school district' };
    expect(
      reasonsOf(
        interview({
          moves: [move('m1', '2022-08-15', { from: FRESNO, to, work: [grapeWork('2022-08-20')] })],
        }),
      ),
    ).toEqual(['NO_QUALIFYING_MOVE', 'SAME_SCHOOL_DISTRICT']);
  });

  it('R3.4c in a single-district state the administrative areas are compared', () => {
    const hilo = {
      residence: 'Hilo home',
      schoolDistrict: 'Hawaii DOE',
      administrativeArea: 'Hawaii County',
      state: 'HI',
    };
    const kona = {
      residence: 'Kona home',
      schoolDistrict: 'Hawaii DOE',
      administrativeArea: 'Honolulu County',
      state: 'HI',
    };
    const hawaii = interview({
      moves: [move('m1', '2022-08-15', { from: hilo, to: kona, work: [grapeWork('2022-08-20')] })],
    });
    expect(determine(hawaii).eligible).toBe(true);
    expect(reasonsOf({ ...hawaii, settings: { singleDistrictStates: [] } })).toEqual([
      'NO_QUALIFYING_MOVE',
      'SAME_SCHOOL_DISTRICT',
    ]);
    const sameArea = interview({
      moves: [
        move('m1', '2022-08-15', {
          from: hilo,
          to: { ...kona, administrativeArea: 'Hawaii County' },
          work: [grapeWork('2022-08-20')],
        }),
      ],
    });
    expect(reasonsOf(sameArea)).toEqual(['NO_QUALIFYING_MOVE', 'SAME_SCHOOL_DISTRICT']);
  });

  it('R3.4d inside a very large district only a far move to a temporary home for fishing qualifies', () => {
    const from = { residence: 'Bethel home', schoolDistrict: 'Lower Kuskokwim SD', state: 'AK' };
    const to = { residence: 'Fish camp', schoolDistrict: 'Lower Kuskokwim SD', state: 'AK' };
    const facts = {
      districtAreaSqMi: 22_000,
      distanceMiles: 20,
      toTemporaryResidence: true,
      toEngageInFishing: true,
    };
    const fishing = grapeWork('2022-06-02', { sector: 'fishing', description: 'salmon' });
    const alaska = (overrides: Partial<typeof facts>) =>
      interview({
        moves: [
          move('m1', '2022-06-01', {
            from,
            to,
            largeDistrictFishing: { ...facts, ...overrides },
            work: [fishing],
          }),
        ],
      });
    expect(determine(alaska({})).eligible).toBe(true);
    for (const failing of [
      { districtAreaSqMi: 15_000 },
      { distanceMiles: 19.9 },
      { toTemporaryResidence: false },
      { toEngageInFishing: false },
    ]) {
      expect(reasonsOf(alaska(failing))).toEqual(['NO_QUALIFYING_MOVE', 'SAME_SCHOOL_DISTRICT']);
    }
  });
});

describe('R4 qualifying work', () => {
  const withWork = (work: ReturnType<typeof grapeWork>) =>
    interview({ moves: [move('m1', '2022-08-15', { work: [work] })] });
  const notQualifying = ['NO_ESTABLISHED_WORKER', 'NO_QUALIFYING_MOVE', 'WORK_NOT_QUALIFYING'];

  it('R4.1 agricultural and fishing work qualify; other work does not', () => {
    expect(determine(withWork(grapeWork('2022-08-16', { sector: 'fishing' }))).eligible).toBe(true);
    expect(reasonsOf(withWork(grapeWork('2022-08-16', { sector: 'other' })))).toEqual(notQualifying);
  });

  it('R4.2 seasonal or temporary up to 12 months qualifies; permanent or longer does not', () => {
    expect(
      determine(withWork(grapeWork('2022-08-16', { employment: 'temporary', expectedDurationMonths: 12 })))
        .eligible,
    ).toBe(true);
    expect(
      reasonsOf(withWork(grapeWork('2022-08-16', { employment: 'temporary', expectedDurationMonths: 13 }))),
    ).toEqual(notQualifying);
    expect(reasonsOf(withWork(grapeWork('2022-08-16', { employment: 'permanent' })))).toEqual(notQualifying);
  });

  it('R4.3 continuing a job held before the move is not new work', () => {
    expect(reasonsOf(withWork(grapeWork('2022-08-16', { isNew: false })))).toEqual(notQualifying);
  });

  it('R4.4 personal subsistence qualifies', () => {
    expect(
      determine(withWork(grapeWork('2022-08-16', { employment: 'personal-subsistence' }))).eligible,
    ).toBe(true);
  });
});

describe('R5 worker established', () => {
  const sought = { worker: 'w-1', outcome: 'sought', sector: 'agricultural' } as const;

  it('R5.1a engaged in qualifying work within soonAfterDays (a setting)', () => {
    const late = interview({ moves: [move('m1', '2022-08-15', { work: [grapeWork('2022-11-01')] })] });
    expect(determine(late).eligible).toBe(false);
    expect(determine({ ...late, settings: { soonAfterDays: 90 } }).eligible).toBe(true);
  });

  it('R5.1b sought work establishes with a recent history of moves of that sector', () => {
    const withHistory = interview({
      workers: [{ id: 'w-1', priorQualifyingMoves: [{ date: '2020-09-01', sector: 'agricultural' }] }],
      moves: [move('m1', '2022-08-15', { work: [sought] })],
    });
    expect(determine(withHistory)).toMatchObject({
      eligible: true,
      basis: 'qualifying-work',
      establishingMove: 'm1',
    });
    const tooOld = interview({
      workers: [{ id: 'w-1', priorQualifyingMoves: [{ date: '2019-08-15', sector: 'agricultural' }] }],
      moves: [move('m1', '2022-08-15', { work: [sought] })],
    });
    expect(reasonsOf(tooOld)).toEqual(['NO_ESTABLISHED_WORKER', 'NO_QUALIFYING_MOVE', 'NO_RECENT_HISTORY']);
    const otherSector = interview({
      workers: [{ id: 'w-1', priorQualifyingMoves: [{ date: '2021-08-15', sector: 'fishing' }] }],
      moves: [move('m1', '2022-08-15', { work: [sought] })],
    });
    expect(reasonsOf(otherSector)).toContain('NO_RECENT_HISTORY');
    expect(determine({ ...tooOld, settings: { recentHistoryLookbackMonths: 37 } }).eligible).toBe(true);
    expect(determine({ ...withHistory, settings: { recentHistoryMinMoves: 2 } }).eligible).toBe(false);
  });

  it('R5.1b an earlier move in this interview that established the worker counts as history', () => {
    const twoMoves = interview({
      interviewDate: '2023-05-01',
      moves: [
        move('m1', '2021-06-01', {
          movers: ['w-1'],
          from: FRESNO,
          to: COACHELLA,
          work: [grapeWork('2021-06-03')],
        }),
        move('m2', '2023-04-01', { work: [sought] }),
      ],
    });
    expect(determine(twoMoves)).toMatchObject({
      eligible: true,
      basis: 'qualifying-work',
      establishingMove: 'm2',
      qad: '2023-04-01',
    });
  });

  it('R5.2 the worker is migratory for 36 months from the establishing move (the SQM window)', () => {
    const sqmAt = (date: string) =>
      interview({
        interviewDate: '2023-12-31',
        moves: [
          move('m1', '2020-09-10', {
            movers: ['w-1'],
            from: FRESNO,
            to: COACHELLA,
            work: [grapeWork('2020-09-12')],
          }),
          move('m2', date, { work: [grapeWork(date, { sector: 'other' })] }),
        ],
      });
    expect(determine(sqmAt('2023-09-09'))).toMatchObject({
      eligible: true,
      basis: 'sqm',
      establishingMove: 'm1',
      workerMoveDate: '2020-09-10',
    });
    expect(reasonsOf(sqmAt('2023-09-10'))).toEqual(['NO_QUALIFYING_MOVE', 'SQM_OUTSIDE_36_MONTHS']);
  });

  it('R5.3 sub-reasons say why a qualifying move did not establish the worker', () => {
    const both = interview({
      moves: [move('m1', '2022-08-15', { work: [grapeWork('2022-12-01'), sought] })],
    });
    expect(reasonsOf(both)).toEqual([
      'NO_ESTABLISHED_WORKER',
      'NO_QUALIFYING_MOVE',
      'NO_RECENT_HISTORY',
      'WORK_NOT_SOON_AFTER',
    ]);
    expect(reasonsOf(interview({ moves: [move('m1', '2022-08-15')] }))).toEqual([
      'NO_ESTABLISHED_WORKER',
      'NO_QUALIFYING_MOVE',
      'WORK_NOT_QUALIFYING',
    ]);
  });
});

describe('R6 pairings', () => {
  const workerAlone = move('m1', '2022-01-10', {
    movers: ['w-1'],
    from: OAXACA,
    work: [grapeWork('2022-01-17')],
  });
  const toJoin = (date: string, overrides = {}) =>
    move('m2', date, {
      movers: ['c-1'],
      from: OAXACA,
      links: [{ child: 'c-1', type: 'to-join', worker: 'w-1', workerMove: 'm1' }],
      ...overrides,
    });

  it('R6.1 with: the QAD is the move date', () => {
    expect(determine(interview())).toMatchObject({
      relation: 'with',
      qad: '2022-08-15',
      workerMove: 'm1',
      qualifyingMove: 'm1',
    });
  });

  it('R6.3 to-join: the QAD is the child arrival, within toJoinMaxMonths, to the same district', () => {
    expect(determine(interview({ moves: [workerAlone, toJoin('2022-06-20')] }))).toMatchObject({
      relation: 'to-join',
      qad: '2022-06-20',
      workerMove: 'm1',
      qualifyingMove: 'm2',
      basis: 'qualifying-work',
    });
    expect(reasonsOf(interview({ moves: [workerAlone, toJoin('2022-06-20', { to: FRESNO })] }))).toEqual([
      'NOT_SAME_DESTINATION',
      'NO_QUALIFYING_MOVE',
    ]);
    const late = interview({ moves: [workerAlone, toJoin('2023-01-10')], interviewDate: '2023-02-01' });
    expect(reasonsOf(late)).toEqual(['NO_QUALIFYING_MOVE', 'TO_JOIN_TOO_LATE']);
    expect(determine({ ...late, settings: { toJoinMaxMonths: null } }).eligible).toBe(true);
  });

  it('R6.4 precede: the QAD is the worker arrival, within precedeMaxMonths', () => {
    const childFirst = move('m1', '2022-03-01', {
      movers: ['c-1'],
      from: FRESNO,
      links: [{ child: 'c-1', type: 'precede', worker: 'w-1', workerMove: 'm2' }],
    });
    const workerLater = (date: string) =>
      move('m2', date, { movers: ['w-1'], from: OAXACA, work: [grapeWork(date)] });
    expect(determine(interview({ moves: [childFirst, workerLater('2022-05-01')] }))).toMatchObject({
      relation: 'precede',
      qad: '2022-05-01',
      workerMove: 'm2',
      qualifyingMove: 'm1',
      establishingMove: 'm2',
    });
    const late = interview({ moves: [childFirst, workerLater('2023-03-01')], interviewDate: '2023-04-01' });
    expect(reasonsOf(late)).toEqual(['NO_QUALIFYING_MOVE', 'PRECEDE_TOO_EARLY']);
    expect(determine({ ...late, settings: { precedeMaxMonths: null } }).eligible).toBe(true);
  });

  it('R6.5 both the child move and the worker move must qualify', () => {
    expect(
      reasonsOf(interview({ moves: [workerAlone, toJoin('2022-06-20', { economicNecessity: false })] })),
    ).toEqual(['NO_ECONOMIC_NECESSITY', 'NO_QUALIFYING_MOVE']);
    const workerSameDistrict = { ...workerAlone, from: { ...DELANO, residence: 'elsewhere in Delano' } };
    expect(reasonsOf(interview({ moves: [workerSameDistrict, toJoin('2022-06-20')] }))).toEqual([
      'NO_QUALIFYING_MOVE',
      'SAME_SCHOOL_DISTRICT',
    ]);
  });

  it('R6.6 a child move without the worker and without a link is no pairing', () => {
    expect(reasonsOf(interview({ moves: [workerAlone, toJoin('2022-06-20', { links: [] })] }))).toEqual([
      'NO_QUALIFYING_MOVE',
    ]);
  });

  it('R6.7 the relation is checked for to-join pairings too', () => {
    const uncle = interview({
      children: [child({ workers: [{ worker: 'w-1', relation: 'other' }] })],
      moves: [workerAlone, toJoin('2022-06-20')],
    });
    expect(reasonsOf(uncle)).toEqual(['NO_QUALIFYING_MOVE', 'WORKER_RELATION_NOT_QUALIFYING']);
  });
});

describe('R7 basis', () => {
  it('R7.1 the worker move itself followed by qualifying work: qualifying-work, worker move date = QAD', () => {
    expect(determine(interview())).toMatchObject({
      basis: 'qualifying-work',
      establishingMove: 'm1',
      workerMoveDate: '2022-08-15',
      qad: '2022-08-15',
    });
  });

  it('R7.2 a later qualifying move for any work within 36 months is an SQM, even if the child did not make the first move or was not yet born', () => {
    const sqm = interview({
      interviewDate: '2022-01-10',
      children: [child({ birthDate: '2019-12-01' })],
      moves: [
        move('m1', '2019-06-01', {
          movers: ['w-1'],
          from: FRESNO,
          to: COACHELLA,
          work: [grapeWork('2019-06-02')],
        }),
        move('m2', '2021-05-26', { from: COACHELLA, to: FRESNO }),
      ],
    });
    expect(determine(sqm)).toMatchObject({
      eligible: true,
      basis: 'sqm',
      establishingMove: 'm1',
      workerMoveDate: '2019-06-01',
      workerMove: 'm2',
      qad: '2021-05-26',
    });
  });

  it('R7.2 the latest earlier establishing move is taken', () => {
    const twice = interview({
      interviewDate: '2023-01-10',
      moves: [
        move('m1', '2019-06-01', {
          movers: ['w-1'],
          from: FRESNO,
          to: COACHELLA,
          work: [grapeWork('2019-06-02')],
        }),
        move('m2', '2020-06-01', {
          movers: ['w-1'],
          from: COACHELLA,
          to: FRESNO,
          work: [grapeWork('2020-06-02')],
        }),
        move('m3', '2022-08-15', { from: FRESNO, to: DELANO }),
      ],
    });
    expect(determine(twice)).toMatchObject({
      basis: 'sqm',
      establishingMove: 'm2',
      workerMoveDate: '2020-06-01',
    });
  });

  it('R7.3 no earlier establishing move: NO_ESTABLISHED_WORKER with the sub-reasons', () => {
    expect(
      reasonsOf(
        interview({
          moves: [move('m1', '2022-08-15', { work: [grapeWork('2022-08-16', { sector: 'other' })] })],
        }),
      ),
    ).toEqual(['NO_ESTABLISHED_WORKER', 'NO_QUALIFYING_MOVE', 'WORK_NOT_QUALIFYING']);
  });

  it('R7.4 worker status is not judged when the worker move does not qualify', () => {
    expect(reasonsOf(interview({ moves: [move('m1', '2022-08-15', { economicNecessity: false })] }))).toEqual(
      ['NO_ECONOMIC_NECESSITY', 'NO_QUALIFYING_MOVE'],
    );
  });
});

describe('R8 choosing the QAD', () => {
  it('R8.1 the latest valid QAD wins, across workers', () => {
    const twoWorkers = interview({
      workers: [{ id: 'w-1' }, { id: 'w-2' }],
      children: [
        child({
          workers: [
            { worker: 'w-1', relation: 'parent' },
            { worker: 'w-2', relation: 'parent' },
          ],
        }),
      ],
      moves: [
        move('m1', '2021-08-15', { from: FRESNO, to: COACHELLA, work: [grapeWork('2021-08-16')] }),
        move('m2', '2022-08-15', {
          movers: ['w-2', 'c-1'],
          work: [grapeWork('2022-08-16', { worker: 'w-2' })],
        }),
      ],
    });
    expect(determine(twoWorkers)).toMatchObject({ qad: '2022-08-15', worker: 'w-2' });
  });

  it('R8.2 on equal QADs, qualifying-work before sqm and then the lower worker id', () => {
    const tie = interview({
      workers: [{ id: 'w-2' }, { id: 'w-1' }],
      children: [
        child({
          workers: [
            { worker: 'w-2', relation: 'parent' },
            { worker: 'w-1', relation: 'parent' },
          ],
        }),
      ],
      moves: [
        move('m1', '2022-08-15', {
          movers: ['w-2', 'w-1', 'c-1'],
          work: [grapeWork('2022-08-16', { worker: 'w-2' }), grapeWork('2022-08-17', { worker: 'w-1' })],
        }),
      ],
    });
    expect(determine(tie).worker).toBe('w-1');
    const sqmVersusWork = interview({
      workers: [{ id: 'w-1' }, { id: 'w-2' }],
      children: [
        child({
          workers: [
            { worker: 'w-1', relation: 'parent' },
            { worker: 'w-2', relation: 'parent' },
          ],
        }),
      ],
      moves: [
        move('m0', '2021-08-15', {
          movers: ['w-1'],
          from: FRESNO,
          to: COACHELLA,
          work: [grapeWork('2021-08-16')],
        }),
        move('m1', '2022-08-15', {
          movers: ['w-1', 'w-2', 'c-1'],
          work: [grapeWork('2022-08-16', { worker: 'w-2' })],
        }),
      ],
    });
    expect(determine(sqmVersusWork)).toMatchObject({ basis: 'qualifying-work', worker: 'w-2' });
  });

  it('R8.3 a later move that does not qualify does not change the QAD', () => {
    const later = interview({
      moves: [
        move('m1', '2022-08-15', { work: [grapeWork('2022-08-20')] }),
        move('m2', '2022-10-01', { from: DELANO, to: { ...DELANO, residence: 'new home' } }),
      ],
    });
    expect(determine(later)).toMatchObject({ eligible: true, qad: '2022-08-15', reasons: [] });
  });
});

describe('R9 and R10 the child and the eligibility period', () => {
  it('R9.1 the child is eligible only before the 22nd birthday', () => {
    expect(
      determine(interview({ interviewDate: '2023-01-09', children: [child({ birthDate: '2001-01-10' })] })),
    ).toMatchObject({ eligible: true, eligibilityEndDate: '2023-01-09', endReason: 'age-22' });
    expect(
      determine(interview({ interviewDate: '2023-01-10', children: [child({ birthDate: '2001-01-10' })] })),
    ).toMatchObject({ eligible: false, reasons: ['AGE_22_OR_OLDER'], eligibilityEndDate: '2023-01-09' });
  });

  it('R9.2 a US diploma or HSE ends eligibility the day before; a foreign one does not when still entitled', () => {
    const diploma = { type: 'diploma', date: '2022-12-01' } as const;
    expect(determine(interview({ children: [child({ completion: diploma })] }))).toMatchObject({
      eligible: false,
      reasons: ['GRADUATED'],
      eligibilityEndDate: '2022-11-30',
      endReason: 'graduation',
    });
    expect(
      determine(interview({ children: [child({ completion: { ...diploma, type: 'hse' } })] })),
    ).toMatchObject({ reasons: ['HSE_OBTAINED'], endReason: 'hse' });
    expect(
      determine(
        interview({
          children: [child({ completion: { ...diploma, country: 'MX', stillEntitledUnderStateLaw: true } })],
        }),
      ),
    ).toMatchObject({ eligible: true, endReason: '36-months' });
    expect(
      determine(interview({ children: [child({ completion: { ...diploma, country: 'MX' } })] })),
    ).toMatchObject({ eligible: false, reasons: ['GRADUATED'] });
  });

  it('R9.3 infants are eligible; a child born after a move did not make it', () => {
    expect(determine(interview({ children: [child({ birthDate: '2022-08-15' })] })).eligible).toBe(true);
  });

  it('R10.2 the period ends QAD + 36 months − 1 day; R10.6 eligible through that day only', () => {
    expect(determine(interview({ interviewDate: '2025-08-14' }))).toMatchObject({
      eligible: true,
      eligibilityEndDate: '2025-08-14',
    });
    expect(determine(interview({ interviewDate: '2025-08-15' }))).toMatchObject({
      eligible: false,
      reasons: ['ELIGIBILITY_EXPIRED'],
      eligibilityEndDate: '2025-08-14',
      qad: '2022-08-15',
    });
  });

  it('R10.5 ties go 36-months, age-22, graduation, hse; a limit before the QAD leaves no end date', () => {
    const tie = interview({ children: [child({ birthDate: '2003-08-15' })], interviewDate: '2023-01-10' });
    expect(determine(tie)).toMatchObject({ eligibilityEndDate: '2025-08-14', endReason: '36-months' });
    expect(
      determine(interview({ children: [child({ completion: { type: 'diploma', date: '2022-08-15' } })] })),
    ).toMatchObject({ eligibilityEndDate: null, endReason: null, qad: '2022-08-15' });
  });
});

describe('R11 reasons and R12 the COE', () => {
  it('R11.2 failures of every attempted pairing and the child conditions are reported together', () => {
    const failing = interview({
      interviewDate: '2023-05-01',
      children: [child({ birthDate: '2001-01-01' })],
      moves: [
        move('m1', '2022-08-15', { economicNecessity: false }),
        move('m2', '2023-01-15', {
          from: DELANO,
          to: { ...DELANO, residence: 'x' },
          work: [grapeWork('2023-01-16')],
        }),
      ],
    });
    expect(reasonsOf(failing)).toEqual([
      'AGE_22_OR_OLDER',
      'NO_ECONOMIC_NECESSITY',
      'NO_QUALIFYING_MOVE',
      'SAME_SCHOOL_DISTRICT',
    ]);
  });

  it('R11.3 reasons are empty exactly when eligible', () => {
    const result = determine(interview());
    expect(result.eligible).toBe(true);
    expect(result.reasons).toEqual([]);
  });

  it('R12.1 a new COE is needed only for a QAD later than the prior COE', () => {
    expect(determine(interview({ children: [child({ priorQad: '2021-01-01' })] })).newCoeRequired).toBe(true);
    expect(determine(interview({ children: [child({ priorQad: '2022-08-15' })] })).newCoeRequired).toBe(
      false,
    );
    expect(determine(interview({ interviewDate: '2025-08-15' })).newCoeRequired).toBe(false);
  });

  it('R12.3 the trace follows the framework: worker, child, then the period', () => {
    const trace = determine(interview()).trace;
    expect(trace[0]).toMatch(
      /^Worker w-1: m1 .* is a qualifying move; seasonal agricultural work \(table grapes\) began 5 days later/,
    );
    expect(trace[1]).toMatch(/^Child c-1: /);
    expect(trace[2]).toMatch(/^Eligible through 2025-08-14/);
    expect(determineEligibility(interview(), { language: 'es' }).children[0]!.trace[2]).toMatch(
      /^Elegible hasta el 2025-08-14/,
    );
  });

  it('settings of the state apply unless the interview overrides them', () => {
    const late = interview({ moves: [move('m1', '2022-08-15', { work: [grapeWork('2022-10-30')] })] });
    expect(
      determineEligibility(late, { settings: { ...CALIFORNIA_ELIGIBILITY_SETTINGS, soonAfterDays: 90 } })
        .children[0]!.eligible,
    ).toBe(true);
    expect(
      determineEligibility(
        { ...late, settings: { soonAfterDays: 60 } },
        { settings: { ...CALIFORNIA_ELIGIBILITY_SETTINGS, soonAfterDays: 90 } },
      ).children[0]!.eligible,
    ).toBe(false);
  });

  it('gives one determination per child, in input order', () => {
    const family = interview({
      children: [child({ id: 'c-2' }), child({ id: 'c-1' })],
      moves: [move('m1', '2022-08-15', { movers: ['w-1', 'c-1', 'c-2'], work: [grapeWork('2022-08-20')] })],
    });
    expect(determineEligibility(family).children.map((c) => c.child)).toEqual(['c-2', 'c-1']);
  });
});

describe('place texts (R3.2)', () => {
  it('compare lower-case, trimmed, with any run of spaces, tabs or no-break spaces as one space', () => {
    expect(normalizePlaceText('  Labor Camp,\u00a0Hollister ')).toBe('labor camp, hollister');
    expect(normalizePlaceText('Labor\t\tcamp  HOLLISTER')).toBe('labor camp hollister');
    expect(normalizePlaceText('Oakland Unified School District')).toBe('oakland unified school district');
    expect(normalizePlaceText(undefined)).toBe('');
  });

  it('are the same, compared directly, exactly when their normalized texts are equal', () => {
    const pieces = ['a', 'A', 'b', 'é', 'É', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', ',', 'İ', 'ß'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(''));
    const place = fc.option(text, { nil: undefined });
    fc.assert(
      fc.property(place, place, (a, b) => {
        expect(samePlaceText(a, b)).toBe(normalizePlaceText(a) === normalizePlaceText(b));
      }),
      { numRuns: 20_000 },
    );
    expect(samePlaceText(' Main  St', 'main st ')).toBe(true);
    expect(samePlaceText('Main St', 'Main\u00a0St')).toBe(true);
    expect(samePlaceText('Main St', 'MainSt')).toBe(false);
  });
});
