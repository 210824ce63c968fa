import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from '../../src/core/common/calendar-date';
import { parsePeriod, type PerformancePeriod } from '../../src/core/recruitment/performance-period';
import {
  breakdownOf,
  childCountEntries,
  pairOf,
  type ChildCountEntry,
  childCountsByRegion as coreCountsByRegion,
  explainChildCount,
} from '../../src/core/services/child-count';
import {
  CALIFORNIA_PFS_SETTINGS,
  wasPfsDuring,
  type PfsRecords,
} from '../../src/core/services/priority-for-services';
import { readServicesFolder } from '../../src/core/services/read-services-folder';
import type { ServiceRecords, ServiceTerm } from '../../src/core/services/service-records';
import type { DatabaseHandle } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { allChildCountEntries, childCountFigures } from '../../src/data/repositories/child-count.repository';
import { findRegionByNumber } from '../../src/data/repositories/regions.repository';
import { certifyChildCounts } from '../../src/usecases/child-counts/certify-child-counts';
import { explainChildCountOf } from '../../src/usecases/child-counts/explain-child-count';
import { getChildCountDifferences } from '../../src/usecases/child-counts/get-child-count-differences';
import { childCountPfsOf, getChildCountPfs } from '../../src/usecases/child-counts/get-child-count-pfs';
import {
  exportChildCountDifferences,
  exportChildCountFigures,
} from '../../src/usecases/child-counts/export-child-counts';
import { listCountedChildren } from '../../src/usecases/child-counts/list-counted-children';
import { CLI_ACTOR } from '../../src/usecases/context';
import { importServicesFolder } from '../../src/usecases/services/import-services-folder';
import { freshDatabases } from '../support/fresh-databases';
import { seededDays } from '../support/seeded-days';

const REGIONS = [3, 5, 23];
const PERIODS = ['2023-24', '2024-25', '2025-26'];
const TERMS: ServiceTerm[] = ['RSY', 'SUMMER', 'INTERSESSION', 'SUMMER'];
const GRADES = ['', '', 'TK', 'KN', 'K', '1', '03', '8', '12', 'UG', 'OSY', 'PS', 'PK'];

/**
 * A services folder with grades, English learners and disabilities on its spans: birthdays on
 * 29 February and near the 3rd and 22nd, spans starting and ending within periods, summer
 * days outside eligibility, children served in two regions.
 */
function randomFolder(seed: number): Map<string, string> {
  const r = seededDays(seed);
  const students = Array.from({ length: 160 }, (_, i) => {
    const birthDate = r.chance(0.15)
      ? r.pick<CalendarDate>([
          '2020-02-29',
          '2016-02-29',
          '2002-02-28',
          '2003-02-28',
          '2021-09-01',
          '2002-09-01',
        ])
      : r.chance(0.3)
        ? r.dayBetween('2019-06-01', '2023-06-01')
        : r.dayBetween('2001-06-01', '2019-06-01');
    const from = r.chance(0.2)
      ? r.pick<CalendarDate>(['2024-09-01', '2025-08-31'])
      : r.dayBetween('2022-06-01', '2025-08-31');
    const spans = [{ from, to: addDays(from, r.integer(0, 700)) }];
    if (r.chance(0.3)) {
      const again = addDays(spans[0]!.to, r.integer(1, 200));
      spans.push({ from: again, to: addDays(again, r.integer(0, 500)) });
    }
    return { studentId: `C${seed}-${String(i).padStart(3, '0')}`, birthDate, spans };
  });
  const children = students.flatMap((s) =>
    s.spans.map((span) => [
      s.studentId,
      s.birthDate,
      span.from,
      span.to,
      r.pick(GRADES),
      r.pick(['', 'Y', 'N']),
      r.pick(['', 'N', 'N', 'Y']),
    ]),
  );
  const services = Array.from({ length: 30 }, (_, i) => {
    const start = r.dayBetween('2023-06-01', '2025-10-31');
    return {
      id: `V${seed}-${i}`,
      region: r.pick(REGIONS),
      term: r.pick(TERMS),
      start,
      end: addDays(start, r.integer(0, 80)),
    };
  });
  const enrollments: string[][] = [];
  const attendance: string[][] = [];
  for (const service of services) {
    const enrolled = new Set<string>();
    for (let attempt = 0; attempt < 25; attempt++) {
      const student = r.pick(students);
      const enrolledOn = r.dayBetween(service.start, service.end);
      const eligible = student.spans.some((s) => s.from <= enrolledOn && enrolledOn <= s.to);
      if (enrolled.has(student.studentId) || !eligible) continue;
      enrolled.add(student.studentId);
      enrollments.push([service.id, student.studentId, enrolledOn]);
      // Days after eligibility ends as well as within it.
      for (const date of new Set(
        Array.from({ length: r.integer(0, 5) }, () => r.dayBetween(enrolledOn, service.end)),
      ))
        attendance.push([service.id, student.studentId, date, '60']);
    }
  }
  // Levels that make some children at risk for Priority for Services (S6.4), in years before and in the periods.
  const assessments = students.flatMap((s) =>
    r.chance(0.6)
      ? [
          ...new Set(
            Array.from({ length: r.integer(1, 3) }, () =>
              r.pick(['2021-22', '2022-23', '2023-24', '2024-25']),
            ),
          ),
        ].map((year) => [s.studentId, r.pick(['ELA', 'MATH']), year, String(r.integer(1, 4))])
      : [],
  );
  const csv = (header: string, rows: string[][]) =>
    `${[header, ...rows.map((row) => row.join(','))].join('\n')}\n`;
  return new Map([
    ['plan.json', JSON.stringify({ mpos: [] })],
    [
      'children.csv',
      csv('student_id,birth_date,eligible_from,eligible_to,grade,english_learner,disability', children),
    ],
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
          '',
          s.start,
          s.end,
          '0',
          '100',
          'Y',
        ]),
      ),
    ],
    ['enrollments.csv', csv('service_id,student_id,enrolled_on', enrollments)],
    ['attendance.csv', csv('service_id,student_id,date,minutes', attendance)],
    ['tests.csv', csv('service_id,student_id,kind,date,score', [])],
  ]);
}

/** S6.10 by the core alone, over every counted child: those PFS on some day of the period under California's criteria. */
function corePfsOf(records: ServiceRecords, entries: readonly ChildCountEntry[], period: PerformancePeriod) {
  return pairOf(
    entries.filter((entry) => {
      const student = records.students.find((s) => s.studentId === entry.studentId)!;
      const pfsRecords: PfsRecords = {
        birthDate: student.birthDate,
        spans: student.spans,
        withdrawals: [],
        assessments: records.assessments.filter((a) => a.studentId === entry.studentId),
        statuses: [],
      };
      return wasPfsDuring(pfsRecords, CALIFORNIA_PFS_SETTINGS, period);
    }),
  );
}

function unionOf(folders: ServiceRecords[]): ServiceRecords {
  return {
    mpos: [],
    students: folders.flatMap((f) => f.students),
    assessments: folders.flatMap((f) => f.assessments),
    services: folders.flatMap((f) => f.services),
    enrollments: folders.flatMap((f) => f.enrollments),
    attendance: folders.flatMap((f) => f.attendance),
    tests: [],
  };
}

describe.each(freshDatabases('child_counts'))('the child counts in SQL on $name', (database) => {
  let handle: DatabaseHandle;
  const imported: ServiceRecords[] = [];
  const ctx = () => ({ db: handle.db, actor: CLI_ACTOR });

  beforeAll(async () => {
    handle = await database.open();
    await migrateToLatest(handle.db);
  });
  afterAll(async () => {
    await handle?.close();
    await database.drop();
  });

  it.each([7, 19])(
    'equal the domain core’s on random folder %i: breakdowns, each child and reason, each region, each lookup',
    async (seed) => {
      const files = randomFolder(seed);
      imported.push(readServicesFolder(files));
      await importServicesFolder(ctx(), `random-${seed}`, files);
      const records = unionOf(imported);
      const regionIds = new Map<number, string>();
      for (const number of REGIONS) regionIds.set(number, (await findRegionByNumber(handle.db, number))!.id);
      for (const periodName of PERIODS) {
        const period = parsePeriod(periodName, 'period');
        for (const region of [null, ...REGIONS]) {
          const query = { period, regionId: region === null ? undefined : regionIds.get(region) };
          const expected = childCountEntries(records, period, region);
          const label = `${periodName} ${region ?? 'state'}`;
          expect(await allChildCountEntries(handle.db, query), label).toEqual(expected);
          expect((await childCountFigures(handle.db, query)).breakdown, label).toEqual(breakdownOf(expected));
          expect(await childCountPfsOf(handle.db, query), `${label} PFS`).toEqual(
            corePfsOf(records, expected, period),
          );
        }
        const byRegion = (await childCountFigures(handle.db, { period })).regions!;
        expect(
          byRegion.map(({ number, category1, category2 }) => ({ region: number, category1, category2 })),
        ).toEqual(coreCountsByRegion(records, period));
        for (const student of records.students.filter((_, i) => i % 9 === 0))
          for (const region of [null, 5]) {
            const answer = await explainChildCountOf(ctx(), {
              period: periodName,
              regionNumber: region ?? undefined,
              studentId: student.studentId,
            });
            expect(answer).toMatchObject(explainChildCount(records, period, region, student.studentId));
          }
      }
      const groups = breakdownOf(childCountEntries(records, parsePeriod('2024-25', 'p'), null)).groups;
      expect(groups.filter((g) => g.category1 > 0).length).toBeGreaterThan(8);
      const period = parsePeriod('2024-25', 'p');
      expect(corePfsOf(records, childCountEntries(records, period, null), period).category1).toBeGreaterThan(
        3,
      );
    },
  );

  it('pages a count’s children by student number, and gives the total', async () => {
    const all = await allChildCountEntries(handle.db, { period: parsePeriod('2024-25', 'p') });
    const page2 = await listCountedChildren(ctx(), { period: '2024-25', category: 1, offset: 10, limit: 10 });
    expect(page2.total).toBe(all.length);
    expect(page2.items).toEqual(all.slice(10, 20));
    const summer = await listCountedChildren(ctx(), {
      period: '2024-25',
      category: 2,
      offset: 0,
      limit: 1000,
    });
    expect(summer.items).toEqual(all.filter((e) => e.category2 !== null));
    const beyond = await listCountedChildren(ctx(), {
      period: '2024-25',
      category: 1,
      offset: 10_000,
      limit: 10,
    });
    expect(beyond).toMatchObject({ total: all.length, items: [] });
  });

  it('certifies the counts with an audit event, and shows later changes child by child', async () => {
    const certified = await certifyChildCounts(ctx(), { period: '2024-25' });
    expect(certified.certification).toMatchObject({
      certifiedBy: 'cli',
      category1: certified.breakdown.category1,
      category2: certified.breakdown.category2,
    });
    const audit = await handle.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_type', '=', 'child_count_certification')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', entity_id: certified.certification!.id });
    expect((await getChildCountDifferences(ctx(), { period: '2024-25' })).totals).toEqual({
      added1: 0,
      removed1: 0,
      added2: 0,
      removed2: 0,
    });

    // One child's spans are corrected away; a new child comes in with a summer day.
    const counted =
      certified.breakdown.category1 > 0
        ? (await allChildCountEntries(handle.db, { period: parsePeriod('2024-25', 'p') }))[0]!
        : undefined;
    await handle.db
      .deleteFrom('student_eligibility_spans')
      .where('student_id', '=', counted!.studentId)
      .execute();
    await importServicesFolder(
      ctx(),
      'late',
      new Map([
        ['plan.json', JSON.stringify({ mpos: [] })],
        [
          'children.csv',
          'student_id,birth_date,eligible_from,eligible_to\nLATE-1,2015-01-01,2025-06-01,2026-06-01\n',
        ],
        ['assessments.csv', 'student_id,subject,school_year,level\n'],
        [
          'services.csv',
          'service_id,region,name,term,mpos,start_date,end_date,instrument_min,instrument_max,higher_is_better\nLATE-S,5,Late summer,SUMMER,,2025-07-01,2025-07-31,0,100,Y\n',
        ],
        ['enrollments.csv', 'service_id,student_id,enrolled_on\nLATE-S,LATE-1,2025-07-01\n'],
        ['attendance.csv', 'service_id,student_id,date,minutes\nLATE-S,LATE-1,2025-07-02,60\n'],
        ['tests.csv', 'service_id,student_id,kind,date,score\n'],
      ]),
    );
    const differences = await getChildCountDifferences(ctx(), { period: '2024-25' });
    expect(differences.totals).toMatchObject({ added1: 1, removed1: 1, added2: 1 });
    expect(differences.children).toContainEqual({
      studentId: 'LATE-1',
      category: 2,
      change: 'added',
      day: '2025-06-01',
      summerDay: '2025-07-02',
      summerService: 'LATE-S',
    });
    expect(differences.children).toContainEqual(
      expect.objectContaining({ studentId: counted!.studentId, category: 1, change: 'removed', day: null }),
    );
  });

  it('counts the children PFS on some day of the period, in each category', async () => {
    const before = (await getChildCountPfs(ctx(), { period: '2024-25' })).pfs;
    await importServicesFolder(
      ctx(),
      'pfs',
      new Map([
        ['plan.json', JSON.stringify({ mpos: [] })],
        [
          'children.csv',
          [
            'student_id,birth_date,eligible_from,eligible_to',
            // a move in the fall window, at risk: PFS from its QAD
            'PFS-A,2014-05-01,2024-10-15,2027-10-14',
            // the same move, proficient: not PFS
            'PFS-B,2014-05-01,2024-10-15,2027-10-14',
            // at risk, but the move was recent only until 2023-09-30
            'PFS-C,2014-05-01,2022-10-01,2025-09-30',
            // at risk, a summer move: no interruption in California's windows
            'PFS-D,2014-05-01,2025-07-01,2028-06-30',
          ].join('\n') + '\n',
        ],
        [
          'assessments.csv',
          'student_id,subject,school_year,level\nPFS-A,ELA,2023-24,2\nPFS-B,ELA,2023-24,4\nPFS-C,MATH,2023-24,1\nPFS-D,ELA,2023-24,1\n',
        ],
        [
          'services.csv',
          'service_id,region,name,term,mpos,start_date,end_date,instrument_min,instrument_max,higher_is_better\nPFS-S,5,Summer reading,SUMMER,,2025-07-01,2025-07-31,0,100,Y\n',
        ],
        [
          'enrollments.csv',
          'service_id,student_id,enrolled_on\nPFS-S,PFS-A,2025-07-01\nPFS-S,PFS-B,2025-07-01\n',
        ],
        [
          'attendance.csv',
          'service_id,student_id,date,minutes\nPFS-S,PFS-A,2025-07-02,60\nPFS-S,PFS-B,2025-07-02,60\n',
        ],
        ['tests.csv', 'service_id,student_id,kind,date,score\n'],
      ]),
    );
    const after = (await getChildCountPfs(ctx(), { period: '2024-25' })).pfs;
    expect({
      category1: after.category1 - before.category1,
      category2: after.category2 - before.category2,
    }).toEqual({
      category1: 1,
      category2: 1,
    });
  });

  it('pages the differences since certification and exports them all', async () => {
    const all = await getChildCountDifferences(ctx(), { period: '2024-25' });
    const { added1, removed1, added2, removed2 } = all.totals;
    expect(all.children).toHaveLength(added1 + removed1 + added2 + removed2);
    expect(all.children.length).toBeGreaterThanOrEqual(3);
    const page = await getChildCountDifferences(ctx(), { period: '2024-25', limit: 2, offset: 1 });
    expect(page.totals).toEqual(all.totals);
    expect(page.children).toEqual(all.children.slice(1, 3));

    const file = await exportChildCountDifferences(ctx(), { period: '2024-25' }, 'csv');
    expect(file.fileName).toBe('child-count-differences-2024-25.csv');
    const lines = file.body.toString('utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe('student_id,category,change,qualifying_day,summer_day,summer_service');
    expect(lines).toHaveLength(all.children.length + 1);
    expect(lines).toContain('LATE-1,2,added,2025-06-01,2025-07-02,LATE-S');
  });

  it('keeps the PFS breakdown with a certification and writes it in the counts’ CSV', async () => {
    const { pfs } = await getChildCountPfs(ctx(), { period: '2024-25' });
    expect(pfs.category1).toBeGreaterThan(0);
    const certified = await certifyChildCounts(ctx(), { period: '2024-25' });
    expect(certified.certification!.pfs).toEqual(pfs);
    const file = await exportChildCountFigures(ctx(), { period: '2024-25' }, 'csv');
    const lines = file.body.toString('utf8').trim().split(/\r?\n/);
    expect(lines).toContain(`pfs,Y,${pfs.category1},${pfs.category2}`);
  });
});
