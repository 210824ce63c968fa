import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChild, buildDistrict, buildRegionWithStaff } from '../factories';
import { daCases } from '../support/da-cases';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';
import { dashboardForm } from '../support/upload-form';

const CASES = daCases();

describe.each(TEST_DATABASES)('differentiated assistance over HTTP on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let admin: HttpSession;
  let director: HttpSession;
  let consultant: HttpSession;

  beforeAll(async () => {
    t = await startTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
    admin = await signInAs(t.app, fixture.users.state_admin.email);
    director = await signInAs(t.app, fixture.users.region_director.email);
    consultant = await signInAs(t.app, fixture.users.state_consultant.email);
  });
  afterAll(() => t.close());

  /** Upload files and run the determination of their year; the run's id. */
  async function uploadAndRun(
    files: Record<string, string | Uint8Array>,
    year?: number,
  ): Promise<{ importId: string; determinationId: string; upload: Record<string, any> }> {
    const upload = await admin.request('POST', '/api/da/imports', dashboardForm(files, year));
    expect(upload.status, JSON.stringify(upload.body)).toBe(201);
    const run = await admin.request('POST', `/api/da/imports/${upload.body.id}/determinations`, {});
    expect(run.status, JSON.stringify(run.body)).toBe(201);
    return { importId: upload.body.id, determinationId: run.body.id, upload: upload.body };
  }

  it.each(CASES.map((c) => [c.name, c] as const))(
    'public case %s gives its expected.json',
    async (_name, daCase) => {
      const { determinationId } = await uploadAndRun(daCase.files);
      const results = await consultant.request('GET', `/api/da/determinations/${determinationId}`);
      expect(results.status).toBe(200);
      expect(results.body).toMatchObject({
        year: daCase.expected.year,
        rules: daCase.expected.rules,
        leaCount: daCase.expected.leas.length,
      });
      expect(results.body.items.map((l: { leaId: string }) => l.leaId)).toEqual(
        daCase.expected.leas.map((l) => l.leaId),
      );
      for (const expected of daCase.expected.leas) {
        const lea = await consultant.request(
          'GET',
          `/api/da/leas/${expected.leaId}?determinationId=${determinationId}`,
        );
        expect(lea.status).toBe(200);
        expect(lea.body.record.decision, `${daCase.name} ${expected.leaId}`).toMatchObject(expected);
        expect(lea.body.record.explanation.en[0]).toMatch(expected.eligible ? /^Eligible/ : /^Not eligible/);
        expect(lea.body.record.explanation.es[0]).toMatch(expected.eligible ? /^Elegible/ : /^No elegible/);
      }
    },
  );

  it('explains the seed example in plain words with the rows that caused it, in English and Spanish', async () => {
    const seed = CASES.find((c) => c.name.startsWith('001'))!;
    const { determinationId } = await uploadAndRun(seed.files);
    const lea = await admin.request('GET', `/api/da/leas/10000000000001?determinationId=${determinationId}`);
    expect(lea.body.record.explanation.en).toContain(
      'Hispanic students meet Priority 4 (Red on English language arts and Orange on mathematics) and Priority 6 (Red on suspension).',
    );
    expect(lea.body.record.explanation.es).toContain(
      'Los estudiantes hispanos cumplen la Prioridad 4 (Rojo en artes del lenguaje en inglés y Anaranjado en matemáticas) y la Prioridad 6 (Rojo en suspensiones).',
    );
    const p6 = lea.body.record.causes[0].areas.find((a: { area: string }) => a.area === 'P6');
    expect(p6.rows).toEqual([
      expect.objectContaining({
        kind: 'indicator',
        line: 7,
        group: 'HI',
        indicator: 'SUSP',
        color: 'RED',
        n: 950,
      }),
    ]);
  });

  it('tells what was read: LEAs, years, rows, and the rows ignored and why', async () => {
    const minimum = CASES.find((c) => c.name.startsWith('007'))!;
    const upload = await admin.request('POST', '/api/da/imports', dashboardForm(minimum.files));
    expect(upload.status).toBe(201);
    expect(upload.body.summary.leas).toBeGreaterThan(0);
    expect(upload.body.summary.years).toContain(minimum.expected.year);
    expect(upload.body.summary.rowsByFile[0]).toMatchObject({ file: 'leas.csv' });
    expect(upload.body.summary.ignoredByReason.below_minimum).toBeGreaterThan(0);
    expect(upload.body.summary.ignored).toContainEqual(
      expect.objectContaining({ file: 'indicators.csv', reason: 'below_minimum' }),
    );
    const again = await consultant.request('GET', `/api/da/imports/${upload.body.id}`);
    expect(again.body.summary).toEqual(upload.body.summary);
  });

  it('refuses bad input whole, naming file, line and column, and keeps nothing', async () => {
    const seed = CASES.find((c) => c.name.startsWith('001'))!;
    const mine = () =>
      t.handle.db
        .selectFrom('da_imports')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('uploaded_by', '=', fixture.users.state_admin.id)
        .executeTakeFirstOrThrow();
    const before = await mine();
    const spoiled = {
      ...seed.files,
      'indicators.csv': seed.files['indicators.csv']!.replace('HI,SUSP,RED', 'HI,SUSP,PURPLE'),
    };
    const refused = await admin.request('POST', '/api/da/imports', dashboardForm(spoiled));
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(
      /^indicators\.csv, line 7, column 5 \(color\): "PURPLE" is not one of/,
    );
    const noYear = await admin.request(
      'POST',
      '/api/da/imports',
      dashboardForm(
        { 'leas.csv': seed.files['leas.csv']!, 'indicators.csv': seed.files['indicators.csv']! },
        2021,
      ),
    );
    expect(noYear.status).toBe(400);
    expect(noYear.body.error.message).toMatch(
      /request\.json, line 1, column 9 \(year\): no rule set for 2021/,
    );
    const unknown = await admin.request(
      'POST',
      '/api/da/imports',
      dashboardForm({ ...seed.files, 'notes.txt': 'x' }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.problems[0].field).toBe('notes.txt');
    expect(await mine()).toEqual(before);
  });

  it('reads an XLSX workbook with one sheet per contract file', async () => {
    const seed = CASES.find((c) => c.name.startsWith('001'))!;
    const workbook = new ExcelJS.Workbook();
    for (const file of ['leas.csv', 'indicators.csv']) {
      const sheet = workbook.addWorksheet(file.replace('.csv', ''));
      for (const line of seed.files[file]!.trim().split('\n')) sheet.addRow(line.split(','));
    }
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const { determinationId } = await uploadAndRun({ 'dashboard.xlsx': xlsx }, 2018);
    const lea = await admin.request('GET', `/api/da/leas/10000000000001?determinationId=${determinationId}`);
    expect(lea.body.record.decision).toMatchObject(seed.expected.leas[0]!);
  });

  it('filters results, shows the migrant overlay, exports CSV and XLSX, and keeps each LEA’s history across years', async () => {
    const district = await buildDistrict(t.handle.db, fixture.region.id);
    const leaId = `${district.cds_code}0000000`;
    const enrolled = await buildChild(t.handle.db, { regionId: fixture.region.id, districtId: district.id });
    await buildChild(t.handle.db, { regionId: fixture.region.id, districtId: district.id }); // enrolled, but no eligibility
    await t.handle.db
      .insertInto('child_eligibilities')
      .values({ child_id: enrolled.id, qad: '2024-06-01', eligibility_end_date: '2099-06-01' })
      .execute();
    const files = {
      'leas.csv': `lea_id,lea_name,lea_type\n${leaId},Overlay Unified,district\n99000000000001,Elsewhere Charter,charter\n`,
      'indicators.csv': [
        'lea_id,year,student_group,indicator,color,n',
        `${leaId},2018,EL,ELA,RED,100`,
        `${leaId},2018,EL,MATH,RED,100`,
        `${leaId},2018,EL,SUSP,RED,100`,
        `${leaId},2019,EL,CHRONIC,RED,100`,
        `${leaId},2019,EL,SUSP,RED,100`,
        '99000000000001,2019,HI,ELA,GREEN,100',
      ].join('\n'),
    };
    const { importId, determinationId } = await uploadAndRun(files, 2019);
    const earlier = await admin.request('POST', `/api/da/imports/${importId}/determinations`, { year: 2018 });
    expect(earlier.status).toBe(201);

    const eligible = await consultant.request(
      'GET',
      `/api/da/determinations/${determinationId}?status=eligible&group=EL&leaType=district`,
    );
    expect(eligible.body.items).toHaveLength(1);
    expect(eligible.body.items[0]).toMatchObject({
      leaId,
      eligible: true,
      migrant: { matchedName: district.name, children: 1 },
      groups: [{ group: 'EL', priorities: ['P5', 'P6'] }],
    });
    const charters = await consultant.request(
      'GET',
      `/api/da/determinations/${determinationId}?leaType=charter`,
    );
    expect(charters.body.items).toEqual([
      expect.objectContaining({ leaId: '99000000000001', eligible: false, migrant: null }),
    ]);
    const county = eligible.body.items[0].county;
    const byCounty = await consultant.request(
      'GET',
      `/api/da/determinations/${determinationId}?county=${encodeURIComponent(county)}`,
    );
    expect(byCounty.body.items.every((l: { county: string }) => l.county === county)).toBe(true);

    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/da/determinations/${determinationId}/export?format=csv`,
      cookies: admin.cookies,
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toContain(`${leaId},Overlay Unified,district`);
    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/da/determinations/${determinationId}/export?format=xlsx&status=eligible`,
      cookies: admin.cookies,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(2).getCell(1).text).toBe(leaId);
    expect(workbook.worksheets[0]!.rowCount).toBe(2);

    const page = await director.request('GET', `/api/da/leas/${leaId}`);
    expect(page.status).toBe(200);
    expect(page.body.history.map((h: { year: number; eligible: boolean }) => [h.year, h.eligible])).toEqual([
      [2018, true],
      [2019, true],
    ]);
    expect(page.body.migrant).toEqual({ matchedName: district.name, children: 1 });
    expect(page.body.record.explanation.en).toContain(
      'English learners meet Priority 5 (Red on chronic absenteeism) and Priority 6 (Red on suspension).',
    );
  });

  it('lets a county office record assistance with root-cause themes, audited, and the state see it across counties', async () => {
    const seed = CASES.find((c) => c.name.startsWith('001'))!;
    await uploadAndRun(seed.files);
    const body = {
      providedOn: '2025-01-15',
      kind: 'meeting',
      themes: ['climate_discipline', 'data_use_accountability'],
      summary: 'Reviewed suspension data by site',
      nextSteps: 'Root-cause interviews at two middle schools',
      providedBy: 'Fresno COE DA team',
    };
    // Arroyo Seco Unified's CDS code puts it in Fresno County: only a region serving Fresno records its assistance.
    const refused = await director.request('POST', '/api/da/leas/10000000000001/assistance', body);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('outside the counties your region serves');
    await t.handle.db
      .updateTable('regions')
      .set({ counties: ['Fresno'] })
      .where('id', '=', fixture.region.id)
      .execute();
    const created = await director.request('POST', '/api/da/leas/10000000000001/assistance', body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      leaId: '10000000000001',
      leaName: 'Arroyo Seco Unified',
      kind: 'meeting',
      regionNumber: fixture.region.number,
      themes: body.themes,
    });
    const audit = await admin.request(
      'GET',
      `/api/audit-events?entityType=da_assistance&entityId=${created.body.id}`,
    );
    expect(audit.body.items[0]).toMatchObject({
      action: 'create',
      actorLabel: fixture.users.region_director.email,
    });
    const all = await consultant.request(
      'GET',
      `/api/da/assistance?county=${encodeURIComponent(created.body.county)}`,
    );
    expect(all.body.items.map((a: { id: string }) => a.id)).toContain(created.body.id);
    expect((await consultant.request('POST', '/api/da/leas/10000000000001/assistance', body)).status).toBe(
      403,
    );
    expect((await director.request('POST', '/api/da/leas/NO-SUCH-LEA/assistance', body)).status).toBe(404);
    expect(
      (
        await director.request('POST', '/api/da/leas/10000000000001/assistance', {
          ...body,
          providedOn: '2999-01-01',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await director.request('POST', '/api/da/leas/10000000000001/assistance', {
          ...body,
          themes: ['astrology'],
        })
      ).status,
    ).toBe(400);
  });

  it('lets the region that recorded assistance correct it or take it back, audited; no other region can', async () => {
    const seed = CASES.find((c) => c.name.startsWith('001'))!;
    await uploadAndRun(seed.files);
    await t.handle.db
      .updateTable('regions')
      .set({ counties: ['Fresno'] })
      .where('id', '=', fixture.region.id)
      .execute();
    const body = {
      providedOn: '2025-02-03',
      kind: 'training',
      themes: ['data_use_accountability'],
      summary: 'Attendance data trainng',
      providedBy: 'Fresno COE DA team',
    };
    const created = await director.request('POST', '/api/da/leas/10000000000001/assistance', body);
    expect(created.status).toBe(201);
    const id = created.body.id as string;

    const other = await buildRegionWithStaff(t.handle.db);
    await t.handle.db
      .updateTable('regions')
      .set({ counties: ['Fresno'] })
      .where('id', '=', other.region.id)
      .execute();
    const otherDirector = await signInAs(t.app, other.users.region_director.email);
    expect(created.body.abilities).toEqual({ update: true, delete: true });
    const abilitiesSeenBy = async (session: typeof director) =>
      (await session.request('GET', '/api/da/assistance?leaId=10000000000001')).body.items.find(
        (a: { id: string }) => a.id === id,
      ).abilities;
    expect(await abilitiesSeenBy(otherDirector)).toEqual({ update: false, delete: false });
    expect(await abilitiesSeenBy(admin)).toEqual({ update: true, delete: true });
    expect(created.body.version).toBe(1);
    const refused = await otherDirector.request('PUT', `/api/da/assistance/${id}`, {
      ...body,
      summary: 'Changed by another region',
      version: 1,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe('This assistance was recorded by another region.');
    expect((await otherDirector.request('DELETE', `/api/da/assistance/${id}?version=1`)).status).toBe(403);
    const unchanged = await t.handle.db
      .selectFrom('da_assistance_records')
      .select('summary')
      .where('id', '=', id)
      .executeTakeFirst();
    expect(unchanged).toEqual({ summary: 'Attendance data trainng' });

    const future = await director.request('PUT', `/api/da/assistance/${id}`, {
      ...body,
      providedOn: '2999-01-01',
      version: 1,
    });
    expect(future.status).toBe(400);
    expect(future.body.error.problems[0].field).toBe('providedOn');
    const withoutVersion = await director.request('PUT', `/api/da/assistance/${id}`, body);
    expect(withoutVersion.status).toBe(400);
    const corrected = await director.request('PUT', `/api/da/assistance/${id}`, {
      ...body,
      summary: 'Attendance data training',
      themes: ['data_use_accountability', 'instruction'],
      version: 1,
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    expect(corrected.body).toMatchObject({
      id,
      summary: 'Attendance data training',
      themes: ['data_use_accountability', 'instruction'],
      regionNumber: fixture.region.number,
      version: 2,
    });
    // A correction or removal at the version read before that correction: 409, nothing changed.
    const stale = await admin.request('PUT', `/api/da/assistance/${id}`, { ...body, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.problems).toEqual([{ field: 'version', message: 'is stale' }]);
    expect((await director.request('DELETE', `/api/da/assistance/${id}?version=1`)).status).toBe(409);
    expect(
      (await director.request('GET', `/api/da/assistance?leaId=10000000000001`)).body.items,
    ).toContainEqual(expect.objectContaining({ id, summary: 'Attendance data training', version: 2 }));

    expect((await director.request('DELETE', `/api/da/assistance/${id}?version=2`)).status).toBe(204);
    const listed = await admin.request('GET', '/api/da/assistance?leaId=10000000000001');
    expect(listed.body.items.map((a: { id: string }) => a.id)).not.toContain(id);
    expect((await director.request('DELETE', `/api/da/assistance/${id}?version=2`)).status).toBe(404);
    const audit = await admin.request('GET', `/api/audit-events?entityType=da_assistance&entityId=${id}`);
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['create', 'update', 'delete']));
    const update = audit.body.items.find((e: { action: string }) => e.action === 'update');
    expect(update.before.summary).toBe('Attendance data trainng');
    expect(update.after.summary).toBe('Attendance data training');
  });

  it('lets one of two corrections of the same record made at once win; the other is told it changed (409)', async () => {
    await t.handle.db
      .updateTable('regions')
      .set({ counties: ['Fresno'] })
      .where('id', '=', fixture.region.id)
      .execute();
    const body = {
      providedOn: '2025-03-04',
      kind: 'coaching',
      themes: ['instruction'],
      providedBy: 'Fresno COE DA team',
    };
    const created = await director.request('POST', '/api/da/leas/10000000000001/assistance', body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    const replies = await Promise.all(
      ['First correction', 'Second correction', 'Third correction'].map((summary, i) =>
        (i === 1 ? admin : director).request('PUT', `/api/da/assistance/${id}`, {
          ...body,
          summary,
          version: 1,
        }),
      ),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const winner = replies.find((r) => r.status === 200)!.body.summary as string;
    const row = await t.handle.db
      .selectFrom('da_assistance_records')
      .select(['summary', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ summary: winner, version: 2 });
    const updates = await t.handle.db
      .selectFrom('audit_events')
      .select('after')
      .where('entity_type', '=', 'da_assistance')
      .where('entity_id', '=', id)
      .where('action', '=', 'update')
      .execute();
    expect(updates.map((u) => (u.after as { summary: string }).summary)).toEqual([winner]);
  });

  it('answers 404 for an upload or determination that does not exist', async () => {
    expect((await admin.request('POST', `/api/da/imports/${randomUUID()}/determinations`, {})).status).toBe(
      404,
    );
    expect((await admin.request('GET', `/api/da/determinations/${randomUUID()}`)).status).toBe(404);
  });
});
