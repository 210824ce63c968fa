import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegionWithStaff } from '../factories';
import { repoRoot } from '../support/eligibility-cases';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';
import { dashboardForm } from '../support/upload-form';

/** The CDE's Dashboard files of one year of tests/cases/da-cde, by name. */
function cdeFiles(year: number): Record<string, string> {
  const dir = path.join(repoRoot, 'tests/cases/da-cde', String(year));
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt') && name !== 'same-as.txt')
      .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]),
  );
}

/** A ZIP archive of the files (deflated; yauzl does not check the CRC, so it is left 0). */
function zipOf(files: Record<string, string | Uint8Array>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [fileName, content] of Object.entries(files)) {
    const name = Buffer.from(fileName);
    const raw = Buffer.from(content);
    const deflated = deflateRawSync(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, deflated);
    centrals.push(central, name);
    offset += local.length + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

describe.each(TEST_DATABASES)("the CDE's Dashboard files over HTTP on $name", (database) => {
  let t: TestApp;
  let admin: HttpSession;
  let consultant: HttpSession;

  beforeAll(async () => {
    t = await startTestApp(database);
    const fixture = await buildRegionWithStaff(t.handle.db);
    admin = await signInAs(t.app, fixture.users.state_admin.email);
    consultant = await signInAs(t.app, fixture.users.state_consultant.email);
  });
  afterAll(() => t.close());

  it('reads several files as downloaded, reports what was read, audits the upload and decides the LEAs', async () => {
    const upload = await admin.request('POST', '/api/da/imports', dashboardForm(cdeFiles(2024), 2024));
    expect(upload.status, JSON.stringify(upload.body)).toBe(201);
    expect(upload.body.summary).toMatchObject({
      leas: 2,
      years: [2024],
      rowsByFile: [
        { file: 'leas.csv', rows: 2 },
        { file: 'indicators.csv', rows: 9 },
      ],
    });
    expect(upload.body.summary.cde).toMatchObject({
      leas: 2,
      leasByType: { district: 1, coe: 0, charter: 1 },
      groups: ['HI', 'EL', 'LTEL'],
      ignoredByReason: { school_row: 1, not_da_group: 1 },
    });
    expect(upload.body.summary.cde.files.map((f: { indicator: string }) => f.indicator).sort()).toEqual([
      'CHRONIC',
      'ELA',
      'ELPI',
      'GRAD',
      'MATH',
      'SUSP',
    ]);
    const again = await consultant.request('GET', `/api/da/imports/${upload.body.id}`);
    expect(again.body.summary).toEqual(upload.body.summary);

    const audit = await t.handle.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_type', '=', 'da_import')
      .where('entity_id', '=', upload.body.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.after)).toContain('eladownload2024.txt (ELA 2024)');

    const run = await admin.request('POST', `/api/da/imports/${upload.body.id}/determinations`, {});
    expect(run.status, JSON.stringify(run.body)).toBe(201);
    const lea = await consultant.request('GET', `/api/da/leas/30000000000001?determinationId=${run.body.id}`);
    expect(lea.status).toBe(200);
    expect(lea.body.record.decision).toMatchObject({
      eligible: true,
      groups: [{ group: 'LTEL', priorities: ['P4', 'P6'] }],
    });
  });

  it('reads files written in Windows-1252, as older exports are, keeping the accents of names', async () => {
    const latin = Object.fromEntries(
      Object.entries(cdeFiles(2024)).map(([name, text]) => [
        name,
        new Uint8Array(Buffer.from(text.replaceAll('Oak Valley Unified', 'Cañon Valley Unified'), 'latin1')),
      ]),
    );
    const upload = await admin.request('POST', '/api/da/imports', dashboardForm(latin, 2024));
    expect(upload.status, JSON.stringify(upload.body)).toBe(201);
    const run = await admin.request('POST', `/api/da/imports/${upload.body.id}/determinations`, {});
    const lea = await consultant.request('GET', `/api/da/leas/30000000000001?determinationId=${run.body.id}`);
    expect(JSON.stringify(lea.body)).toContain('Cañon Valley Unified');

    const zipped = await admin.request(
      'POST',
      '/api/da/imports',
      dashboardForm({ 'dashboard2024.zip': zipOf(latin) }, 2024),
    );
    expect(zipped.status, JSON.stringify(zipped.body)).toBe(201);
    const zippedRun = await admin.request('POST', `/api/da/imports/${zipped.body.id}/determinations`, {});
    const zippedLea = await consultant.request(
      'GET',
      `/api/da/leas/30000000000001?determinationId=${zippedRun.body.id}`,
    );
    expect(JSON.stringify(zippedLea.body)).toContain('Cañon Valley Unified');
  });

  it("reads the CDE's Local Measures files beside them as the local indicators, for the LEAs read (CDE5)", async () => {
    const localMeasures = {
      'localp1_2024.txt': [
        'cdscode\tlea\tprioritynumber\tnummisassignments\tperformance\tyear',
        '30000000000001\tOak Valley Unified\t1\t0\tNot Met for Two or More Years\t2024',
        '39999999999999\tElsewhere Unified\t1\t0\tNot Met\t2024',
      ].join('\n'),
      'localp3_2024.txt':
        'cdscode|lea|prioritynumber|performance|year\n30000000000001|Oak Valley Unified|3|Not Met|2024\n',
    };
    const upload = await admin.request(
      'POST',
      '/api/da/imports',
      dashboardForm({ ...cdeFiles(2024), ...localMeasures }, 2024),
    );
    expect(upload.status, JSON.stringify(upload.body)).toBe(201);
    expect(upload.body.summary.cde.localMeasures).toEqual([
      { file: 'localp1_2024.txt', priority: 1, year: 2024, rows: 2, leaRows: 1 },
      { file: 'localp3_2024.txt', priority: 3, year: 2024, rows: 1, leaRows: 1 },
    ]);
    const run = await admin.request('POST', `/api/da/imports/${upload.body.id}/determinations`, {});
    const lea = await consultant.request('GET', `/api/da/leas/30000000000001?determinationId=${run.body.id}`);
    // R2.4: priority 1 is not met for two years; priority 3 only this year, which is not enough
    expect(lea.body.record.decision.localPriorities).toEqual(['P1']);
  });

  it('reads a zip of the files, with lea_status.csv beside it, and takes the latest year read', async () => {
    const upload = await admin.request(
      'POST',
      '/api/da/imports',
      dashboardForm({
        'dashboard2023.zip': zipOf(cdeFiles(2023)),
        'lea_status.csv': 'lea_id,year,calpads_late\n10000000000007,2023,N\n',
      }),
    );
    expect(upload.status, JSON.stringify(upload.body)).toBe(201);
    expect(upload.body.year).toBe(2023);
    expect(upload.body.summary.cde.files.map((f: { file: string }) => f.file)).toContain(
      'dashboard2023.zip/chronicdownload2023.txt',
    );
    expect(upload.body.summary.rowsByFile).toContainEqual({ file: 'lea_status.csv', rows: 1 });
  });

  it('refuses an unknown layout with the columns expected, and contract files mixed in, keeping nothing', async () => {
    const before = await t.handle.db.selectFrom('da_imports').select('id').execute();
    const unknown = await admin.request(
      'POST',
      '/api/da/imports',
      dashboardForm({ 'enrollment2024.txt': 'cds\trtype\tstudentgroup\ttotalenrollment\n' }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(
      /enrollment2024\.txt, line 1: not a layout .*expected .*statuslevel/,
    );
    const mixed = await admin.request(
      'POST',
      '/api/da/imports',
      dashboardForm({ ...cdeFiles(2022), 'notes.csv': 'a,b\n' }),
    );
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.problems[0].field).toBe('notes.csv');
    expect(mixed.body.error.message).toMatch(/cannot come with the Dashboard's downloadable files/);
    const unauthorized = await consultant.request('POST', '/api/da/imports', dashboardForm(cdeFiles(2022)));
    expect(unauthorized.status).toBe(403);
    expect(await t.handle.db.selectFrom('da_imports').select('id').execute()).toHaveLength(before.length);
  });

  it("checks an upload's decision against the CDE's list, LEA by LEA, with the rows that explain a difference", async () => {
    const upload = await admin.request('POST', '/api/da/imports', dashboardForm(cdeFiles(2024)));
    expect(upload.status).toBe(201);
    const list = readFileSync(
      path.join(repoRoot, 'tests/cases/da-cde/lists/assistance-status2024.txt'),
      'utf8',
    );
    const check = await consultant.request(
      'POST',
      `/api/da/imports/${upload.body.id}/cde-list-check`,
      dashboardForm({ 'assistance-status2024.txt': list }),
    );
    expect(check.status, JSON.stringify(check.body)).toBe(200);
    expect(check.body).toMatchObject({ year: 2024, rules: 'CA-2024', agreeing: 1, differing: 1 });
    expect(check.body.leas[1]).toMatchObject({
      leaId: '30000000000111',
      agrees: false,
      ciclo: { eligible: false, groups: [] },
      cde: { eligible: true },
      groupDifferences: [
        { group: 'HI', ciclo: [], cde: ['P4', 'P5'] },
        { group: 'SWD', ciclo: [], cde: ['P4', 'P5'] },
      ],
    });
    expect(check.body.leas[1].rows.map((r: { indicator: string }) => r.indicator).sort()).toEqual([
      'ELA',
      'GRAD',
      'SUSP',
    ]);
    const notAList = await consultant.request(
      'POST',
      `/api/da/imports/${upload.body.id}/cde-list-check`,
      dashboardForm({ 'leas.csv': 'lea_id,lea_type\n1,district\n' }),
    );
    expect(notAList.status).toBe(400);
    expect(notAList.body.error.message).toMatch(/not the CDE list of LEAs eligible for assistance/);
  });
});
