import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChild, buildEligibilitySpans, buildRegionWithStaff, serviceBody } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';
import { uploadForm } from '../support/upload-form';

const CHILDREN = 40;

describe.each(TEST_DATABASES)('attendance sheets and imports on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let director: HttpSession;
  let districtStaff: HttpSession;
  let students: string[];

  beforeAll(async () => {
    t = await startTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
    director = await signInAs(t.app, fixture.users.region_director.email);
    districtStaff = await signInAs(t.app, fixture.users.district_staff.email);
    students = [];
    for (let i = 0; i < CHILDREN; i += 1) {
      const child = await buildChild(t.handle.db, {
        regionId: fixture.region.id,
        firstName: `Niño${String(i).padStart(2, '0')}`,
      });
      students.push(child.student_number);
    }
    await buildEligibilitySpans(t.handle.db, students, '2025-01-01', '2028-12-31');
  });
  afterAll(() => t.close());

  /** A service with the 40 children enrolled on 2026-07-01 (the first one on 2026-07-10). */
  async function serviceWithClass(): Promise<string> {
    const created = await director.request('POST', '/api/services', serviceBody());
    expect(created.status).toBe(201);
    for (const [i, studentId] of students.entries()) {
      const enrolled = await director.request('POST', `/api/services/${created.body.id}/enrollments`, {
        studentId,
        enrolledOn: i === 0 ? '2026-07-10' : '2026-07-01',
        reason: 'other',
      });
      expect(enrolled.status).toBe(201);
    }
    return created.body.id;
  }

  const sheetEvents = (serviceId: string) =>
    t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id', 'after'])
      .where('entity_type', '=', 'service_attendance')
      .where('entity_id', 'like', `${serviceId}/%`)
      .orderBy('id')
      .execute();

  it('takes a sheet for a date: the roster, the children present with minutes, the others absent; audited', async () => {
    const serviceId = await serviceWithClass();
    const sheetPath = `/api/services/${serviceId}/attendance/2026-07-06`;
    const empty = await director.request('GET', sheetPath);
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({
      date: '2026-07-06',
      sessionMinutes: 50,
      canRecord: true,
      takenOn: [],
    });
    // the first child was enrolled later, so is not on this date's sheet
    expect(empty.body.children).toHaveLength(CHILDREN - 1);
    expect(empty.body.children[0]).toMatchObject({ name: expect.stringMatching(/^Niño01 /), minutes: null });

    const present = students.slice(1, 21).map((studentId) => ({ studentId, minutes: 50 }));
    const saved = await director.request('PUT', sheetPath, { present, revision: empty.body.revision });
    expect(saved.status).toBe(200);
    expect(saved.body.children.filter((c: { minutes: number | null }) => c.minutes === 50)).toHaveLength(20);
    expect(saved.body.takenOn).toEqual([{ date: '2026-07-06', present: 20 }]);

    expect(saved.body.revision).not.toBe(empty.body.revision);
    const stale = await director.request('PUT', sheetPath, { present: [], revision: empty.body.revision });
    expect(stale.status).toBe(409);
    expect(stale.body.error.problems).toEqual([{ field: 'revision', message: 'is stale' }]);
    const retaken = await director.request('PUT', sheetPath, {
      revision: saved.body.revision,
      present: [
        { studentId: students[1], minutes: 30 },
        ...students.slice(30, 35).map((studentId) => ({ studentId, minutes: 50 })),
      ],
    });
    expect(retaken.status).toBe(200);
    const minutes = Object.fromEntries(
      retaken.body.children.map((c: { studentId: string; minutes: number | null }) => [
        c.studentId,
        c.minutes,
      ]),
    );
    expect(minutes[students[1]!]).toBe(30);
    expect(minutes[students[2]!]).toBeNull();
    expect(minutes[students[30]!]).toBe(50);
    expect(Object.values(minutes).filter((m) => m !== null)).toHaveLength(6);

    const events = await sheetEvents(serviceId);
    expect(events.map((e) => [e.action, e.entity_id])).toEqual([
      ['update', `${serviceId}/2026-07-06`],
      ['update', `${serviceId}/2026-07-06`],
    ]);
    const service = await director.request('GET', `/api/services/${serviceId}`);
    expect(service.body.activity).toMatchObject({ minutes: 280, sessionDates: 1, childrenAttended: 6 });
    const enrollments = await director.request('GET', `/api/services/${serviceId}/enrollments`);
    const second = enrollments.body.items.find((e: { studentId: string }) => e.studentId === students[1]);
    expect(second).toMatchObject({ minutes: 30, hours: 0.5, sessions: 1 });
  });

  it('refuses a sheet breaking a rule, naming the field, and changes nothing', async () => {
    const serviceId = await serviceWithClass();
    const put = async (date: string, present: unknown[]) => {
      const path = `/api/services/${serviceId}/attendance/${date}`;
      const { revision } = (await director.request('GET', path)).body;
      return director.request('PUT', path, { present, revision });
    };
    const future = await put('2099-07-06', [{ studentId: students[1], minutes: 50 }]);
    expect(future.status).toBe(400);
    expect(future.body.error.problems[0]).toMatchObject({ field: 'date' });
    const afterEnd = await put('2027-01-04', [{ studentId: students[1], minutes: 50 }]);
    expect(afterEnd.status).toBe(400);
    const beforeEnrolled = await put('2026-07-06', [
      { studentId: students[1], minutes: 50 },
      { studentId: students[0], minutes: 50 },
    ]);
    expect(beforeEnrolled.body.error.problems).toEqual([
      { field: 'date', message: '2026-07-06 is before the child was enrolled (2026-07-10)' },
    ]);
    const stranger = await put('2026-07-13', [{ studentId: 'NOT-ENROLLED', minutes: 50 }]);
    expect(stranger.body.error.problems).toEqual([
      { field: 'present[0].studentId', message: 'is not enrolled in this service' },
    ]);
    const twice = await put('2026-07-13', [
      { studentId: students[1], minutes: 50 },
      { studentId: students[1], minutes: 40 },
    ]);
    expect(twice.body.error.problems[0].field).toBe('present[1].studentId');
    const tooLong = await put('2026-07-13', [{ studentId: students[1], minutes: 601 }]);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.problems[0].field).toMatch(/minutes/);
    const notADate = await director.request('GET', `/api/services/${serviceId}/attendance/2026-02-30`);
    expect(notADate.status).toBe(400);
    expect((await sheetEvents(serviceId)).length).toBe(0);
    const rows = await t.handle.db
      .selectFrom('service_attendance')
      .innerJoin('service_enrollments', 'service_enrollments.id', 'service_attendance.enrollment_id')
      .select('service_attendance.date')
      .where('service_enrollments.service_id', '=', serviceId)
      .execute();
    expect(rows).toEqual([]);
  });

  it('lets district staff take the sheet only of a service their district provides', async () => {
    const regional = await serviceWithClass();
    const sheet = `/api/services/${regional}/attendance/2026-07-06`;
    expect((await districtStaff.request('GET', sheet)).status).toBe(404);
    expect((await districtStaff.request('PUT', sheet, { present: [], revision: 'r' })).status).toBe(404);
    const provided = await director.request(
      'POST',
      '/api/services',
      serviceBody({ districtId: fixture.district.id }),
    );
    await director.request('POST', `/api/services/${provided.body.id}/enrollments`, {
      studentId: students[5],
      enrolledOn: '2026-07-01',
      reason: 'other',
    });
    const providedSheet = `/api/services/${provided.body.id}/attendance/2026-07-06`;
    const taken = await districtStaff.request('PUT', providedSheet, {
      present: [{ studentId: students[5], minutes: 45 }],
      revision: (await districtStaff.request('GET', providedSheet)).body.revision,
    });
    expect(taken.status).toBe(200);
    expect(taken.body.children).toMatchObject([{ studentId: students[5], minutes: 45 }]);
  });

  it('imports attendance from CSV and XLSX, all or nothing, naming line and column', async () => {
    const serviceId = await serviceWithClass();
    const importPath = `/api/services/${serviceId}/attendance/imports`;
    const csv = [
      'Student_ID,Date,Minutes',
      `${students[3]},2026-07-06,45`,
      `${students[3]},2026-07-07,50`,
      `${students[4]},2026-07-06,60`,
    ].join('\n');
    const imported = await director.request(
      'POST',
      importPath,
      uploadForm({}, [{ name: 'attendance.csv', content: csv }]),
    );
    expect(imported.status).toBe(200);
    expect(imported.body).toEqual({ rows: 3, children: 2, dates: 2, minutes: 155 });

    const broken = [
      'student_id,date,minutes',
      `${students[5]},2026-07-08,45`,
      `${students[0]},2026-07-08,45`,
      `${students[6]},2026-07-08,0`,
      `${students[7]},July 8,45`,
    ].join('\n');
    const refused = await director.request(
      'POST',
      importPath,
      uploadForm({}, [{ name: 'week2.csv', content: broken }]),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.problems).toEqual([
      { field: 'week2.csv, line 5, column 2 (date)', message: '"July 8" is not a date (YYYY-MM-DD)' },
    ]);
    const ruleBroken = await director.request(
      'POST',
      importPath,
      uploadForm({}, [{ name: 'week2.csv', content: broken.split('\n').slice(0, 4).join('\n') }]),
    );
    expect(ruleBroken.body.error.problems).toEqual([
      {
        field: 'week2.csv, line 3, column 2 (date)',
        message: '2026-07-08 is before the child was enrolled (2026-07-10)',
      },
      { field: 'week2.csv, line 4, column 3 (minutes)', message: 'must be a whole number from 1 to 600' },
    ]);
    const dates = await director.request('GET', `/api/services/${serviceId}/attendance/2026-07-08`);
    expect(dates.body.children.every((c: { minutes: number | null }) => c.minutes === null)).toBe(true);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Attendance');
    sheet.addRow(['student_id', 'date', 'minutes']);
    sheet.addRow([students[8], '2026-07-09', 40]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const fromXlsx = await director.request(
      'POST',
      importPath,
      uploadForm({}, [{ name: 'attendance.xlsx', content: xlsx }]),
    );
    expect(fromXlsx.status).toBe(200);
    expect(fromXlsx.body).toMatchObject({ rows: 1, minutes: 40 });
    expect((await sheetEvents(serviceId)).map((e) => e.entity_id)).toEqual([
      `${serviceId}/import`,
      `${serviceId}/import`,
    ]);
    const missing = await director.request(
      'POST',
      importPath,
      uploadForm({}, [{ name: 'a.csv', content: 'student_id,date\n1,2026-07-01' }]),
    );
    expect(missing.body.error.problems[0].message).toBe(
      'required column "minutes" is missing from the header',
    );
  });

  it('imports test scores, all or nothing; a file imported twice changes nothing', async () => {
    const serviceId = await serviceWithClass();
    const importPath = `/api/services/${serviceId}/tests/imports`;
    const csv = [
      'student_id,kind,date,score',
      `${students[3]},pre,2026-07-02,20.5`,
      `${students[3]},post,2026-08-02,61`,
    ].join('\n');
    const first = await director.request(
      'POST',
      importPath,
      uploadForm({}, [{ name: 'tests.csv', content: csv }]),
    );
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ rows: 2, children: 1, pre: 1, post: 1 });
    await director.request('POST', importPath, uploadForm({}, [{ name: 'tests.csv', content: csv }]));
    const enrollments = await director.request('GET', `/api/services/${serviceId}/enrollments`);
    const child = enrollments.body.items.find((e: { studentId: string }) => e.studentId === students[3]);
    expect(child.tests).toHaveLength(2);
    expect(child).toMatchObject({ pre: { score: 20.5 }, post: { score: 61 } });
    const bad = await director.request(
      'POST',
      importPath,
      uploadForm({}, [
        {
          name: 'tests.csv',
          content: `student_id,kind,date,score\n${students[4]},pre,2026-07-02,20\n${students[4]},post,2026-08-02,101`,
        },
      ]),
    );
    expect(bad.body.error.problems).toEqual([
      {
        field: 'tests.csv, line 3, column 4 (score)',
        message: "101 is outside the instrument's range 0 to 100",
      },
    ]);
    const after = await director.request('GET', `/api/services/${serviceId}/enrollments`);
    expect(after.body.items.find((e: { studentId: string }) => e.studentId === students[4]).tests).toEqual(
      [],
    );
  });

  it.runIf(database.name === 'postgres')(
    "saves concurrent sheets without losing a child's row: of two saves of a date taken on the same sheet one wins whole and the other is refused, other dates are kept",
    async () => {
      const serviceId = await serviceWithClass();
      const put = async (date: string, from: number, to: number, minutes: number) => {
        const path = `/api/services/${serviceId}/attendance/${date}`;
        const { revision } = (await director.request('GET', path)).body;
        return () =>
          director.request('PUT', path, {
            present: students.slice(from, to).map((studentId) => ({ studentId, minutes })),
            revision,
          });
      };
      const both = [await put('2026-07-14', 1, 30, 30), await put('2026-07-14', 10, 40, 40)];
      const sameDate = await Promise.all(both.map((save) => save()));
      expect(sameDate.map((r) => r.status).sort()).toEqual([200, 409]);
      const sheet = await director.request('GET', `/api/services/${serviceId}/attendance/2026-07-14`);
      const present = sheet.body.children.filter((c: { minutes: number | null }) => c.minutes !== null);
      const minutes = new Set(present.map((c: { minutes: number }) => c.minutes));
      expect(minutes.size).toBe(1);
      expect(present).toHaveLength(minutes.has(30) ? 29 : 30);

      const dates = ['2026-07-15', '2026-07-16', '2026-07-17', '2026-07-20'];
      const saves = await Promise.all(dates.map((date) => put(date, 1, 40, 50)));
      const replies = await Promise.all(saves.map((save) => save()));
      expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      const service = await director.request('GET', `/api/services/${serviceId}`);
      expect(service.body.activity.attendanceRows).toBe(present.length + 4 * 39);
    },
  );

  it("keeps each enrollment's attended minutes and first day equal to its attendance's sum and first date, whatever writes it", async () => {
    const drifted = () =>
      sql<{ n: number }>`
        select count(*)::int as n from service_enrollments e
        where e.attended_minutes <> coalesce((select sum(a.minutes) from service_attendance a where a.enrollment_id = e.id), 0)
          or e.first_attended_on is distinct from (select min(a.date) from service_attendance a where a.enrollment_id = e.id)`
        .execute(t.handle.db)
        .then((result) => result.rows[0]!.n);
    const attending = await t.handle.db
      .selectFrom('service_enrollments')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('attended_minutes', '>', 0)
      .executeTakeFirstOrThrow();
    expect(Number(attending.n)).toBeGreaterThan(0);
    expect(await drifted()).toBe(0);

    const serviceId = await serviceWithClass();
    const enrollments = await t.handle.db
      .selectFrom('service_enrollments')
      .select('id')
      .where('service_id', '=', serviceId)
      .orderBy('id')
      .execute();
    const [first, second] = enrollments.map((row) => row.id);
    const minutesOf = async (id: number) =>
      (
        await t.handle.db
          .selectFrom('service_enrollments')
          .select('attended_minutes')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).attended_minutes;
    const firstDaysOf = async (...ids: number[]) => {
      const rows = await sql<{ day: string | null }>`
        select to_char(first_attended_on, 'YYYY-MM-DD') as day from service_enrollments
        where id = any(${ids}::int[]) order by array_position(${ids}::int[], id)`.execute(t.handle.db);
      return rows.rows.map((row) => row.day);
    };
    await sql`insert into service_attendance (enrollment_id, date, minutes)
      values (${first}, '2026-08-03', 30), (${first}, '2026-08-04', 45), (${second}, '2026-08-03', 20)`.execute(
      t.handle.db,
    );
    expect([await minutesOf(first!), await minutesOf(second!)]).toEqual([75, 20]);
    expect(await firstDaysOf(first!, second!)).toEqual(['2026-08-03', '2026-08-03']);
    await sql`insert into service_attendance (enrollment_id, date, minutes) values (${first}, '2026-08-04', 60)
      on conflict (enrollment_id, date) do update set minutes = excluded.minutes`.execute(t.handle.db);
    expect(await minutesOf(first!)).toBe(90);
    await sql`update service_attendance set enrollment_id = ${second} where enrollment_id = ${first} and date = '2026-08-04'`.execute(
      t.handle.db,
    );
    expect([await minutesOf(first!), await minutesOf(second!)]).toEqual([30, 80]);
    await sql`update service_attendance set date = '2026-08-01' where enrollment_id = ${second} and date = '2026-08-03'`.execute(
      t.handle.db,
    );
    expect(await firstDaysOf(first!, second!)).toEqual(['2026-08-03', '2026-08-01']);
    await sql`delete from service_attendance where enrollment_id in (${first}, ${second})`.execute(
      t.handle.db,
    );
    expect([await minutesOf(first!), await minutesOf(second!)]).toEqual([0, 0]);
    expect(await firstDaysOf(first!, second!)).toEqual([null, null]);
    expect(await drifted()).toBe(0);
  });
});
