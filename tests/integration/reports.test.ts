import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { buildUser } from '../factories';
import { repoRoot } from '../support/eligibility-cases';
import { freshDatabases } from '../support/fresh-databases';
import { readPdf } from '../support/pdf-text';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { uploadForm } from '../support/upload-form';

const examples = path.join(repoRoot, 'tests/cases/qualifications');
const sampleCsv = readFileSync(path.join(examples, 'sample.csv'), 'utf8');
const expected = (file: string) => JSON.parse(readFileSync(path.join(examples, file), 'utf8')) as unknown;
const PACKET = '/api/reports/data-packet?from=2017-18&to=2021-22';

// Qualification history is statewide: each run gets a database of its own.
describe.each(freshDatabases('reports'))('the data packet over HTTP on $name', (database) => {
  let t: TestApp;
  let admin: HttpSession;
  let recruiter5: HttpSession;
  let recruiter3: HttpSession;
  let regionFive: string;

  beforeAll(async () => {
    const handle = await database.open();
    await migrateToLatest(handle.db);
    await handle.close();
    t = await startTestApp({ name: database.name, open: () => openDatabase(database.connection) });
    const region = async (number: number) =>
      (
        await t.handle.db
          .insertInto('regions')
          .values({ number, name: `Region ${number}`, kind: 'county_office', counties: ['Test'] })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const [five, three] = [await region(5), await region(3)];
    regionFive = five;
    admin = await signInAs(t.app, (await buildUser(t.handle.db, { role: 'state_admin' })).email);
    recruiter5 = await signInAs(
      t.app,
      (await buildUser(t.handle.db, { role: 'recruiter', regionId: five })).email,
    );
    recruiter3 = await signInAs(
      t.app,
      (await buildUser(t.handle.db, { role: 'recruiter', regionId: three })).email,
    );
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  it('imports qualification history once, and refuses a broken file whole, naming line and column', async () => {
    const broken = sampleCsv.replace(/\nS10000025,C100045,3,2012-11-08,/, '\nS10000025,C100045,,2012-11-08,');
    const refused = await admin.request(
      'POST',
      '/api/qualifications/imports',
      uploadForm({}, [{ name: 'broken.csv', content: broken }]),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe('broken.csv, line 3, column 3 (region): region is required');
    const first = await admin.request(
      'POST',
      '/api/qualifications/imports',
      uploadForm({}, [{ name: 'sample.csv', content: sampleCsv }]),
    );
    expect(first.body).toEqual({ rows: 129, inserted: 129, updated: 0, unchanged: 0 });
    const again = await admin.request(
      'POST',
      '/api/qualifications/imports',
      uploadForm({}, [{ name: 'sample.csv', content: sampleCsv }]),
    );
    expect(again.body).toEqual({ rows: 129, inserted: 0, updated: 0, unchanged: 129 });
    expect(
      (
        await recruiter5.request(
          'POST',
          '/api/qualifications/imports',
          uploadForm({}, [{ name: 'sample.csv', content: sampleCsv }]),
        )
      ).status,
    ).toBe(403);
  });

  it('gives the state and a region beside it, exactly the contract figures, with readings', async () => {
    const reply = await admin.request('GET', `${PACKET}&region=5`);
    expect(reply.status).toBe(200);
    expect(reply.body.state).toMatchObject(expected('sample.state.json') as object);
    expect(reply.body.regionPacket).toMatchObject(expected('sample.region5.json') as object);
    // Beyond the contract: figure 3 by the engine's basis and the families (DP1).
    expect(Object.keys(reply.body.state.periods[4])).toEqual(
      expect.arrayContaining([
        'subsequentMoveByBasisPct',
        'families',
        'newFamilies',
        'familiesWithin90DaysOfQadPct',
      ]),
    );
    for (const period of reply.body.state.periods as Array<Record<string, number>>) {
      expect(period.subsequentMoveByBasis).toBeGreaterThanOrEqual(period.subsequentMove!);
      expect(period.newFamilies).toBeLessThanOrEqual(period.families!);
    }
    // Referrals per quarter by source (DP3), here none: every quarter of every period, all sources.
    expect(reply.body.referralQuarters).toHaveLength(20);
    expect(reply.body.referralQuarters[0]).toEqual({
      period: '2017-18',
      quarter: 1,
      source: 'all',
      referrals: 0,
      previousReferrals: 0,
      change: { unit: 'percent', value: null },
    });
    expect(reply.body.readings.find((r: { figure: string }) => r.figure === 'newlyQualified')).toEqual({
      figure: 'newlyQualified',
      period: '2021-22',
      value: 0,
      previousPeriod: '2020-21',
      previousValue: 75,
      change: -75,
      changeUnit: 'points',
      stateValue: reply.body.state.periods[4].newlyQualifiedPct,
    });
    expect(reply.body.readings.find((r: { figure: string }) => r.figure === 'qualified')).toMatchObject({
      changeUnit: 'percent',
    });
  });

  it("shows a region's staff their own region by default and no other", async () => {
    const own = await recruiter5.request('GET', PACKET);
    expect(own.body.region.number).toBe(5);
    expect(own.body.regionPacket).toMatchObject(expected('sample.region5.json') as object);
    expect((await recruiter3.request('GET', `${PACKET}&region=5`)).status).toBe(404);
    const bad = await admin.request('GET', '/api/reports/data-packet?from=2017&to=2021-22');
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems[0].field).toBe('from');
  });

  it('exports CSV, XLSX and PDF, headed in the language asked for', async () => {
    const csv = await t.app.inject({
      method: 'GET',
      url: `${PACKET}&region=5`.replace('data-packet?', 'data-packet/export?') + '&format=csv&language=es',
      cookies: admin.cookies,
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('data-packet-region-5-2017-18-to-2021-22.csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toContain('% calificados por primera vez');
    expect(lines[0]).toContain('Figura 3: calificados por una mudanza subsiguiente (QAD después');
    expect(lines[0]).toContain(
      'según la base del motor (con el trabajador, para reunirse con él o antes que él',
    );
    expect(lines).toHaveLength(11 + 1 + 21);
    expect(lines[1]).toMatch(/^Región 5,2017-18,1,1,100,0,0,/);
    expect(lines[11]).toBe('');
    expect(lines[12]).toBe(
      'Período de desempeño,Trimestre,Fuente,Referencias,Mismo trimestre, período anterior,Cambio (%)'.replace(
        'Mismo trimestre, período anterior',
        '"Mismo trimestre, período anterior"',
      ),
    );
    expect(lines[13]).toBe('2017-18,1,Todas las fuentes,0,0,');

    const xlsx = await t.app.inject({
      method: 'GET',
      url: `${PACKET.replace('data-packet?', 'data-packet/export?')}&format=xlsx`,
      cookies: admin.cookies,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(4).value).toBe('Newly qualified');
    expect(sheet.rowCount).toBe(6);
    expect(sheet.getRow(1).getCell(17).value).toBe(
      "Qualified on a subsequent qualifying move by the engine's basis (with, to join or precede the worker, or as the worker)",
    );
    expect(workbook.worksheets[1]!.name).toBe('Referrals by quarter');

    const pdf = await t.app.inject({
      method: 'GET',
      url: `${PACKET.replace('data-packet?', 'data-packet/export?')}&format=pdf`,
      cookies: admin.cookies,
    });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = readPdf(pdf.rawPayload).text.replace(/\n/g, ' ');
    expect(text).toContain('Figure 3:');
    expect(text).toContain('Referrals per quarter, by source');
  });

  it("keeps each team's protocol with its packet, refusing a stale save", async () => {
    const empty = await recruiter5.request(
      'GET',
      '/api/reports/data-packet/protocol?from=2017-18&to=2021-22',
    );
    expect(empty.body).toMatchObject({
      regionNumber: 5,
      facts: '',
      version: 0,
      abilities: { canWrite: true },
    });
    const answers = {
      facts: '21 percent newly qualified',
      tells: 'Not why families left',
      strengths: 'Fast recruitment after the QAD',
      problems: 'Late contacts in spring',
    };
    const saved = await recruiter5.request('PUT', '/api/reports/data-packet/protocol', {
      from: '2017-18',
      to: '2021-22',
      version: 0,
      ...answers,
    });
    expect(saved.body).toMatchObject({ ...answers, version: 1 });
    const stale = await recruiter5.request('PUT', '/api/reports/data-packet/protocol', {
      from: '2017-18',
      to: '2021-22',
      version: 0,
      ...answers,
      facts: 'overwritten',
    });
    expect(stale.status).toBe(409);
    expect(
      (await admin.request('GET', '/api/reports/data-packet/protocol?from=2017-18&to=2021-22&region=5')).body
        .facts,
    ).toBe(answers.facts);
    expect(
      (await admin.request('GET', '/api/reports/data-packet/protocol?from=2017-18&to=2021-22')).body,
    ).toMatchObject({ regionNumber: null, version: 0 });
    expect(
      (
        await recruiter3.request('PUT', '/api/reports/data-packet/protocol', {
          from: '2017-18',
          to: '2021-22',
          region: 5,
          version: 1,
          ...answers,
        })
      ).status,
    ).toBe(404);
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'region_id', 'after'])
      .where('entity_type', '=', 'data_packet_protocol')
      .execute();
    expect(audit).toEqual([
      {
        action: 'create',
        region_id: regionFive,
        after: { from: '2017-18', to: '2021-22', ...answers, version: 1 },
      },
    ]);
  });

  it('refuses the protocol to roles that read packets but answer for no team, leaving it unchanged', async () => {
    const consultant = await signInAs(
      t.app,
      (await buildUser(t.handle.db, { role: 'state_consultant', assignedRegionIds: [regionFive] })).email,
    );
    const reviewer = await signInAs(
      t.app,
      (await buildUser(t.handle.db, { role: 'reviewer', regionId: regionFive })).email,
    );
    const statewideReviewer = await signInAs(
      t.app,
      (await buildUser(t.handle.db, { role: 'reviewer' })).email,
    );
    const protocol = '/api/reports/data-packet/protocol?from=2017-18&to=2021-22';
    const before = (await admin.request('GET', `${protocol}&region=5`)).body;
    for (const [session, region] of [
      [consultant, 5],
      [reviewer, 5],
      [statewideReviewer, undefined],
    ] as const) {
      const read = await session.request('GET', `${protocol}${region ? `&region=${region}` : ''}`);
      expect(read.status).toBe(200);
      expect(read.body.abilities).toEqual({ canWrite: false });
      const refused = await session.request('PUT', '/api/reports/data-packet/protocol', {
        from: '2017-18',
        to: '2021-22',
        region,
        version: region ? before.version : 0,
        facts: 'rewritten by a reader',
        tells: '',
        strengths: '',
        problems: '',
      });
      expect(refused.status).toBe(403);
    }
    expect((await admin.request('GET', `${protocol}&region=5`)).body).toEqual(before);
    expect((await admin.request('GET', protocol)).body).toMatchObject({ version: 0, facts: '' });
    const audits = await t.handle.db
      .selectFrom('audit_events')
      .select('id')
      .where('entity_type', '=', 'data_packet_protocol')
      .execute();
    expect(audits).toHaveLength(1);
  });

  it('lets one of two teammates saving the same version at once win, the other told to reload', async () => {
    const manager5 = await signInAs(
      t.app,
      (await buildUser(t.handle.db, { role: 'ir_manager', regionId: regionFive })).email,
    );
    const protocol = '/api/reports/data-packet/protocol';
    const { version } = (await recruiter5.request('GET', `${protocol}?from=2017-18&to=2021-22`)).body;
    const save = (session: HttpSession, facts: string) =>
      session.request('PUT', protocol, {
        from: '2017-18',
        to: '2021-22',
        version,
        facts,
        tells: '',
        strengths: '',
        problems: '',
      });
    const replies = await Promise.all([save(recruiter5, 'the recruiter’s'), save(manager5, 'the manager’s')]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409]);
    const winner = replies.find((reply) => reply.status === 200)!.body.facts;
    expect((await admin.request('GET', `${protocol}?from=2017-18&to=2021-22&region=5`)).body).toMatchObject({
      facts: winner,
      version: version + 1,
    });
  });
});
