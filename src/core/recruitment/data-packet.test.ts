import { describe, expect, it } from 'vitest';
import {
  CONTRACT_PERIOD_FIELDS,
  computePeriodCounts,
  dataPacketOf,
  formatDataPacketJson,
  percent,
  residencyBand,
  residencyBandPercents,
} from './data-packet';
import { parsePeriod, periodStartYearOf, periodsBetween } from './performance-period';
import type { QualificationRecord } from './qualification-record';

const periods = (from: string, to: string) =>
  periodsBetween(parsePeriod(from, 'from'), parsePeriod(to, 'to'));

let coeNumber = 0;
function record(overrides: Partial<QualificationRecord>): QualificationRecord {
  coeNumber += 1;
  return {
    studentId: 'S1',
    coeId: `C${String(coeNumber).padStart(4, '0')}`,
    region: 5,
    birthDate: '2012-01-01',
    qad: '2021-10-01',
    residencyDate: '2021-10-01',
    recruitmentDate: '2021-10-15',
    workerMoveDate: '2021-10-01',
    movedWithWorker: true,
    priorCoe: false,
    ...overrides,
  };
}

describe('performance periods', () => {
  it('run from 1 September to 31 August', () => {
    expect(parsePeriod('2021-22', 'from')).toMatchObject({ first: '2021-09-01', last: '2022-08-31' });
    expect(periodStartYearOf('2022-08-31')).toBe(2021);
    expect(periodStartYearOf('2022-09-01')).toBe(2022);
    expect(
      periodsBetween(parsePeriod('1999-00', 'from'), parsePeriod('2000-01', 'to')).map((p) => p.name),
    ).toEqual(['1999-00', '2000-01']);
  });

  it('refuses a period that is not two consecutive years, or a range backwards', () => {
    expect(() => parsePeriod('2021-23', 'from')).toThrow(
      'from: "2021-23" is not a performance period such as 2021-22',
    );
    expect(() => parsePeriod('2021', 'to')).toThrow(/^to:/);
    expect(() => periods('2021-22', '2020-21')).toThrow('to: 2020-21 is before 2021-22');
  });
});

describe('percentages', () => {
  it('round to one decimal, half away from zero, exactly', () => {
    expect(percent(446, 2122)).toBe(21);
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(1, 16)).toBe(6.3); // 6.25 → 6.3
    expect(percent(1, 1600)).toBe(0.1); // 0.0625 → 0.1
    expect(percent(0, 5)).toBe(0);
    expect(percent(0, 0)).toBeNull();
  });
});

describe('residency to recruitment bands', () => {
  it('put 29/30, 60/61, 182/183 and 365/366 days on the right side', () => {
    expect([0, 29, 30, 60, 61, 182, 183, 365, 366].map(residencyBand)).toEqual([
      'lt30',
      'lt30',
      'm1to2',
      'm1to2',
      'm2to6',
      'm2to6',
      'm6to12',
      'm6to12',
      'gt12',
    ]);
  });
});

describe('the figures of a period', () => {
  const p = periods('2021-22', '2021-22');

  it('count a student once, by the row with the earliest recruitment date (ties: smallest coe_id)', () => {
    const [counts] = computePeriodCounts(
      [
        record({ coeId: 'B', recruitmentDate: '2021-11-01', priorCoe: true }),
        record({ coeId: 'A', recruitmentDate: '2021-11-01', priorCoe: false }),
        record({ coeId: 'Z', recruitmentDate: '2022-01-01', priorCoe: true }),
      ],
      p,
    );
    expect(counts).toMatchObject({ qualified: 1, newlyQualified: 1 });
  });

  it('count a subsequent move only when the QAD is after the worker move and the child moved with the worker', () => {
    const [counts] = computePeriodCounts(
      [
        record({ studentId: 'a', qad: '2021-10-02', workerMoveDate: '2021-10-01', movedWithWorker: true }),
        record({ studentId: 'b', qad: '2021-10-01', workerMoveDate: '2021-10-01', movedWithWorker: true }),
        record({ studentId: 'c', qad: '2021-10-02', workerMoveDate: '2021-10-01', movedWithWorker: false }),
      ],
      p,
    );
    expect(counts!.subsequentMove).toBe(1);
  });

  it('count recruitment within 60 and 90 days of the QAD inclusively', () => {
    const [counts] = computePeriodCounts(
      [
        record({ studentId: 'a', qad: '2021-09-01', recruitmentDate: '2021-10-31' }),
        record({ studentId: 'b', qad: '2021-09-01', recruitmentDate: '2021-11-01' }),
        record({ studentId: 'c', qad: '2021-09-01', recruitmentDate: '2021-11-30' }),
        record({ studentId: 'd', qad: '2021-09-01', recruitmentDate: '2021-12-01' }),
      ],
      p,
    );
    expect(counts).toMatchObject({ within60DaysOfQad: 1, within90DaysOfQad: 3 });
  });

  it('band only the newly qualified, and list empty periods with null percentages', () => {
    const counts = computePeriodCounts(
      [
        record({ studentId: 'a', residencyDate: '2021-09-01', recruitmentDate: '2021-10-01' }),
        record({ studentId: 'b', priorCoe: true }),
      ],
      periods('2020-21', '2021-22'),
    );
    const packet = dataPacketOf('state', counts);
    expect(packet.periods[0]).toMatchObject({
      period: '2020-21',
      qualified: 0,
      newlyQualifiedPct: null,
      within90DaysOfQadPct: null,
    });
    expect(packet.periods[1]).toMatchObject({
      period: '2021-22',
      qualified: 2,
      newlyQualified: 1,
      newlyQualifiedPct: 50,
      residencyToRecruitment: { lt30: 0, m1to2: 1, m2to6: 0, m6to12: 0, gt12: 0 },
    });
  });

  it('count only the region asked for, deciding an unstated prior COE from every region', () => {
    const records = [
      record({ studentId: 'a', region: 3, recruitmentDate: '2021-01-10', priorCoe: null }),
      record({ studentId: 'a', region: 5, recruitmentDate: '2021-10-10', priorCoe: null }),
    ];
    const [counts] = computePeriodCounts(records, p, 5);
    expect(counts).toMatchObject({ qualified: 1, newlyQualified: 0 });
    expect(computePeriodCounts(records, p, 3)[0]!.qualified).toBe(0);
  });
});

describe("figure 3 by the engine's basis (DP1.2)", () => {
  const p = periods('2021-22', '2021-22');

  it('counts a child who moved to join or precede the worker, which figure 3 leaves out', () => {
    const [counts] = computePeriodCounts(
      [
        // Scenario 2 of the source: the daughter joined Joe in Oakland after his SQM.
        record({
          studentId: 'a',
          qad: '2021-10-02',
          workerMoveDate: '2021-05-01',
          movedWithWorker: false,
          basis: 'sqm',
        }),
        record({
          studentId: 'b',
          qad: '2021-10-02',
          workerMoveDate: '2021-05-01',
          movedWithWorker: true,
          basis: 'sqm',
        }),
        // Joined the worker at the establishing move: a later QAD, but not an SQM.
        record({
          studentId: 'c',
          qad: '2021-10-02',
          workerMoveDate: '2021-09-20',
          movedWithWorker: false,
          basis: 'qualifying-work',
        }),
        // Imported, no basis: decided from the dates, whatever the move with the worker.
        record({ studentId: 'd', qad: '2021-10-02', workerMoveDate: '2021-09-20', movedWithWorker: false }),
        record({
          studentId: 'e',
          qad: '2021-10-01',
          workerMoveDate: '2021-10-01',
          movedWithWorker: true,
          basis: null,
        }),
      ],
      p,
    );
    expect(counts).toMatchObject({ qualified: 5, subsequentMove: 1, subsequentMoveByBasis: 3 });
    expect(dataPacketOf('state', [counts!]).periods[0]!.subsequentMoveByBasisPct).toBe(60);
  });
});

describe('the families of a period (DP1.3–DP1.5)', () => {
  const p = periods('2021-22', '2021-22');

  it('count a family once: the children of one Ciclo family, else of one COE', () => {
    const [counts] = computePeriodCounts(
      [
        record({ studentId: 'a', coeId: 'K1', familyId: 'F1' }),
        record({ studentId: 'b', coeId: 'K2', familyId: 'F1', recruitmentDate: '2021-11-01' }),
        record({ studentId: 'c', coeId: 'H1' }),
        record({ studentId: 'd', coeId: 'H1' }),
        record({ studentId: 'e', coeId: 'H2' }),
      ],
      p,
    );
    expect(counts).toMatchObject({ qualified: 5, families: 3 });
  });

  it('call a family new when none of its children counted had a prior COE', () => {
    const [counts] = computePeriodCounts(
      [
        record({ studentId: 'a', coeId: 'H1', priorCoe: false }),
        record({ studentId: 'b', coeId: 'H1', priorCoe: true }),
        record({ studentId: 'c', coeId: 'H2', priorCoe: false }),
        record({ studentId: 'd', coeId: 'H2', priorCoe: false }),
      ],
      p,
    );
    expect(counts).toMatchObject({ families: 2, newFamilies: 1, newlyQualified: 3 });
  });

  it('judge 90 days of the QAD by the row that identified the family (earliest recruitment, then QAD)', () => {
    const [counts] = computePeriodCounts(
      [
        // H1: the first COE came 90 days after the earlier QAD: identified within 90 days.
        record({ studentId: 'a', coeId: 'H1', qad: '2021-09-01', recruitmentDate: '2021-11-30' }),
        record({ studentId: 'b', coeId: 'H1', qad: '2021-10-01', recruitmentDate: '2021-11-30' }),
        // H2: 91 days after the earliest QAD on the COE, though 61 after the child who joined later.
        record({ studentId: 'c', coeId: 'H2', qad: '2021-09-01', recruitmentDate: '2021-12-01' }),
        record({ studentId: 'd', coeId: 'H2', qad: '2021-10-01', recruitmentDate: '2021-12-01' }),
      ],
      p,
    );
    expect(counts).toMatchObject({ families: 2, familiesWithin90DaysOfQad: 1 });
    expect(dataPacketOf('state', [counts!]).periods[0]).toMatchObject({
      familiesWithin90DaysOfQadPct: 50,
      within90DaysOfQad: 3,
    });
  });
});

describe('the printed packet', () => {
  it('writes every percentage with one decimal and null as null', () => {
    const text = formatDataPacketJson(
      dataPacketOf(
        'region 5',
        computePeriodCounts(
          [record({ studentId: 'a' }), record({ studentId: 'b', priorCoe: true })],
          periods('2020-21', '2021-22'),
          5,
        ),
      ),
    );
    expect(text).toContain('"newlyQualifiedPct": null');
    expect(text).toContain('"newlyQualifiedPct": 50.0,');
    expect(text).toContain('"within90DaysOfQadPct": 100.0\n');
    expect(text.startsWith('{\n  "scope": "region 5",\n  "periods": [')).toBe(true);
    expect(JSON.parse(text).periods[1].subsequentMovePct).toBe(0);
  });

  it("prints only the contract's fields, not Ciclo's own measures", () => {
    const text = formatDataPacketJson(
      dataPacketOf('state', computePeriodCounts([record({})], periods('2021-22', '2021-22'))),
    );
    expect(Object.keys(JSON.parse(text).periods[0])).toEqual([...CONTRACT_PERIOD_FIELDS]);
    expect(text).not.toContain('families');
  });
});

describe('figure 4a as shares', () => {
  it("gives each band's percent of the newly qualified, and nothing when nobody was newly qualified", () => {
    expect(
      residencyBandPercents({
        newlyQualified: 3,
        residencyToRecruitment: { lt30: 1, m1to2: 2, m2to6: 0, m6to12: 0, gt12: 0 },
      }),
    ).toEqual({ lt30: 33.3, m1to2: 66.7, m2to6: 0, m6to12: 0, gt12: 0 });
    expect(
      residencyBandPercents({
        newlyQualified: 0,
        residencyToRecruitment: { lt30: 0, m1to2: 0, m2to6: 0, m6to12: 0, gt12: 0 },
      }).lt30,
    ).toBeNull();
  });
});
