import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from '../../src/core/common/calendar-date';
import { DomainError } from '../../src/core/common/domain-error';
import type { Actor } from '../../src/core/people/access-scope';
import type { Role } from '../../src/core/people/roles';
import { parsePeriod } from '../../src/core/recruitment/performance-period';
import { computeChildCount } from '../../src/core/services/child-count';
import { computeMpoReport } from '../../src/core/services/mpo-outcomes';
import { readServicesFolder } from '../../src/core/services/read-services-folder';
import { isEligibleOn } from '../../src/core/services/service-eligibility';
import type { Mpo, ServiceRecords, ServiceTerm } from '../../src/core/services/service-records';
import type { DatabaseHandle } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { mpoFunnels, mpoFunnelsByRegion } from '../../src/data/repositories/mpo-outcomes.repository';
import { findRegionByNumber } from '../../src/data/repositories/regions.repository';
import { CLI_ACTOR } from '../../src/usecases/context';
import { importServicesFolder } from '../../src/usecases/services/import-services-folder';
import { reportChildCount } from '../../src/usecases/services/report-child-count';
import { reportMpoOutcomes } from '../../src/usecases/services/report-mpo-outcomes';
import { freshDatabases } from '../support/fresh-databases';
import { seededDays } from '../support/seeded-days';

const REGIONS = [3, 5, 23];
const PERIODS = ['2023-24', '2024-25', '2025-26'];
const TERMS: ServiceTerm[] = ['RSY', 'SUMMER', 'INTERSESSION'];

/** Instruments with decimal ranges, one of them lower-is-better. */
const INSTRUMENTS = [
  { min: 0, max: 100, higherIsBetter: true, stepCents: 50 },
  { min: 200, max: 250, higherIsBetter: true, stepCents: 25 },
  { min: 0, max: 10.5, higherIsBetter: false, stepCents: 5 },
  { min: -5, max: 5.25, higherIsBetter: true, stepCents: 1 },
];

const decimal = (cents: number) => String(cents / 100);

/**
 * A plan whose thresholds sit on the instruments' score grids, so improvements of exactly the
 * threshold happen often (points 2.5 on a 0.5 grid, 10% of a 10.5 range = 1.05 on a 0.05
 * grid, reach 30.5), and dosages with fractional hours.
 */
function planOf(seed: number): Mpo[] {
  const r = seededDays(seed * 7);
  return [
    {
      number: '1.0',
      area: 'ELA',
      population: { kind: 'belowProficient', subject: 'ELA', maxLevel: r.pick([1, 2]) },
      minHours: r.pick([1.5, 0.25, 2]),
      growth: { kind: 'points', points: r.pick([2.5, 0.05, 1]) },
      target: 60,
      minN: 2,
    },
    {
      number: '2.0',
      area: 'MATH',
      population: { kind: 'belowProficient', subject: 'MATH', maxLevel: r.pick([1, 2, 3]) },
      minHours: null,
      growth: { kind: 'percentOfRange', percent: r.pick([10, 12.5, 5]) },
      target: 50,
      minN: 2,
    },
    {
      number: '4.0',
      area: 'HSG',
      population: { kind: 'age', minAge: 14, maxAge: 21 },
      minHours: 0.75,
      growth: { kind: 'anyGain' },
      target: 50,
      minN: 1,
    },
    {
      number: '7.0',
      area: 'SR',
      population: { kind: 'age', minAge: 3, maxAge: 5 },
      minHours: 2,
      growth: { kind: 'reach', score: r.pick([30.5, 5, 1.25]) },
      target: 70,
      minN: 3,
    },
  ];
}

/** A valid services folder, its ids prefixed by the seed so several folders can share a database. */
function randomFolder(seed: number): Map<string, string> {
  const r = seededDays(seed);
  const mpos = planOf(seed);
  const leapBirthdays: CalendarDate[] = [
    '2008-02-29',
    '2012-02-29',
    '2016-02-29',
    '2020-02-29',
    '2021-03-01',
  ];
  const students = Array.from({ length: 150 }, (_, i) => {
    const birthDate = r.chance(0.15)
      ? r.pick(leapBirthdays)
      : r.chance(0.4)
        ? r.dayBetween('2018-06-01', '2022-12-31')
        : r.dayBetween('2002-06-01', '2018-06-01');
    const from = r.dayBetween('2022-06-01', '2025-06-30');
    // Some stop being eligible during a period, some come back later.
    const spans = [{ from, to: addDays(from, r.integer(60, 1_100)) }];
    if (r.chance(0.3)) {
      const again = addDays(spans[0]!.to, r.integer(2, 200));
      spans.push({ from: again, to: addDays(again, r.integer(30, 700)) });
    }
    return { studentId: `S${seed}-${i}`, birthDate, spans };
  });
  const children = students.flatMap((s) =>
    s.spans.map((span) => [s.studentId, s.birthDate, span.from, span.to]),
  );
  const assessments = students.flatMap((s) =>
    ['ELA', 'MATH'].flatMap((subject) =>
      [2021, 2022, 2023, 2024, 2025]
        .filter(() => r.chance(0.7))
        .map((year) => [
          s.studentId,
          subject,
          `${year}-${String((year + 1) % 100).padStart(2, '0')}`,
          String(r.pick([1, 1, 2, 2, 3, 4])),
        ]),
    ),
  );
  const services = Array.from({ length: 40 }, (_, i) => {
    const start = r.chance(0.2)
      ? r.pick<CalendarDate>(['2024-09-01', '2025-08-31', '2024-08-31', '2025-09-01'])
      : r.dayBetween('2023-08-01', '2025-10-31');
    return {
      id: `SV${seed}-${i}`,
      region: r.pick(REGIONS),
      term: r.pick(TERMS),
      mpos: mpos.map((m) => m.number).filter(() => r.chance(0.45)),
      start,
      end: addDays(start, r.integer(0, 90)),
      instrument: r.pick(INSTRUMENTS),
    };
  });
  const enrollments: string[][] = [];
  const attendance: string[][] = [];
  const tests: string[][] = [];
  for (const service of services) {
    const enrolled = new Set<string>();
    for (let attempt = 0; attempt < 20; attempt++) {
      const student = r.pick(students);
      const enrolledOn = r.dayBetween(service.start, service.end);
      if (enrolled.has(student.studentId) || !isEligibleOn(student.spans, enrolledOn)) continue;
      enrolled.add(student.studentId);
      enrollments.push([service.id, student.studentId, enrolledOn]);
      const dates = new Set(
        Array.from({ length: r.integer(0, 8) }, () => r.dayBetween(enrolledOn, service.end)),
      );
      for (const date of dates)
        attendance.push([
          service.id,
          student.studentId,
          date,
          String(r.pick([15, 30, 45, 60, 90, 1, 600, r.integer(1, 600)])),
        ]);
      if (!r.chance(0.9)) continue;
      const { min, max, stepCents, higherIsBetter } = service.instrument;
      const [minCents, maxCents] = [Math.round(min * 100), Math.round(max * 100)];
      const anyScore = () =>
        minCents + stepCents * r.integer(0, Math.round((maxCents - minCents) / stepCents));
      const better = higherIsBetter ? 1 : -1;
      // Posts often improve by exactly a growth threshold or land exactly on a reach score.
      const exactGains = service.mpos.flatMap((number) => {
        const growth = mpos.find((m) => m.number === number)!.growth;
        if (growth.kind === 'points') return [Math.round(growth.points * 100)];
        if (growth.kind === 'percentOfRange') {
          const gain = (growth.percent * (maxCents - minCents)) / 100;
          return Number.isInteger(gain) ? [gain] : [];
        }
        return [];
      });
      const reachScores = service.mpos.flatMap((number) => {
        const growth = mpos.find((m) => m.number === number)!.growth;
        return growth.kind === 'reach' ? [Math.round(growth.score * 100)] : [];
      });
      const pre = anyScore();
      const postScore = () => {
        const post =
          exactGains.length > 0 && r.chance(0.35)
            ? pre + better * r.pick(exactGains)
            : reachScores.length > 0 && r.chance(0.25)
              ? r.pick(reachScores)
              : pre + better * stepCents * r.integer(-4, 12);
        return post >= minCents && post <= maxCents ? post : anyScore();
      };
      // Several pre tests, posts before the pre, equal dates: the pair rules decide.
      for (let n = r.integer(0, 3); n > 0; n--)
        tests.push([
          service.id,
          student.studentId,
          'pre',
          r.dayBetween(service.start, service.end),
          decimal(n === 1 ? pre : anyScore()),
        ]);
      for (let n = r.integer(1, 2); n > 0; n--)
        tests.push([
          service.id,
          student.studentId,
          'post',
          r.dayBetween(service.start, service.end),
          decimal(postScore()),
        ]);
    }
  }
  const csv = (header: string, rows: string[][]) =>
    `${[header, ...rows.map((row) => row.join(','))].join('\n')}\n`;
  return new Map([
    ['plan.json', JSON.stringify({ mpos })],
    ['children.csv', csv('student_id,birth_date,eligible_from,eligible_to', children)],
    ['assessments.csv', csv('student_id,subject,school_year,level', assessments)],
    [
      'services.csv',
      csv(
        'service_id,region,name,term,mpos,start_date,end_date,instrument_min,instrument_max,higher_is_better',
        services.map((s) => [
          s.id,
          String(s.region),
          `Service ${s.id}`,
          s.term,
          s.mpos.join(';'),
          s.start,
          s.end,
          String(s.instrument.min),
          String(s.instrument.max),
          s.instrument.higherIsBetter ? 'Y' : 'N',
        ]),
      ),
    ],
    ['enrollments.csv', csv('service_id,student_id,enrolled_on', enrollments)],
    ['attendance.csv', csv('service_id,student_id,date,minutes', attendance)],
    ['tests.csv', csv('service_id,student_id,kind,date,score', tests)],
  ]);
}

/** The records of several folders with disjoint ids, under the plan of the last. */
function unionOf(folders: ServiceRecords[]): ServiceRecords {
  return {
    mpos: folders.at(-1)!.mpos,
    students: folders.flatMap((f) => f.students),
    assessments: folders.flatMap((f) => f.assessments),
    services: folders.flatMap((f) => f.services),
    enrollments: folders.flatMap((f) => f.enrollments),
    attendance: folders.flatMap((f) => f.attendance),
    tests: folders.flatMap((f) => f.tests),
  };
}

/** Only the services of one term, with their enrollments, attendance and tests. */
function ofTerm(records: ServiceRecords, term: ServiceTerm | undefined): ServiceRecords {
  if (term === undefined) return records;
  const ids = new Set(records.services.filter((s) => s.term === term).map((s) => s.serviceId));
  return {
    ...records,
    services: records.services.filter((s) => ids.has(s.serviceId)),
    enrollments: records.enrollments.filter((e) => ids.has(e.serviceId)),
    attendance: records.attendance.filter((a) => ids.has(a.serviceId)),
    tests: records.tests.filter((t) => ids.has(t.serviceId)),
  };
}

function actor(role: Role, regionId: string | null, assignedRegionIds: string[] = []): Actor {
  return { userId: null, role, regionId, districtId: null, assignedRegionIds, label: `test ${role}` };
}

describe.each(freshDatabases('mpo_report'))('the MPO report in SQL on $name', (database) => {
  let handle: DatabaseHandle;
  const imported: ServiceRecords[] = [];

  beforeAll(async () => {
    handle = await database.open();
    await migrateToLatest(handle.db);
  });
  afterAll(async () => {
    await handle?.close();
    await database.drop();
  });

  it.each([11, 23, 47])(
    'equals the domain core’s report on random folder %i, for the state, each region and term',
    async (seed) => {
      const files = randomFolder(seed);
      imported.push(readServicesFolder(files));
      await importServicesFolder({ db: handle.db, actor: CLI_ACTOR }, `random-${seed}`, files);
      const records = unionOf(imported);
      const ctx = { db: handle.db, actor: CLI_ACTOR };
      for (const periodName of PERIODS) {
        const period = parsePeriod(periodName, 'period');
        for (const region of [null, ...REGIONS]) {
          const regionNumber = region ?? undefined;
          for (const term of [undefined, ...TERMS]) {
            const expected = computeMpoReport(ofTerm(records, term), period, region);
            const actual = await reportMpoOutcomes(ctx, { period: periodName, regionNumber, term });
            expect(actual, `${periodName} ${region ?? 'state'} ${term ?? 'all terms'}`).toEqual(expected);
          }
          expect(await reportChildCount(ctx, { period: periodName, regionNumber })).toEqual(
            computeChildCount(records, period, region),
          );
        }
      }
      const served =
        records.mpos.length > 0 ? (await reportMpoOutcomes(ctx, { period: '2024-25' })).mpos : [];
      expect(served.some((line) => line.tested > 0)).toBe(true);
    },
  );

  it('gives in one pass the figures of the state and of each region that one report per region gives', async () => {
    const mpos = unionOf(imported).mpos;
    const regions = await Promise.all(REGIONS.map(async (n) => (await findRegionByNumber(handle.db, n))!));
    for (const periodName of PERIODS) {
      const period = parsePeriod(periodName, 'period');
      const scope = { kind: 'state' } as const;
      const together = await mpoFunnelsByRegion(handle.db, { mpos, period, scope });
      expect(together.all, periodName).toEqual(await mpoFunnels(handle.db, { mpos, period, scope }));
      for (const region of regions) {
        const alone = await mpoFunnels(handle.db, { mpos, period, regionId: region.id, scope });
        const served = [...alone.values()].some((funnel) => funnel.served > 0);
        expect(together.regions.get(region.id), `${periodName} region ${region.number}`).toEqual(
          served ? alone : undefined,
        );
      }
    }
  });

  it('counts only the services of the regions in the actor’s scope', async () => {
    const region5 = (await findRegionByNumber(handle.db, 5))!;
    const period = parsePeriod('2024-25', 'period');
    const mpos = unionOf(imported).mpos;
    const inScope = await mpoFunnels(handle.db, {
      mpos,
      period,
      scope: { kind: 'regions', regionIds: [region5.id] },
    });
    const asRegion = await mpoFunnels(handle.db, {
      mpos,
      period,
      regionId: region5.id,
      scope: { kind: 'state' },
    });
    expect(inScope).toEqual(asRegion);
    const none = await mpoFunnels(handle.db, { mpos, period, scope: { kind: 'regions', regionIds: [] } });
    expect([...none.values()].every((funnel) => funnel.served === 0)).toBe(true);
  });

  it('gives region staff their own region, the state to state roles, and refuses other regions', async () => {
    const region5 = (await findRegionByNumber(handle.db, 5))!;
    const region3 = (await findRegionByNumber(handle.db, 3))!;
    const report = (who: Actor, regionNumber?: number) =>
      reportMpoOutcomes({ db: handle.db, actor: who }, { period: '2024-25', regionNumber });
    const refusal = (promise: Promise<unknown>) =>
      promise.then(() => undefined).catch((e: unknown) => e as DomainError);

    expect((await report(actor('data_specialist', region5.id))).scope).toBe('region 5');
    expect((await report(actor('region_director', region5.id), 5)).scope).toBe('region 5');
    expect((await refusal(report(actor('data_specialist', region5.id), 3)))?.code).toBe('not_found');
    expect((await report(actor('state_admin', null))).scope).toBe('state');
    expect((await report(actor('state_admin', null), 3)).scope).toBe('region 3');
    const consultant = actor('state_consultant', null, [region3.id, region5.id]);
    expect((await refusal(report(consultant)))?.code).toBe('invalid_input');
    expect((await report(consultant, 3)).scope).toBe('region 3');
    expect((await refusal(report(actor('district_staff', region5.id))))?.code).toBe('forbidden');
    expect((await refusal(report(actor('state_admin', null), 99)))?.code).toBe('not_found');
    const badPeriod = await refusal(
      reportMpoOutcomes({ db: handle.db, actor: CLI_ACTOR }, { period: '2024-26' }),
    );
    expect(badPeriod).toBeInstanceOf(DomainError);
    expect(badPeriod?.problems[0]?.field).toBe('period');
  });
});
