import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/data/db';
import type { Db } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { buildDistrict, buildRegion, buildRegionWithStaff, buildSchool, buildUser } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';

/** An approved (or other) COE of `regionId` with its children (IP2.2–IP2.4). */
async function buildCoe(
  db: Db,
  regionId: string,
  coe: {
    interviewDate: string;
    signedOn?: string;
    residencyDate?: string;
    status?: 'approved' | 'submitted';
  },
  children: Array<{ qad: string; basis?: 'sqm' | 'qualifying-work'; priorCoe?: boolean; eligible?: boolean }>,
) {
  const { id } = await db
    .insertInto('coes')
    .values({
      region_id: regionId,
      status: coe.status ?? 'approved',
      interview: JSON.stringify({}),
      determination: JSON.stringify({}),
      interview_date: coe.interviewDate,
      signed_on: coe.signedOn ?? null,
      residency_date: coe.residencyDate ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  let n = 0;
  for (const child of children)
    await db
      .insertInto('coe_children')
      .values({
        coe_id: id,
        interview_child_id: `c${n++}`,
        eligible: child.eligible ?? true,
        qad: child.qad,
        basis: child.basis ?? 'qualifying-work',
        prior_coe: child.priorCoe ?? false,
      })
      .execute();
}

/**
 * A service of `regionId` aligned to one MPO asking 10 points in at least 2 hours (IP2.10), with
 * students tested before and after: [pre, post, post date, attended minutes].
 */
async function buildTestedService(
  db: Db,
  regionId: string,
  students: Array<[number, number, string, number]>,
) {
  const plan = await db
    .insertInto('plan_versions')
    .values({ name: `Measures plan ${Math.random()}`, status: 'adopted', adopted_on: '2023-07-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('plan_mpos')
    .values({
      plan_version_id: plan.id,
      number: '1.0',
      need_area: 'ELA',
      population: JSON.stringify({ kind: 'age', minAge: 3, maxAge: 21 }),
      min_hours: 2,
      growth: JSON.stringify({ kind: 'points', points: 10 }),
      target: 60,
      min_n: 1,
      sort_order: 1,
    })
    .execute();
  const service = await db
    .insertInto('services')
    .values({
      code: `MG-${Math.random()}`,
      plan_version_id: plan.id,
      region_id: regionId,
      name: 'Reading club',
      term: 'RSY',
      start_date: '2024-01-08',
      end_date: '2024-05-31',
      mpos: ['1.0'],
      instrument_min: 0,
      instrument_max: 100,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  let n = 0;
  for (const [pre, post, postDate, minutes] of students) {
    const enrollment = await db
      .insertInto('service_enrollments')
      .values({
        service_id: service.id,
        student_id: `S${n++}-${regionId.slice(0, 4)}`,
        enrolled_on: '2024-01-08',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('service_attendance')
      .values({ enrollment_id: enrollment.id, date: '2024-01-09', minutes })
      .execute();
    await db
      .insertInto('service_tests')
      .values([
        { enrollment_id: enrollment.id, kind: 'pre', date: '2024-01-09', score: pre },
        { enrollment_id: enrollment.id, kind: 'post', date: postDate, score: post },
      ])
      .execute();
  }
}

async function buildReferral(db: Db, regionId: string, districtId: string, receivedOn: string) {
  await db
    .insertInto('referrals')
    .values({
      region_id: regionId,
      district_id: districtId,
      referral_key: `k-${Math.random()}`,
      first_name: 'Ana',
      last_surname: 'Ruiz',
      birth_date: '2015-01-01',
      priority: 4,
      received_on: receivedOn,
    })
    .execute();
}

describe.each(freshDatabases('improvement_measures'))('measures from the records on $name', (database) => {
  let t: TestApp;
  let admin: HttpSession;
  let director: HttpSession;
  let districtStaff: HttpSession;
  let regionId: string;
  let otherRegionId: string;

  beforeAll(async () => {
    const handle = await database.open();
    await migrateToLatest(handle.db);
    await handle.close();
    t = await startTestApp({ name: database.name, open: () => openDatabase(database.connection) });
    const db = t.handle.db;
    const { region, district, users } = await buildRegionWithStaff(db);
    regionId = region.id;
    const other = await buildRegion(db, { name: 'Other region' });
    otherRegionId = other.id;
    const otherDistrict = await buildDistrict(db, other.id);
    admin = await signInAs(t.app, users.state_admin.email);
    director = await signInAs(t.app, users.region_director.email);
    districtStaff = await signInAs(t.app, users.district_staff.email);

    // March 2024: two families (one recruited 70 days after its earliest QAD, one 100 days after)
    await buildCoe(
      db,
      region.id,
      { interviewDate: '2024-03-05', signedOn: '2024-03-11', residencyDate: '2024-01-20' },
      [
        { qad: '2024-01-01', basis: 'sqm' },
        { qad: '2024-02-01', basis: 'sqm', priorCoe: true },
      ],
    );
    await buildCoe(db, region.id, { interviewDate: '2024-03-20' }, [{ qad: '2023-12-11' }]);
    // not counted: an ineligible child, a COE not approved, a COE of April
    await buildCoe(db, region.id, { interviewDate: '2024-03-21' }, [{ qad: '2024-03-01', eligible: false }]);
    await buildCoe(db, region.id, { interviewDate: '2024-03-22', status: 'submitted' }, [
      { qad: '2024-03-01' },
    ]);
    await buildCoe(db, region.id, { interviewDate: '2024-05-02' }, [{ qad: '2024-04-20', priorCoe: true }]);
    // another region's COE: the director never counts it
    await buildCoe(db, other.id, { interviewDate: '2024-03-10' }, [{ qad: '2024-03-01' }]);

    for (const day of ['2023-01-10', '2023-02-10', '2024-01-10', '2024-02-10', '2024-03-10', '2024-04-10'])
      await buildReferral(db, region.id, district.id, day);
    await buildReferral(db, other.id, otherDistrict.id, '2024-01-11');

    // MPO growth: March 10.5 and 9.5 points (one grew), April 12 points but 119 minutes (left out)
    await buildTestedService(db, region.id, [
      [40, 50.5, '2024-03-15', 120],
      [40, 49.5, '2024-03-20', 600],
      [40, 52, '2024-04-02', 119],
    ]);
    await buildTestedService(db, other.id, [[40, 60, '2024-03-15', 600]]);

    const school = await buildSchool(db, district.id);
    const second = await buildUser(db, { role: 'recruiter', regionId: region.id });
    for (const [userId, day] of [
      [users.recruiter.id, '2024-03-04'],
      [users.recruiter.id, '2024-03-06'],
      [users.recruiter.id, '2024-03-08'],
      [second.id, '2024-03-05'],
      [second.id, '2024-03-12'],
    ] as const)
      await db
        .insertInto('school_contacts')
        .values({
          user_id: userId,
          school_id: school.id,
          region_id: region.id,
          contact_date: day,
          contact_type: 'drop_in',
          outcomes: JSON.stringify([{ code: 'left_information' }]),
        })
        .execute();
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  const measure = (session: HttpSession, id: string, query: string) =>
    session.request('GET', `/api/improvement/measures/${id}?${query}`);

  it('lists the catalog', async () => {
    const reply = await director.request('GET', '/api/improvement/measures');
    expect(reply.status).toBe(200);
    expect(reply.body.items.map((m: { id: string }) => m.id)).toContain('families-within-90-days');
  });

  it('children qualified by month, from approved COEs only (IP2.2)', async () => {
    const reply = await measure(
      director,
      'children-qualified',
      `regionId=${regionId}&from=2024-02-01&to=2024-05-31`,
    );
    expect(reply.status).toBe(200);
    expect(reply.body.points.map((p: { label: string; value: number }) => [p.label, p.value])).toEqual([
      ['2024-02', 0],
      ['2024-03', 3],
      ['2024-04', 0],
      ['2024-05', 1],
    ]);
    expect(reply.body.region.id).toBe(regionId);
    expect(reply.body.analysis.median).toBe(0.5);
  });

  it('newly qualified and subsequent moves by the engine basis (IP2.2, IP2.3)', async () => {
    const sqm = await measure(
      director,
      'subsequent-move-percent',
      `regionId=${regionId}&from=2024-03-01&to=2024-05-31`,
    );
    expect(sqm.body.points.map((p: { value: number | null }) => p.value)).toEqual([66.7, null, 0]);
    const fresh = await measure(
      director,
      'newly-qualified-percent',
      `regionId=${regionId}&from=2024-03-01&to=2024-05-31`,
    );
    expect(fresh.body.points.map((p: { value: number | null }) => p.value)).toEqual([66.7, null, 0]);
  });

  it('families within 60 and 90 days of the QAD, once a family (IP2.4)', async () => {
    const in90 = await measure(
      director,
      'families-within-90-days',
      `regionId=${regionId}&from=2024-03-01&to=2024-03-31`,
    );
    expect(in90.body.points[0]).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    const in60 = await measure(
      director,
      'families-within-60-days',
      `regionId=${regionId}&from=2024-03-01&to=2024-03-31`,
    );
    expect(in60.body.points[0]).toMatchObject({ numerator: 0, denominator: 2, value: 0 });
  });

  it('children within 60 and 90 days of the QAD, each child counted (IP2.8)', async () => {
    const in90 = await measure(
      director,
      'children-within-90-days',
      `regionId=${regionId}&from=2024-03-01&to=2024-03-31`,
    );
    // signed 2024-03-11: QADs 70 and 39 days before; interviewed 2024-03-20: 100 days after its QAD
    expect(in90.body.points[0]).toMatchObject({ numerator: 2, denominator: 3, value: 66.7 });
    const in60 = await measure(
      director,
      'children-within-60-days',
      `regionId=${regionId}&from=2024-03-01&to=2024-03-31`,
    );
    expect(in60.body.points[0]).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('newly qualified within 60 days of residency, from the COE’s residency date (IP2.9)', async () => {
    const reply = await measure(
      director,
      'residency-within-60-days',
      `regionId=${regionId}&from=2024-03-01&to=2024-03-31`,
    );
    // only the COE signed 2024-03-11 has a residency date (51 days before); its second child had a prior COE
    expect(reply.body.points[0]).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
  });

  it('MPO growth met, by the month of the post test (IP2.10)', async () => {
    const reply = await measure(
      director,
      'mpo-growth-percent',
      `regionId=${regionId}&from=2024-02-01&to=2024-04-30`,
    );
    expect(reply.status).toBe(200);
    expect(
      reply.body.points.map((p: { label: string; numerator: number; denominator: number }) => [
        p.label,
        p.numerator,
        p.denominator,
      ]),
    ).toEqual([
      ['2024-02', 0, 0],
      ['2024-03', 1, 2],
      ['2024-04', 0, 0],
    ]);
    const state = await measure(admin, 'mpo-growth-percent', 'from=2024-03-01&to=2024-03-31');
    expect(state.body.points[0]).toMatchObject({ numerator: 2, denominator: 3 });
  });

  it('referrals per quarter against the year before (IP2.5)', async () => {
    const reply = await measure(
      director,
      'referrals-per-quarter',
      `regionId=${regionId}&from=2024-01-01&to=2024-06-30`,
    );
    expect(reply.body.points).toEqual([
      expect.objectContaining({ label: '2024-Q1', value: 3, changeFromPriorYear: 50 }),
      expect.objectContaining({ label: '2024-Q2', value: 1, changeFromPriorYear: null }),
    ]);
    const state = await measure(admin, 'referrals-per-quarter', 'from=2024-01-01&to=2024-03-31');
    expect(state.body.points[0].value).toBe(4);
    expect(state.body.region).toBeNull();
  });

  it('contacts per recruiter per week (IP2.6)', async () => {
    const reply = await measure(director, 'contacts-per-recruiter-week', `from=2024-03-04&to=2024-03-17`);
    expect(reply.body.points.map((p: { value: number }) => p.value)).toEqual([2, 1]);
  });

  it('reads are scoped: another region is not found, the state counts every region (IP2)', async () => {
    expect(
      (
        await measure(
          director,
          'children-qualified',
          `regionId=${otherRegionId}&from=2024-03-01&to=2024-03-31`,
        )
      ).status,
    ).toBe(404);
    const own = await measure(director, 'children-qualified', 'from=2024-03-01&to=2024-03-31');
    expect(own.body.points[0].value).toBe(3);
    const state = await measure(admin, 'children-qualified', 'from=2024-03-01&to=2024-03-31');
    expect(state.body.points[0].value).toBe(4);
    const district = await measure(districtStaff, 'children-qualified', 'from=2024-03-01&to=2024-03-31');
    expect(district.status).toBe(403);
  });

  it('a frozen baseline, and bad input named', async () => {
    const frozen = await measure(
      director,
      'children-qualified',
      `regionId=${regionId}&from=2024-02-01&to=2024-05-31&baseline=2`,
    );
    expect(frozen.body.baseline).toBe(2);
    expect(frozen.body.analysis.median).toBe(1.5);
    const backwards = await measure(director, 'children-qualified', 'from=2024-05-01&to=2024-03-31');
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.problems[0].field).toBe('to');
    const tooLong = await measure(director, 'contacts-per-recruiter-week', 'from=2000-01-01&to=2024-03-31');
    expect(tooLong.status).toBe(400);
    expect((await measure(director, 'nonsense', 'from=2024-01-01&to=2024-03-31')).status).toBe(400);
  });
});
