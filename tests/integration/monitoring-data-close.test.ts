import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/people/roles';
import type { Db } from '../../src/data/db';
import { lockYearForChange, setYearStatus } from '../../src/data/repositories/data-close.repository';
import { CLI_ACTOR } from '../../src/usecases/context';
import { refuseClosedServiceYears } from '../../src/usecases/monitoring/data-close-guard';
import { importServicesFolder } from '../../src/usecases/services/import-services-folder';
import {
  buildChild,
  buildEligibilitySpans,
  buildRegion,
  buildRegionWithStaff,
  buildUser,
  serviceBody,
} from '../factories';
import { eligibilityCases } from '../support/eligibility-cases';
import { signInAs, signInEveryRole, type HttpSession } from '../support/http-session';
import { startFreshTestApp, type TestApp } from '../support/test-app';
import { freshDatabases } from '../support/fresh-databases';
import { servicesSampleFiles } from '../support/services-sample';

const YEAR = '2025-26';

async function buildService(
  db: Db,
  values: {
    regionId: string;
    start: string;
    end: string;
    actualStart?: string | null;
    actualEnd?: string | null;
  },
) {
  const code = `DC-${randomUUID().slice(0, 8)}`;
  const { id } = await db
    .insertInto('services')
    .values({
      code,
      region_id: values.regionId,
      name: `Service ${code}`,
      term: 'SUMMER',
      start_date: values.start,
      end_date: values.end,
      actual_start_date: values.actualStart ?? null,
      actual_end_date: values.actualEnd ?? null,
      instrument_min: 0,
      instrument_max: 100,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, code };
}

async function enroll(
  db: Db,
  serviceId: string,
  studentId: string,
  attendance: [string, number][],
  tests: ('pre' | 'post')[],
) {
  const { id } = await db
    .insertInto('service_enrollments')
    .values({ service_id: serviceId, student_id: studentId, enrolled_on: '2026-06-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (attendance.length > 0)
    await db
      .insertInto('service_attendance')
      .values(attendance.map(([date, minutes]) => ({ enrollment_id: id, date, minutes })))
      .execute();
  for (const kind of tests)
    await db
      .insertInto('service_tests')
      .values({ enrollment_id: id, kind, date: '2026-06-02', score: 50 })
      .execute();
}

async function buildCoe(db: Db, regionId: string, status: 'submitted' | 'approved', interviewDate: string) {
  const [first] = eligibilityCases();
  const { id } = await db
    .insertInto('coes')
    .values({
      region_id: regionId,
      status,
      interview: JSON.stringify(first!.input),
      determination: JSON.stringify(first!.expected),
      interview_date: interviewDate,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The Data Close through the API (docs/rules/monitoring.md MN6): the checklist of each role's
 * scope, closing and reopening by the state administrator (audited), a closed year refusing
 * every write of its services, enrollments, attendance, tests and COEs in English and Spanish,
 * and, on PostgreSQL, writes and a closing at the same moment.
 */
describe.each(freshDatabases('monitoring_data_close'))('the Data Close on $name (MN6)', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let sessions: Record<Role, HttpSession>;
  let otherDirector: HttpSession;
  let otherRegion: { id: string };
  let incomplete: { id: string; code: string };
  let nextYears: { id: string; code: string };
  let otherRegionService: { id: string; code: string };
  let submittedCoe: string;
  let students: string[];

  beforeAll(async () => {
    t = await startFreshTestApp(database);
    const db = t.handle.db;
    fixture = await buildRegionWithStaff(db);
    sessions = await signInEveryRole(t.app, fixture.users);
    otherRegion = await buildRegion(db);
    otherDirector = await signInAs(
      t.app,
      (await buildUser(db, { role: 'region_director', regionId: otherRegion.id })).email,
    );
    students = [];
    for (let i = 0; i < 4; i += 1)
      students.push(
        (await buildChild(db, { regionId: fixture.region.id, firstName: `Niña${i}` })).student_number,
      );
    await buildEligibilitySpans(db, students, '2025-01-01', '2028-12-31');

    // 2025-26: a service without its actual end; one child complete, one without attendance or post test.
    incomplete = await buildService(db, {
      regionId: fixture.region.id,
      start: '2026-06-01',
      end: '2026-06-30',
      actualStart: '2026-06-01',
    });
    await enroll(db, incomplete.id, students[0]!, [['2026-06-03', 60]], ['pre', 'post']);
    await enroll(db, incomplete.id, students[1]!, [], ['pre']);
    // A complete service of 2025-26, and a service of 2026-27 (not on the list).
    const complete = await buildService(db, {
      regionId: fixture.region.id,
      start: '2025-09-01',
      end: '2025-12-19',
      actualStart: '2025-09-01',
      actualEnd: '2025-12-19',
    });
    await enroll(db, complete.id, students[0]!, [['2025-09-02', 60]], ['pre', 'post']);
    nextYears = await buildService(db, {
      regionId: fixture.region.id,
      start: '2026-07-01',
      end: '2026-12-18',
    });
    otherRegionService = await buildService(db, {
      regionId: otherRegion.id,
      start: '2025-10-01',
      end: '2026-05-29',
    });
    submittedCoe = await buildCoe(db, fixture.region.id, 'submitted', '2026-03-02');
    await buildCoe(db, fixture.region.id, 'approved', '2026-03-03');
    await buildCoe(db, fixture.region.id, 'submitted', '2026-08-01');
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  const checklistOf = (session: HttpSession, query = `programYear=${YEAR}`) =>
    session.request('GET', `/api/monitoring/data-close?${query}`);
  const close = (session: HttpSession, reason = 'September Data Close') =>
    session.request('POST', `/api/monitoring/data-close/${YEAR}/close`, { reason });
  const reopen = (session: HttpSession, reason: string) =>
    session.request('POST', `/api/monitoring/data-close/${YEAR}/reopen`, { reason });
  const closureEvents = () =>
    t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'actor_label', 'before', 'after'])
      .where('entity_type', '=', 'program_year_closure')
      .where('entity_id', '=', YEAR)
      .orderBy('id')
      .execute();
  const kinds = (body: { items: Array<{ kind: string; recordId: string; studentId: string | null }> }) =>
    body.items.map((item) => [item.kind, item.recordId, item.studentId]);

  it('lists the region’s incomplete records of the year, each with where it is fixed', async () => {
    const reply = await checklistOf(sessions.region_director);
    expect(reply.status).toBe(200);
    expect(reply.body.closure.status).toBe('open');
    expect(kinds(reply.body)).toEqual([
      ['service_without_actual_dates', incomplete.id, null],
      ['enrollment_without_attendance', incomplete.id, students[1]],
      ['missing_post_test', incomplete.id, students[1]],
      ['coe_not_approved', submittedCoe, null],
    ]);
    expect(reply.body.items.map((item: { fixAt: string }) => item.fixAt)).toEqual([
      'service',
      'attendance',
      'tests',
      'coe',
    ]);
    expect(reply.body.regions).toEqual([
      expect.objectContaining({
        id: fixture.region.id,
        total: 4,
        counts: {
          service_without_actual_dates: 1,
          enrollment_without_attendance: 1,
          missing_pre_test: 0,
          missing_post_test: 1,
          coe_not_approved: 1,
        },
      }),
    ]);
    expect(reply.body.abilities).toEqual({ close: false, reopen: false });
  });

  it('shows each role its scope: the region’s staff their region, the state every region, others nothing', async () => {
    const specialist = await checklistOf(sessions.data_specialist);
    expect(specialist.body.items).toHaveLength(4);
    const consultant = await checklistOf(sessions.state_consultant);
    expect(consultant.body.regions.map((r: { id: string }) => r.id)).toEqual([fixture.region.id]);

    const state = await checklistOf(sessions.state_admin);
    expect(state.body.regions.map((r: { id: string }) => r.id).sort()).toEqual(
      [fixture.region.id, otherRegion.id].sort(),
    );
    expect(state.body.items.map((item: { recordId: string }) => item.recordId)).toContain(
      otherRegionService.id,
    );
    expect(state.body.abilities).toEqual({ close: true, reopen: true });
    const oneRegion = await checklistOf(
      sessions.state_admin,
      `programYear=${YEAR}&regionId=${otherRegion.id}`,
    );
    expect(kinds(oneRegion.body)).toEqual([['service_without_actual_dates', otherRegionService.id, null]]);

    const other = await checklistOf(otherDirector);
    expect(kinds(other.body)).toEqual([['service_without_actual_dates', otherRegionService.id, null]]);
    expect(
      (await checklistOf(otherDirector, `programYear=${YEAR}&regionId=${fixture.region.id}`)).status,
    ).toBe(404);

    const district = await checklistOf(sessions.district_staff);
    expect(district.status).toBe(200);
    expect([district.body.regions, district.body.items]).toEqual([[], []]);
    for (const role of ['recruiter', 'ir_manager', 'reviewer'] as const)
      expect((await checklistOf(sessions[role])).status, role).toBe(403);
    expect((await checklistOf(sessions.region_director, 'programYear=2025-27')).status).toBe(400);
  });

  it('only a state administrator closes a year, once it has ended; audited', async () => {
    for (const role of ['region_director', 'data_specialist', 'state_consultant', 'district_staff'] as const)
      expect((await close(sessions[role])).status, role).toBe(403);
    const early = await sessions.state_admin.request('POST', '/api/monitoring/data-close/2030-31/close', {
      reason: '',
    });
    expect(early.status).toBe(400);
    expect(early.body.error.problems).toEqual([
      { field: 'programYear', message: 'has not ended yet: it runs until 2031-06-30' },
    ]);
    expect(await closureEvents()).toEqual([]);

    const closed = await close(sessions.state_admin);
    expect(closed.status).toBe(200);
    expect(closed.body.closure).toMatchObject({
      programYear: YEAR,
      status: 'closed',
      changedBy: fixture.users.state_admin.email,
      reason: 'September Data Close',
    });
    expect((await close(sessions.state_admin)).status).toBe(409);
    expect(await closureEvents()).toEqual([
      {
        action: 'update',
        actor_label: fixture.users.state_admin.email,
        before: { status: 'open' },
        after: { status: 'closed', reason: 'September Data Close' },
      },
    ]);
    expect((await checklistOf(sessions.region_director)).body.closure.status).toBe('closed');
  });

  it('refuses every write to the closed year’s services, enrollments, attendance, tests and COEs, naming the year', async () => {
    const service = `/api/services/${incomplete.id}`;
    const current = (await sessions.region_director.request('GET', service)).body;
    const writes: Array<[string, HttpSession, 'POST' | 'PUT' | 'DELETE', string, unknown]> = [
      [
        'enroll',
        sessions.region_director,
        'POST',
        `${service}/enrollments`,
        {
          studentId: students[2],
          enrolledOn: '2026-06-10',
          reason: 'other',
        },
      ],
      [
        'test score',
        sessions.region_director,
        'POST',
        `${service}/tests`,
        {
          studentId: students[1],
          kind: 'post',
          date: '2026-06-29',
          score: 70,
        },
      ],
      [
        'change the service',
        sessions.region_director,
        'PUT',
        service,
        serviceBody({
          code: incomplete.code,
          startDate: '2026-06-01',
          endDate: '2026-06-30',
          actualStartDate: '2026-06-01',
          actualEndDate: '2026-06-30',
          version: current.version,
        } as Parameters<typeof serviceBody>[0]),
      ],
      [
        'review a COE',
        sessions.reviewer,
        'POST',
        `/api/coes/${submittedCoe}/review`,
        {
          decision: 'approve',
          comments: '',
        },
      ],
      [
        'delete the service',
        sessions.region_director,
        'DELETE',
        `${service}?version=${current.version}`,
        undefined,
      ],
    ];
    const auditBefore = await t.handle.db.selectFrom('audit_events').select('id').execute();
    for (const [name, session, method, url, body] of writes) {
      const reply = await session.request(method, url, body);
      expect(reply.status, name).toBe(409);
      expect(reply.body.error.message, name).toContain('The program year 2025-26 is closed');
    }
    const sheet = (await sessions.region_director.request('GET', `${service}/attendance/2026-06-04`)).body;
    const attendance = await sessions.region_director.request('PUT', `${service}/attendance/2026-06-04`, {
      present: [{ studentId: students[1], minutes: 30 }],
      revision: sheet.revision,
    });
    expect(attendance.status).toBe(409);
    const created = await sessions.region_director.request(
      'POST',
      '/api/services',
      serviceBody({ startDate: '2026-06-20', endDate: '2026-06-30' }),
    );
    expect([created.status, created.body?.error?.problems]).toEqual([
      409,
      [{ field: 'programYear', message: '2025-26 is closed' }],
    ]);

    // The same refusal in Spanish.
    const spanish = await t.app.inject({
      method: 'POST',
      url: `${service}/tests`,
      cookies: sessions.region_director.cookies,
      headers: { 'x-csrf-token': sessions.region_director.csrfToken, 'accept-language': 'es' },
      payload: { studentId: students[1], kind: 'post', date: '2026-06-29', score: 70 },
    });
    expect(spanish.statusCode).toBe(409);
    expect(spanish.json().error.message).toBe(
      'El año del programa 2025-26 está cerrado: sus registros ya no se pueden cambiar. Un administrador estatal puede reabrirlo.',
    );

    // Nothing was written, nor audited; the next year's records are still open.
    expect(await t.handle.db.selectFrom('audit_events').select('id').execute()).toHaveLength(
      auditBefore.length,
    );
    const coe = await t.handle.db
      .selectFrom('coes')
      .select('status')
      .where('id', '=', submittedCoe)
      .executeTakeFirst();
    expect(coe?.status).toBe('submitted');
    const open = await sessions.region_director.request('POST', `/api/services/${nextYears.id}/enrollments`, {
      studentId: students[2],
      enrolledOn: '2026-07-01',
      reason: 'other',
    });
    expect(open.status).toBe(201);
  });

  it('a state administrator reopens the year, saying why; audited; its records can be changed again', async () => {
    expect((await reopen(sessions.region_director, 'late data')).status).toBe(403);
    const noReason = await reopen(sessions.state_admin, ' ');
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.problems[0].field).toBe('reason');
    const reopened = await reopen(sessions.state_admin, 'A post test arrived late');
    expect(reopened.status).toBe(200);
    expect(reopened.body.closure).toMatchObject({ status: 'open', reason: 'A post test arrived late' });
    expect(
      reopened.body.years.map((y: { programYear: string; status: string }) => [y.programYear, y.status]),
    ).toEqual([[YEAR, 'open']]);
    expect((await closureEvents()).at(-1)).toMatchObject({
      before: { status: 'closed' },
      after: { status: 'open', reason: 'A post test arrived late' },
    });
    expect((await reopen(sessions.state_admin, 'again')).status).toBe(409);
    const test = await sessions.region_director.request('POST', `/api/services/${incomplete.id}/tests`, {
      studentId: students[1],
      kind: 'post',
      date: '2026-06-29',
      score: 70,
    });
    expect(test.status).toBe(201);
    const after = await checklistOf(sessions.region_director);
    expect(kinds(after.body)).not.toContainEqual(['missing_post_test', incomplete.id, students[1]]);
  });

  it('refuses a services folder whose services start in a closed year, and stores none of it', async () => {
    const year = '2024-25';
    expect(
      (await sessions.state_admin.request('POST', `/api/monitoring/data-close/${year}/close`, { reason: '' }))
        .status,
    ).toBe(200);
    const before = await t.handle.db.selectFrom('services').select('id').execute();
    await expect(
      importServicesFolder({ db: t.handle.db, actor: CLI_ACTOR }, 'sample', servicesSampleFiles()),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining(`The program year ${year} is closed`),
    });
    expect(await t.handle.db.selectFrom('services').select('id').execute()).toHaveLength(before.length);
    expect(
      (
        await sessions.state_admin.request('POST', `/api/monitoring/data-close/${year}/reopen`, {
          reason: 'test over',
        })
      ).status,
    ).toBe(200);
  });

  it.runIf(database.name === 'postgres')(
    'a write under way when the year closes finishes first, and the closing waits for it',
    async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const holding = new Promise<void>((resolve) => (locked = resolve));
      const writing = t.handle.db.transaction().execute(async (trx) => {
        await refuseClosedServiceYears(trx, '2026-06-01');
        locked();
        await gate;
        await trx
          .updateTable('services')
          .set({ actual_end_date: '2026-06-30' })
          .where('id', '=', incomplete.id)
          .execute();
      });
      await holding;
      let settled = false;
      const closing = close(sessions.state_admin).then((reply) => {
        settled = true;
        return reply;
      });
      await sleep(300);
      expect(settled).toBe(false);
      release();
      await writing;
      expect((await closing).status).toBe(200);
      const row = await t.handle.db
        .selectFrom('services')
        .select('actual_end_date')
        .where('id', '=', incomplete.id)
        .executeTakeFirstOrThrow();
      expect(row.actual_end_date).toBe('2026-06-30');
      expect((await reopen(sessions.state_admin, 'test over')).status).toBe(200);
    },
  );

  it.runIf(database.name === 'postgres')(
    'two writes sent while the year closes wait for the closing and are refused: none slips into the closed year',
    async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const holding = new Promise<void>((resolve) => (locked = resolve));
      const closing = t.handle.db.transaction().execute(async (trx) => {
        await lockYearForChange(trx, YEAR);
        await setYearStatus(trx, YEAR, { status: 'closed', userId: null, label: 'test', reason: '' });
        locked();
        await gate;
      });
      await holding;
      const sheet = (
        await sessions.region_director.request('GET', `/api/services/${incomplete.id}/attendance/2026-06-05`)
      ).body;
      let settled = 0;
      const writes = [
        sessions.region_director.request('POST', `/api/services/${incomplete.id}/enrollments`, {
          studentId: students[3],
          enrolledOn: '2026-06-10',
          reason: 'other',
        }),
        sessions.data_specialist.request('PUT', `/api/services/${incomplete.id}/attendance/2026-06-05`, {
          present: [{ studentId: students[0], minutes: 45 }],
          revision: sheet.revision,
        }),
      ].map((write) =>
        write.then((reply) => {
          settled += 1;
          return reply;
        }),
      );
      await sleep(300);
      expect(settled).toBe(0);
      release();
      await closing;
      const replies = await Promise.all(writes);
      expect(replies.map((reply) => reply.status)).toEqual([409, 409]);
      const enrolled = await t.handle.db
        .selectFrom('service_enrollments')
        .select('id')
        .where('service_id', '=', incomplete.id)
        .where('student_id', '=', students[3]!)
        .execute();
      expect(enrolled).toEqual([]);
      const attended = await t.handle.db
        .selectFrom('service_attendance')
        .select('minutes')
        .where('date', '=', '2026-06-05')
        .execute();
      expect(attended).toEqual([]);
    },
  );
});
