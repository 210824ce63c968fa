import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { signInAs, type HttpSession } from '../support/http-session';
import { importServicesSample } from '../support/services-sample';
import { startFreshTestApp, type TestApp } from '../support/test-app';

// The services folder creates regions by their fixed numbers: each run gets a database of its own.
describe.each(freshDatabases('child_counts_http'))('the child counts over HTTP on $name', (database) => {
  let t: TestApp;
  let five: string;
  let admin: HttpSession;
  let director5: HttpSession;
  let consultant: HttpSession;
  let district: HttpSession;

  beforeAll(async () => {
    t = await startFreshTestApp(database);
    const regionIds = await importServicesSample(t.handle.db);
    five = regionIds.get(5)!;
    const session = async (options: Parameters<typeof buildUser>[1]) =>
      signInAs(t.app, (await buildUser(t.handle.db, options)).email);
    admin = await session({ role: 'state_admin' });
    director5 = await session({ role: 'region_director', regionId: five });
    consultant = await session({ role: 'state_consultant', assignedRegionIds: [five] });
    district = await session({ role: 'district_staff', regionId: five });
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  it('gives the state its counts of the contract example with breakdowns and each region, and a region its own', async () => {
    const state = await admin.request('GET', '/api/child-counts?period=2024-25');
    expect(state.status).toBe(200);
    expect(state.body).toMatchObject({
      scope: 'state',
      breakdown: { category1: 281, category2: 88 },
      certification: null,
      abilities: { certify: true },
    });
    const groups = state.body.breakdown.groups as Array<{ category1: number }>;
    expect(groups.reduce((sum, g) => sum + g.category1, 0)).toBe(281);
    expect(state.body.regions.map((r: { number: number }) => r.number)).toContain(5);

    const region = await director5.request('GET', '/api/child-counts?period=2024-25');
    expect(region.body).toMatchObject({ scope: 'region 5', regions: null, abilities: { certify: false } });
    const region5 = state.body.regions.find((r: { number: number }) => r.number === 5);
    expect(region.body.breakdown).toMatchObject({
      category1: region5.category1,
      category2: region5.category2,
    });
    expect((await director5.request('GET', '/api/child-counts?period=2024-25&region=3')).status).toBe(404);
    expect((await consultant.request('GET', '/api/child-counts?period=2024-25&region=5')).status).toBe(200);
    expect((await district.request('GET', '/api/child-counts?period=2024-25')).status).toBe(403);
  });

  it('lists a count’s children with their reasons and answers for one student number', async () => {
    const page = await admin.request('GET', '/api/child-counts/children?period=2024-25&category=2&limit=5');
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ category: 2, total: 88 });
    expect(page.body.items).toHaveLength(5);
    const first = page.body.items[0];
    expect(first.category2).toMatchObject({ day: expect.stringMatching(/^2025-|^2024-/) });
    const why = await admin.request(
      'GET',
      `/api/child-counts/explain?period=2024-25&studentId=${encodeURIComponent(first.studentId)}`,
    );
    expect(why.body).toMatchObject({
      scope: 'state',
      category1: { counts: true, day: first.day, span: first.span },
      category2: { counts: true, day: first.category2.day, serviceId: first.category2.serviceId },
    });
    const nobody = await admin.request('GET', '/api/child-counts/explain?period=2024-25&studentId=NOBODY');
    expect(nobody.body.category1).toEqual({ counts: false, why: 'not_on_record' });
    // A region is told only that the child is not its own.
    const ofRegion = await director5.request(
      'GET',
      '/api/child-counts/explain?period=2024-25&studentId=NOBODY',
    );
    expect(ofRegion.body).toMatchObject({ scope: 'region 5', category1: { why: 'not_served_in_region' } });
    const regionPage = await director5.request(
      'GET',
      '/api/child-counts/children?period=2024-25&category=1&limit=3',
    );
    expect(regionPage.body.items).toHaveLength(3);
  });

  it('gives the PFS breakdown of the state’s and a region’s counts, each no larger than its count', async () => {
    const counts = await admin.request('GET', '/api/child-counts?period=2024-25');
    const state = await admin.request('GET', '/api/child-counts/pfs?period=2024-25');
    expect(state.status).toBe(200);
    expect(state.body).toMatchObject({ scope: 'state', period: '2024-25' });
    expect(state.body.pfs.category1).toBeLessThanOrEqual(counts.body.breakdown.category1);
    expect(state.body.pfs.category2).toBeLessThanOrEqual(state.body.pfs.category1);
    const region = await director5.request('GET', '/api/child-counts/pfs?period=2024-25');
    expect(region.body.scope).toBe('region 5');
    expect(region.body.pfs.category1).toBeLessThanOrEqual(state.body.pfs.category1);
  });

  it('lets only the state administrator certify, audits it, and shows no differences right after', async () => {
    expect(
      (await director5.request('POST', '/api/child-counts/certifications', { period: '2024-25' })).status,
    ).toBe(403);
    expect(
      (await consultant.request('POST', '/api/child-counts/certifications', { period: '2024-25' })).status,
    ).toBe(403);
    const certified = await admin.request('POST', '/api/child-counts/certifications', { period: '2024-25' });
    expect(certified.status).toBe(200);
    expect(certified.body.certification).toMatchObject({ category1: 281, category2: 88 });
    const events = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'after'])
      .where('entity_type', '=', 'child_count_certification')
      .execute();
    expect(events).toEqual([
      { action: 'create', after: { period: '2024-25', category1: 281, category2: 88 } },
    ]);
    const differences = await admin.request('GET', '/api/child-counts/differences?period=2024-25');
    expect(differences.body).toMatchObject({
      totals: { added1: 0, removed1: 0, added2: 0, removed2: 0 },
      children: [],
    });
    expect((await director5.request('GET', '/api/child-counts/differences?period=2024-25')).status).toBe(403);
    const file = await t.app.inject({
      method: 'GET',
      url: '/api/child-counts/differences/export?period=2024-25&format=xlsx',
      cookies: admin.cookies,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('child-count-differences-2024-25.xlsx');
    expect(
      (await director5.request('GET', '/api/child-counts/differences/export?period=2024-25')).status,
    ).toBe(403);
  });

  it('exports the EDFacts files for the state only, and the counts and children as CSV and XLSX', async () => {
    const fs121 = await admin.request('GET', '/api/child-counts/edfacts?period=2024-25&file=FS121');
    expect(fs121.status).toBe(200);
    const lines = String(fs121.body).trim().split('\r\n');
    expect(lines[0]).toMatch(/^SEA MIGRANT STUDENTS ELIGIBLE 12 MONTHS,20,06FS121-2024-2025\.csv,/);
    expect(lines.at(-1)).toMatch(/,Y,[^,]*,281$/);
    expect(
      (await director5.request('GET', '/api/child-counts/edfacts?period=2024-25&file=FS122')).status,
    ).toBe(403);

    const children = await director5.request(
      'GET',
      '/api/child-counts/children/export?period=2024-25&format=csv',
    );
    expect(children.status).toBe(200);
    const rows = String(children.body).trim().split(/\r?\n/);
    expect(rows[0]).toBe(
      'student_id,birth_date,qualifying_day,span_from,span_to,age_grade_group,english_learner,disability,category2,summer_day,summer_service',
    );
    const file = await t.app.inject({
      method: 'GET',
      url: '/api/child-counts/export?period=2024-25&format=xlsx',
      cookies: admin.cookies,
    });
    expect(file.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).values).toEqual([undefined, 'total', 'state', 281, 88]);
  });
});
