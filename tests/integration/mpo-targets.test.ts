import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { buildChild, buildRegionWithStaff } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { freshDatabases } from '../support/fresh-databases';

/** The plan in force: MPO 1.0 (ELA levels 1–2), 2.0 (math levels 1–2), 7.0 (ages 3–5). */
async function adoptPlan(db: Db): Promise<void> {
  const plan = await db
    .insertInto('plan_versions')
    .values({
      name: `Target list test plan ${randomUUID().slice(0, 8)}`,
      status: 'adopted',
      adopted_on: '2024-07-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const growth = JSON.stringify({ kind: 'anyGain' });
  const mpo = (number: string, need_area: string, population: object, sort_order: number) => ({
    plan_version_id: plan.id,
    number,
    need_area,
    population: JSON.stringify(population),
    min_hours: null,
    growth,
    target: 60,
    min_n: 10,
    sort_order,
  });
  await db
    .insertInto('plan_mpos')
    .values([
      mpo('1.0', 'ELA', { kind: 'belowProficient', subject: 'ELA', maxLevel: 2 }, 1),
      mpo('2.0', 'MATH', { kind: 'belowProficient', subject: 'MATH', maxLevel: 2 }, 2),
      mpo('7.0', 'SR', { kind: 'age', minAge: 3, maxAge: 5 }, 3),
    ])
    .execute();
}

async function buildService(
  db: Db,
  values: {
    regionId: string;
    term: 'RSY' | 'SUMMER' | 'INTERSESSION';
    mpos: string[];
    start: string;
    end: string;
    name: string;
  },
) {
  return db
    .insertInto('services')
    .values({
      code: `SV-${randomUUID().slice(0, 8)}`,
      plan_version_id: null,
      region_id: values.regionId,
      district_id: null,
      name: values.name,
      term: values.term,
      site: null,
      start_date: values.start,
      end_date: values.end,
      actual_start_date: null,
      actual_end_date: null,
      funding_resource: null,
      application_kind: null,
      application_line: null,
      mpos: values.mpos,
      instrument_name: null,
      instrument_min: 0,
      instrument_max: 100,
      instrument_levels: null,
      session_minutes: null,
      state_service_code: null,
    })
    .returning(['id', 'code'])
    .executeTakeFirstOrThrow();
}

describe.each(freshDatabases('mpo_targets'))('MPO target lists on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let other: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let director: HttpSession;
  const students: Record<string, string> = {};
  let history: string;
  let rsyEla: { id: string; code: string };

  beforeAll(async () => {
    const handle = await database.open();
    await migrateToLatest(handle.db);
    await handle.close();
    t = await startTestApp({ name: database.name, open: () => openDatabase(database.connection) });
    const db = t.handle.db;
    fixture = await buildRegionWithStaff(db);
    other = await buildRegionWithStaff(db);
    await adoptPlan(db);
    director = await signInAs(t.app, fixture.users.region_director.email);

    const always = { eligible_from: '2023-01-01', eligible_to: '2027-12-31' };
    const child = async (
      key: string,
      options: { birthDate?: string; region?: string; firstName?: string; span?: typeof always },
    ) => {
      const built = await buildChild(db, {
        regionId: options.region ?? fixture.region.id,
        birthDate: options.birthDate ?? '2014-05-01',
        firstName: options.firstName ?? key,
        lastSurname: 'Test',
      });
      students[key] = built.student_number;
      await db
        .insertInto('student_eligibility_spans')
        .values({
          student_id: built.student_number,
          birth_date: built.birth_date,
          ...(options.span ?? always),
        })
        .execute();
    };
    await child('enrolled', {});
    await child('proficient', {});
    await child('endedBefore', { span: { eligible_from: '2022-01-01', eligible_to: '2024-08-31' } });
    await child('waiting', { firstName: '=HYPERLINK("x")' });
    await child('elsewhere', { region: other.region.id });
    await child('preschooler', { birthDate: '2020-06-01' });
    history = `H${randomUUID().replaceAll('-', '').slice(0, 10)}`;
    await db
      .insertInto('student_eligibility_spans')
      .values({ student_id: history, birth_date: '2013-02-02', ...always })
      .execute();

    const results = [
      ['enrolled', 'ELA', '2023-24', 2],
      ['proficient', 'ELA', '2023-24', 3],
      ['endedBefore', 'ELA', '2023-24', 1],
      ['waiting', 'ELA', '2022-23', 1],
      ['waiting', 'MATH', '2023-24', 1],
      ['elsewhere', 'ELA', '2023-24', 1],
    ] as const;
    await db
      .insertInto('assessment_results')
      .values([
        ...results.map(([key, subject, school_year, level]) => ({
          student_id: students[key]!,
          subject,
          school_year,
          level,
          recorded_by: null,
        })),
        { student_id: history, subject: 'ELA', school_year: '2023-24', level: 1, recorded_by: null },
      ])
      .execute();

    const region = fixture.region.id;
    rsyEla = await buildService(db, {
      regionId: region,
      term: 'RSY',
      mpos: ['1.0'],
      start: '2024-10-01',
      end: '2025-05-30',
      name: 'Reading club',
    });
    const summer = await buildService(db, {
      regionId: region,
      term: 'SUMMER',
      mpos: ['1.0'],
      start: '2025-06-20',
      end: '2025-07-30',
      name: 'Summer reading',
    });
    const rsyMath = await buildService(db, {
      regionId: region,
      term: 'RSY',
      mpos: ['2.0'],
      start: '2024-10-01',
      end: '2025-05-30',
      name: 'Math lab',
    });
    const lastYear = await buildService(db, {
      regionId: region,
      term: 'SUMMER',
      mpos: ['1.0'],
      start: '2024-06-20',
      end: '2024-07-30',
      name: 'Old summer',
    });
    await db
      .insertInto('service_enrollments')
      .values([
        {
          service_id: rsyEla.id,
          student_id: students.enrolled!,
          enrolled_on: '2024-10-01',
          reason: 'below_proficient_ela',
        },
        {
          service_id: summer.id,
          student_id: students.waiting!,
          enrolled_on: '2025-06-20',
          reason: 'below_proficient_ela',
        },
        {
          service_id: rsyMath.id,
          student_id: students.waiting!,
          enrolled_on: '2024-10-01',
          reason: 'below_proficient_math',
        },
        {
          service_id: lastYear.id,
          student_id: history,
          enrolled_on: '2024-06-20',
          reason: 'below_proficient_ela',
        },
      ])
      .execute();
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  const query = (mpo: string, extra = '', regionId = fixture.region.id) =>
    `/api/mpo-targets?period=2024-25&term=RSY&regionId=${regionId}&mpo=${mpo}${extra}`;

  it("lists the region's eligible children below proficient in ELA, each enrolled or not in an aligned RSY service", async () => {
    const list = await director.request('GET', query('1.0'));
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({
      period: '2024-25',
      term: 'RSY',
      termDates: { from: '2024-09-01', to: '2025-06-15' },
      mpo: { number: '1.0' },
      enrollmentReason: 'below_proficient_ela',
      services: [{ id: rsyEla.id, name: 'Reading club', canEnroll: true }],
      total: 3,
      enrolled: 1,
    });
    const rows = list.body.rows.map((r: { studentId: string; enrolled: boolean; reason: object }) => [
      r.studentId,
      r.enrolled,
      r.reason,
    ]);
    expect(rows).toEqual(
      [
        [students.enrolled, true, { kind: 'belowProficient', subject: 'ELA', level: 2 }],
        [students.waiting, false, { kind: 'belowProficient', subject: 'ELA', level: 1 }],
        [history, false, { kind: 'belowProficient', subject: 'ELA', level: 1 }],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(list.body.rows.find((r: { studentId: string }) => r.studentId === history).child).toBeNull();

    const planFirst = await director.request('GET', query('1.0').replace('&mpo=1.0', ''));
    expect(planFirst.body.mpo.number).toBe('1.0');
    expect(planFirst.body.mpos.map((m: { number: string }) => m.number)).toEqual(['1.0', '2.0', '7.0']);

    const waiting = await director.request('GET', query('1.0', '&notEnrolled=true'));
    expect(waiting.body).toMatchObject({ total: 3, enrolled: 1 });
    expect(waiting.body.rows.map((r: { studentId: string }) => r.studentId).sort()).toEqual(
      [students.waiting, history].sort(),
    );
  });

  it('lists math and pre-K children by their own rules', async () => {
    const math = await director.request('GET', query('2.0'));
    expect(
      math.body.rows.map((r: { studentId: string; enrolled: boolean }) => [r.studentId, r.enrolled]),
    ).toEqual([[students.waiting, true]]);
    const preK = await director.request('GET', query('7.0'));
    expect(preK.body.rows.map((r: { studentId: string; reason: object }) => [r.studentId, r.reason])).toEqual(
      [[students.preschooler, { kind: 'age', age: 4 }]],
    );
    expect(preK.body.enrollmentReason).toBe('pre_k');
  });

  it('answers another region’s staff 404, a role without service.read 403, and an unknown MPO 400 naming it', async () => {
    const outsider = await signInAs(t.app, other.users.region_director.email);
    expect((await outsider.request('GET', query('1.0'))).status).toBe(404);
    const recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    expect((await recruiter.request('GET', query('1.0'))).status).toBe(403);
    const unknown = await director.request('GET', query('9.9'));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.problems[0].field).toBe('mpo');
    const badPeriod = await director.request('GET', query('1.0').replace('2024-25', '2024-26'));
    expect(badPeriod.status).toBe(400);
    expect(badPeriod.body.error.problems[0].field).toBe('period');
  });

  it('shows district staff only the children of their district', async () => {
    const district = await signInAs(t.app, fixture.users.district_staff.email);
    const list = await district.request('GET', query('1.0'));
    expect(list.status).toBe(200);
    expect(list.body.rows).toEqual([]);
    expect(list.body.services[0].canEnroll).toBe(false);
  });

  it('exports the list as CSV with formulas escaped, and as XLSX', async () => {
    const csv = await t.app.inject({
      method: 'GET',
      url: query('1.0', '&format=csv').replace('/mpo-targets?', '/mpo-targets/export?'),
      cookies: director.cookies,
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toContain(
      `mpo-1.0-region-${fixture.region.number}-2024-25-RSY.csv`,
    );
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('student_id,child_name,birth_date,reason,enrolled,services,pfs');
    expect(lines).toContain(`${students.enrolled},enrolled Test,2014-05-01,ELA level 2,Y,${rsyEla.code},N`);
    expect(lines).toContain(`${students.waiting},"'=HYPERLINK(""x"") Test",2014-05-01,ELA level 1,N,,N`);

    const xlsx = await t.app.inject({
      method: 'GET',
      url: query('1.0', '&format=xlsx&notEnrolled=true').replace('/mpo-targets?', '/mpo-targets/export?'),
      cookies: director.cookies,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.rowCount).toBe(3);
  });

  it('the state administrator changes when the terms run, audited, and the lists follow', async () => {
    const admin = await signInAs(t.app, fixture.users.state_admin.email);
    const terms = (await director.request('GET', '/api/mpo-targets/terms')).body;
    expect(terms.RSY).toEqual({ from: '09-01', to: '06-15' });
    expect((await director.request('PUT', '/api/mpo-targets/terms', terms)).status).toBe(403);
    const refused = await admin.request('PUT', '/api/mpo-targets/terms', {
      ...terms,
      SUMMER: { from: '08-01', to: '06-16' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.problems[0].field).toBe('SUMMER.to');
    const changed = await admin.request('PUT', '/api/mpo-targets/terms', {
      ...terms,
      RSY: { from: '09-01', to: '06-30' },
    });
    expect(changed.body.RSY).toEqual({ from: '09-01', to: '06-30' });
    expect(changed.body.version).toBe(terms.version + 1);
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['before', 'after'])
      .where('entity_type', '=', 'services_settings')
      .where('entity_id', '=', 'services_term_windows')
      .execute();
    expect(audit.at(-1)).toMatchObject({ before: { RSY: { to: '06-15' } }, after: { RSY: { to: '06-30' } } });
    expect((await director.request('GET', query('1.0'))).body.termDates.to).toBe('2025-06-30');
    const stale = await admin.request('PUT', '/api/mpo-targets/terms', terms);
    expect(stale.status).toBe(409);
    expect(stale.body.error.problems).toEqual([{ field: 'version', message: 'is stale' }]);
    const audited = await t.handle.db
      .selectFrom('audit_events')
      .select('id')
      .where('entity_id', '=', 'services_term_windows')
      .execute();
    expect(audited).toHaveLength(audit.length);
    expect((await director.request('GET', '/api/mpo-targets/terms')).body.RSY.to).toBe('06-30');
    await admin.request('PUT', '/api/mpo-targets/terms', { ...terms, version: changed.body.version });
  });

  it('enrolls a child from the list in an aligned service, and the list then counts them', async () => {
    const enrolled = await director.request('POST', `/api/services/${rsyEla.id}/enrollments`, {
      studentId: students.waiting,
      enrolledOn: '2024-11-04',
      reason: 'below_proficient_ela',
    });
    expect(enrolled.status).toBe(201);
    const list = await director.request('GET', query('1.0'));
    expect(list.body).toMatchObject({ total: 3, enrolled: 2 });
    expect(list.body.rows.find((r: { studentId: string }) => r.studentId === students.waiting)).toMatchObject(
      {
        enrolled: true,
        serviceIds: [rsyEla.id],
      },
    );
  });
});
