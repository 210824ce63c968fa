import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChild, buildRegionWithStaff } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';
import { uploadForm } from '../support/upload-form';

const MAPPING = {
  studentId: 'SSID',
  subject: { column: 'Test' },
  schoolYear: { column: 'Year' },
  level: 'Achievement Level',
};

describe.each(TEST_DATABASES)('state assessment results on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let other: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let director: HttpSession;
  let admin: HttpSession;
  let outsider: HttpSession;
  let recruiter: HttpSession;
  let mine: { student_number: string; id: string };
  let theirs: { student_number: string };

  beforeAll(async () => {
    t = await startTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
    other = await buildRegionWithStaff(t.handle.db);
    mine = await buildChild(t.handle.db, {
      regionId: fixture.region.id,
      firstName: 'Lucía',
      lastSurname: 'Ortega',
    });
    theirs = await buildChild(t.handle.db, { regionId: other.region.id });
    director = await signInAs(t.app, fixture.users.region_director.email);
    admin = await signInAs(t.app, fixture.users.state_admin.email);
    outsider = await signInAs(t.app, other.users.data_specialist.email);
    recruiter = await signInAs(t.app, fixture.users.recruiter.email);
  });
  afterAll(() => t.close());

  const resultsOf = (studentId: string) =>
    t.handle.db
      .selectFrom('assessment_results')
      .selectAll()
      .where('student_id', '=', studentId)
      .orderBy('subject')
      .execute();
  const auditOf = (entityType: string, entityId: string) =>
    t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'before', 'after', 'child_id', 'region_id'])
      .where('entity_type', '=', entityType)
      .where('entity_id', '=', entityId)
      .orderBy('id')
      .execute();

  const enter = (
    session: HttpSession,
    studentId: string,
    subject: string,
    schoolYear: string,
    level: number,
  ) => session.request('POST', '/api/assessments', { studentId, subject, schoolYear, level });
  const importFile = (mapping: object, name: string, content: string | Uint8Array) =>
    director.request('POST', '/api/assessments/imports', uploadForm({ mapping }, [{ name, content }]));

  it('enters, corrects and removes a result by hand, each audited, and marks it below proficient', async () => {
    const entered = await enter(director, mine.student_number, 'ELA', '2023-24', 2);
    expect(entered.status).toBe(201);
    expect(entered.body).toMatchObject({
      level: 2,
      belowProficient: true,
      source: 'entered',
      child: { id: mine.id, name: 'Lucía Ortega' },
    });
    const again = await enter(director, mine.student_number, 'ELA', '2023-24', 3);
    expect(again.status).toBe(409);

    const path = `/api/assessments/${mine.student_number}/ELA/2023-24`;
    expect(entered.body.version).toBe(1);
    const corrected = await director.request('PUT', path, { level: 3, version: 1 });
    expect(corrected.body).toMatchObject({ level: 3, belowProficient: false, version: 2 });
    const stale = await director.request('PUT', path, { level: 1, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.problems).toEqual([{ field: 'version', message: 'is stale' }]);
    expect((await outsider.request('PUT', path, { level: 1, version: 2 })).status).toBe(404);

    const child = await director.request('GET', `/api/children/${mine.id}/assessments`);
    expect(child.body).toEqual({
      studentId: mine.student_number,
      results: [{ subject: 'ELA', schoolYear: '2023-24', level: 3, belowProficient: false }],
    });

    expect((await director.request('DELETE', `${path}?version=1`)).status).toBe(409);
    expect((await director.request('DELETE', `${path}?version=2`)).status).toBe(204);
    expect(await resultsOf(mine.student_number)).toEqual([]);
    const audit = await auditOf('assessment_result', `${mine.student_number}/ELA/2023-24`);
    expect(audit.map((a) => [a.action, a.before, a.after, a.child_id, a.region_id])).toEqual([
      [
        'create',
        null,
        { studentId: mine.student_number, subject: 'ELA', schoolYear: '2023-24', level: 2 },
        mine.id,
        fixture.region.id,
      ],
      [
        'update',
        { level: 2, source: 'entered', version: 1 },
        { level: 3, source: 'entered', version: 2 },
        mine.id,
        fixture.region.id,
      ],
      ['delete', { level: 3, source: 'entered', version: 2 }, null, mine.id, fixture.region.id],
    ]);
  });

  it.runIf(database.name === 'postgres')(
    'lets one of two simultaneous corrections from the same read win and answers the other 409',
    async () => {
      const child = await buildChild(t.handle.db, { regionId: fixture.region.id });
      const path = `/api/assessments/${child.student_number}/MATH/2020-21`;
      await enter(director, child.student_number, 'MATH', '2020-21', 2);
      const replies = await Promise.all([
        director.request('PUT', path, { level: 1, version: 1 }),
        admin.request('PUT', path, { level: 3, version: 1 }),
      ]);
      expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409]);
      const winner = replies.find((reply) => reply.status === 200)!.body.level;
      const [row] = await resultsOf(child.student_number);
      expect([row!.level, row!.version]).toEqual([winner, 2]);
      const updates = await auditOf('assessment_result', `${child.student_number}/MATH/2020-21`);
      expect(updates.filter((a) => a.action === 'update')).toHaveLength(1);
    },
  );

  it('refuses a student outside the scope, and bad fields by name', async () => {
    const outside = await enter(director, theirs.student_number, 'MATH', '2023-24', 1);
    expect(outside.status).toBe(400);
    expect(outside.body.error.problems).toEqual([
      { field: 'studentId', message: 'no child in your scope has this student number' },
    ]);
    const badYear = await enter(director, mine.student_number, 'MATH', '2023-25', 1);
    expect(badYear.status).toBe(400);
    expect(badYear.body.error.problems[0].field).toBe('schoolYear');
    expect((await recruiter.request('GET', '/api/assessments')).status).toBe(403);
    expect(await resultsOf(theirs.student_number)).toEqual([]);
  });

  it('the state enters the result of a student known only from imported history', async () => {
    const entered = await enter(admin, 'HIST0001', 'ELPAC', '2022-23', 3);
    expect(entered.status).toBe(201);
    expect(entered.body).toMatchObject({ child: null, belowProficient: true });
  });

  it('previews a file with a guessed mapping, then imports it all; a second import replaces levels', async () => {
    const csv = [
      'SSID,Test,Year,Achievement Level',
      `${mine.student_number},English Language Arts,2022-2023,Standard Not Met`,
      `${mine.student_number},Mathematics,2022-23,3`,
    ].join('\n');
    const preview = await director.request(
      'POST',
      '/api/assessments/imports/preview',
      uploadForm({}, [{ name: 'caaspp.csv', content: csv }]),
    );
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      rowCount: 2,
      header: ['SSID', 'Test', 'Year', 'Achievement Level'],
      mapping: MAPPING,
    });
    const imported = await importFile(MAPPING, 'caaspp.csv', csv);
    expect(imported.body).toEqual({ rows: 2, added: 2, replaced: 0 });
    const again = await importFile(MAPPING, 'caaspp.csv', csv.replace('Standard Not Met', '2'));
    expect(again.body).toEqual({ rows: 2, added: 0, replaced: 2 });
    expect(
      (await resultsOf(mine.student_number)).map((r) => [
        r.subject,
        r.school_year,
        r.level,
        r.source,
        r.version,
      ]),
    ).toEqual([
      ['ELA', '2022-23', 2, 'imported', 2],
      ['MATH', '2022-23', 3, 'imported', 2],
    ]);
    const audit = await auditOf('assessment_import', 'caaspp.csv');
    expect(audit.map((a) => (a.after as { added: number }).added)).toEqual([2, 0]);

    const listed = await director.request(
      'GET',
      `/api/assessments?studentId=${mine.student_number}&subject=MATH`,
    );
    expect(listed.body).toMatchObject({
      total: 1,
      items: [{ subject: 'MATH', level: 3, source: 'imported' }],
    });
  });

  it('takes an XLSX file with one subject and year for the whole file', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('ELPAC');
    sheet.addRow(['Student', 'Overall Performance Level']);
    sheet.addRow([mine.student_number, 'Well Developed']);
    const content = new Uint8Array(await workbook.xlsx.writeBuffer());
    const mapping = {
      studentId: 'Student',
      subject: { fixed: 'ELPAC' },
      schoolYear: { fixed: '2023-24' },
      level: 'Overall Performance Level',
    };
    const imported = await importFile(mapping, 'elpac.xlsx', content);
    expect(imported.body).toEqual({ rows: 1, added: 1, replaced: 0 });
  });

  it('refuses a whole file naming line and column, and stores nothing of it', async () => {
    const before = await resultsOf(mine.student_number);
    const csv = [
      'SSID,Test,Year,Achievement Level',
      `${mine.student_number},ELA,2024-25,1`,
      `${mine.student_number},ELA,2024-25,Standard Exceeded Greatly`,
    ].join('\n');
    const refused = await importFile(MAPPING, 'bad.csv', csv);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('bad.csv, line 3, column 4 (Achievement Level)');

    const outside = [
      'SSID,Test,Year,Achievement Level',
      `${mine.student_number},ELA,2024-25,1`,
      `${theirs.student_number},ELA,2024-25,1`,
    ].join('\n');
    const notMine = await importFile(MAPPING, 'mixed.csv', outside);
    expect(notMine.status).toBe(400);
    expect(notMine.body.error.message).toContain(
      `mixed.csv, line 3, column 1 (SSID): no child in your scope has the student number ${theirs.student_number}`,
    );

    const noColumn = await importFile({ ...MAPPING, level: 'Level' }, 'mixed.csv', outside);
    expect(noColumn.status).toBe(400);
    expect(noColumn.body.error.problems).toEqual([
      { field: 'mapping.level', message: 'the file has no column "Level"' },
    ]);

    expect(await resultsOf(mine.student_number)).toEqual(before);
    expect(await resultsOf(theirs.student_number)).toEqual([]);
    expect(await auditOf('assessment_import', 'mixed.csv')).toEqual([]);
  });

  it('the state administrator changes which levels count as below proficient, audited', async () => {
    const read = (await director.request('GET', '/api/assessments/settings')).body;
    expect(read).toEqual({ ELA: [1, 2], MATH: [1, 2], ELPAC: [1, 2, 3], version: expect.any(Number) });
    const { version } = read as { version: number };
    expect(
      (
        await director.request('PUT', '/api/assessments/settings', {
          ELA: [1],
          MATH: [1],
          ELPAC: [1],
          version,
        })
      ).status,
    ).toBe(403);
    const changed = await admin.request('PUT', '/api/assessments/settings', {
      ELA: [1],
      MATH: [1, 2],
      ELPAC: [1, 2, 3],
      version,
    });
    expect(changed.body).toEqual({ ELA: [1], MATH: [1, 2], ELPAC: [1, 2, 3], version: version + 1 });
    const refused = await admin.request('PUT', '/api/assessments/settings', {
      ELA: [1, 1],
      MATH: [1],
      ELPAC: [],
      version: version + 1,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.problems[0].field).toBe('ELA');
    const audit = await auditOf('services_settings', 'services_below_proficient');
    expect(audit.at(-1)).toMatchObject({ action: 'update', after: { ELA: [1] } });
    const listed = await director.request(
      'GET',
      `/api/assessments?studentId=${mine.student_number}&subject=ELA&schoolYear=2022-23`,
    );
    expect(listed.body.items[0]).toMatchObject({ level: 2, belowProficient: false });
    const stale = await admin.request('PUT', '/api/assessments/settings', {
      ELA: [1, 2],
      MATH: [1, 2],
      ELPAC: [1, 2, 3],
      version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.problems).toEqual([{ field: 'version', message: 'is stale' }]);
    expect(await auditOf('services_settings', 'services_below_proficient')).toHaveLength(audit.length);
    expect((await director.request('GET', '/api/assessments/settings')).body.ELA).toEqual([1]);
    const restored = await admin.request('PUT', '/api/assessments/settings', {
      ELA: [1, 2],
      MATH: [1, 2],
      ELPAC: [1, 2, 3],
      version: version + 1,
    });
    expect(restored.status).toBe(200);
  });
});
