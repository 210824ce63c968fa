import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/core/recruitment/performance-period';
import { CALIFORNIA_PFS_SETTINGS } from '../../src/core/services/priority-for-services';
import { openDatabase, type Db } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { allChildCountEntries } from '../../src/data/repositories/child-count.repository';
import { childCountPfsOf, pfsEntriesOf } from '../../src/usecases/child-counts/get-child-count-pfs';
import { buildChild, buildRegionWithStaff } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { freshDatabases } from '../support/fresh-databases';

/** A region service of the term, for "served". */
async function buildService(db: Db, regionId: string, term: 'RSY' | 'SUMMER', start: string, end: string) {
  return db
    .insertInto('services')
    .values({
      code: `PFS-${randomUUID().slice(0, 8)}`,
      region_id: regionId,
      name: `${term} service`,
      term,
      start_date: start,
      end_date: end,
      instrument_min: 0,
      instrument_max: 100,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/**
 * Priority for Services through the API (docs/rules/services.md S6): a child's PFS with its
 * evidence, a region's list for RSY 2024-25 (determined on its last day, 2025-06-15, S6.7),
 * its export, the school statuses and the settings, each change audited, and scope refusals.
 */
describe.each(freshDatabases('pfs'))('Priority for Services on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let other: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let director: HttpSession;
  let specialist: HttpSession;
  let outsider: HttpSession;
  const children: Record<string, { id: string; student_number: string }> = {};
  let rsy: { id: string };

  beforeAll(async () => {
    const handle = await database.open();
    await migrateToLatest(handle.db);
    await handle.close();
    t = await startTestApp({ name: database.name, open: () => openDatabase(database.connection) });
    const db = t.handle.db;
    fixture = await buildRegionWithStaff(db);
    other = await buildRegionWithStaff(db);
    director = await signInAs(t.app, fixture.users.region_director.email);
    specialist = await signInAs(t.app, fixture.users.data_specialist.email);
    outsider = await signInAs(t.app, other.users.data_specialist.email);

    const child = async (key: string, qad: string, options: { region?: string; firstName?: string } = {}) => {
      const built = await buildChild(db, {
        regionId: options.region ?? fixture.region.id,
        birthDate: '2012-05-01',
        firstName: options.firstName ?? key,
        lastSurname: 'Test',
      });
      children[key] = built;
      const end = `${Number(qad.slice(0, 4)) + 3}${qad.slice(4)}`;
      await db
        .insertInto('student_eligibility_spans')
        .values({
          student_id: built.student_number,
          birth_date: built.birth_date,
          eligible_from: qad,
          eligible_to: end,
        })
        .execute();
    };
    await child('elpac', '2024-10-15');
    await child('dropped', '2025-02-01', { firstName: '=HYPERLINK("x")' });
    await child('summerMove', '2024-07-01');
    await child('oldMove', '2023-10-15');
    await child('elsewhere', '2024-10-15', { region: other.region.id });
    const result = (key: string, subject: 'ELA' | 'ELPAC', level: number) => ({
      student_id: children[key]!.student_number,
      subject,
      school_year: '2023-24',
      level,
      recorded_by: null,
    });
    await db
      .insertInto('assessment_results')
      .values([
        result('elpac', 'ELPAC', 2),
        result('summerMove', 'ELA', 1),
        result('oldMove', 'ELA', 1),
        result('elsewhere', 'ELA', 1),
      ])
      .execute();
    rsy = await buildService(db, fixture.region.id, 'RSY', '2024-10-01', '2025-05-30');
    const summer = await buildService(db, fixture.region.id, 'SUMMER', '2025-06-20', '2025-07-30');
    await db
      .insertInto('service_enrollments')
      .values([
        { service_id: rsy.id, student_id: children.elpac!.student_number, enrolled_on: '2024-10-20' },
        { service_id: summer.id, student_id: children.dropped!.student_number, enrolled_on: '2025-06-20' },
      ])
      .execute();
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  const listUrl = (extra = '', regionId = fixture.region.id) =>
    `/api/pfs?period=2024-25&term=RSY&regionId=${regionId}${extra}`;
  const auditOf = (entityType: string, entityId: string) =>
    t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'before', 'after', 'child_id'])
      .where('entity_type', '=', entityType)
      .where('entity_id', '=', entityId)
      .execute();

  it("determines a child's PFS with every criterion and its evidence", async () => {
    const reply = await director.request('GET', `/api/children/${children.elpac!.id}/pfs?on=2025-03-10`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      on: '2025-03-10',
      isPfs: true,
      group: 'pfs',
      criteria: [
        { kind: 'recentMove', qad: '2024-10-15' },
        { kind: 'interruption', by: 'move', date: '2024-10-15' },
        { kind: 'assessment', subject: 'ELPAC', schoolYear: '2023-24', level: 2 },
      ],
      statuses: [],
      canRecord: true,
    });
    const later = await director.request('GET', `/api/children/${children.elpac!.id}/pfs?on=2025-10-15`);
    expect(later.body).toMatchObject({ isPfs: false, group: 'schoolAgeFormer' });
    const old = await director.request('GET', `/api/children/${children.oldMove!.id}/pfs?on=2025-03-10`);
    expect(old.body.isPfs).toBe(false);
    expect(old.body.criteria).toEqual([
      { kind: 'assessment', subject: 'ELA', schoolYear: '2023-24', level: 1 },
    ]);
  });

  it('a withdrawal from school in the school year interrupts schooling after a summer move (S6.3)', async () => {
    const db = t.handle.db;
    const built = await buildChild(db, {
      regionId: other.region.id,
      firstName: 'Withdrew',
      lastSurname: 'Test',
    });
    await db
      .insertInto('student_eligibility_spans')
      .values({
        student_id: built.student_number,
        birth_date: built.birth_date,
        eligible_from: '2024-07-01',
        eligible_to: '2027-06-30',
      })
      .execute();
    await db
      .insertInto('assessment_results')
      .values({
        student_id: built.student_number,
        subject: 'ELA',
        school_year: '2023-24',
        level: 2,
        recorded_by: null,
      })
      .execute();
    const otherDirector = await signInAs(t.app, other.users.region_director.email);
    const url = `/api/children/${built.id}/pfs?on=2025-03-10`;
    expect((await otherDirector.request('GET', url)).body.isPfs).toBe(false);
    await db
      .insertInto('enrollments')
      .values({
        child_id: built.id,
        district_id: other.district.id,
        enrollment_date: '2024-08-20',
        exit_date: '2024-11-05',
      })
      .execute();
    const after = await otherDirector.request('GET', url);
    expect(after.body.isPfs).toBe(true);
    expect(after.body.criteria).toContainEqual({
      kind: 'interruption',
      by: 'withdrawal',
      date: '2024-11-05',
    });
  });

  it('a dropped-out status recorded by a data specialist makes the child PFS at once, audited', async () => {
    const url = `/api/children/${children.dropped!.id}/pfs?on=2025-03-10`;
    expect((await specialist.request('GET', url)).body.isPfs).toBe(false);
    const recorded = await specialist.request(
      'POST',
      `/api/children/${children.dropped!.id}/school-statuses`,
      {
        kind: 'dropped_out',
        startsOn: '2025-03-01',
        note: 'District exit code E140',
      },
    );
    expect(recorded.status).toBe(201);
    const after = await specialist.request('GET', url);
    expect(after.body.isPfs).toBe(true);
    expect(after.body.criteria).toContainEqual({
      kind: 'droppedOut',
      statusId: recorded.body.id,
      from: '2025-03-01',
      to: null,
    });
    expect(after.body.statuses).toMatchObject([
      { id: recorded.body.id, kind: 'dropped_out', note: 'District exit code E140' },
    ]);
    expect(await auditOf('child_school_status', recorded.body.id)).toMatchObject([
      {
        action: 'create',
        child_id: children.dropped!.id,
        after: { kind: 'dropped_out', startsOn: '2025-03-01' },
      },
    ]);
  });

  it('the child counts’ PFS breakdown finds a child PFS by a dropped-out status, as the core does (S6.10)', async () => {
    const period = parsePeriod('2024-25', 'period');
    const query = { period, regionId: fixture.region.id };
    const everyCounted = await allChildCountEntries(t.handle.db, query);
    const byCore = await pfsEntriesOf(t.handle.db, everyCounted, CALIFORNIA_PFS_SETTINGS, period);
    expect(byCore.map((entry) => entry.studentId).sort()).toEqual(
      [children.elpac!.student_number, children.dropped!.student_number].sort(),
    );
    expect(await childCountPfsOf(t.handle.db, query)).toEqual({ category1: 2, category2: 0 });
  });

  it('refuses a last day before the first, naming the field, and keeps nothing', async () => {
    const reply = await specialist.request('POST', `/api/children/${children.oldMove!.id}/school-statuses`, {
      kind: 'credit_deficient',
      startsOn: '2025-03-01',
      endsOn: '2025-02-01',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.problems).toEqual([{ field: 'endsOn', message: 'is before the first day' }]);
    const rows = await t.handle.db
      .selectFrom('child_school_statuses')
      .select('id')
      .where('child_id', '=', children.oldMove!.id)
      .execute();
    expect(rows).toEqual([]);
  });

  it("lists the region's PFS children for the term with the share served", async () => {
    const list = await director.request('GET', listUrl());
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({
      period: '2024-25',
      term: 'RSY',
      on: '2025-06-15',
      eligible: 4,
      pfs: 2,
      served: 1,
      servedPercent: 50,
    });
    const rows = list.body.rows.map((r: { studentId: string; served: boolean }) => [r.studentId, r.served]);
    expect(rows).toEqual(
      [
        [children.elpac!.student_number, true],
        [children.dropped!.student_number, false],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    const notServed = await director.request('GET', listUrl('&notServed=true'));
    expect(notServed.body.rows.map((r: { studentId: string }) => r.studentId)).toEqual([
      children.dropped!.student_number,
    ]);
    expect(notServed.body.pfs).toBe(2);
  });

  it('exports the list as CSV with formulas escaped, and as XLSX', async () => {
    const csv = await t.app.inject({
      method: 'GET',
      url: listUrl('&format=csv').replace('/api/pfs?', '/api/pfs/export?'),
      cookies: director.cookies,
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain(
      `pfs-region-${fixture.region.number}-2024-25-RSY.csv`,
    );
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('student_id,child_name,birth_date,criteria,served');
    const dropped = lines.find((line) => line.startsWith(children.dropped!.student_number))!;
    expect(dropped).toContain(`'=HYPERLINK`);
    expect(dropped).toContain('dropped out since 2025-03-01');
    expect(dropped.endsWith(',N')).toBe(true);

    const xlsx = await t.app.inject({
      method: 'GET',
      url: listUrl('&format=xlsx').replace('/api/pfs?', '/api/pfs/export?'),
      cookies: director.cookies,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.rowCount).toBe(3);
  });

  it('refuses another region’s list and children (404), and their statuses, leaving nothing behind', async () => {
    expect((await outsider.request('GET', listUrl())).status).toBe(404);
    expect((await outsider.request('GET', `/api/children/${children.elpac!.id}/pfs`)).status).toBe(404);
    const post = await outsider.request('POST', `/api/children/${children.summerMove!.id}/school-statuses`, {
      kind: 'dropped_out',
      startsOn: '2025-03-01',
    });
    expect(post.status).toBe(404);
    const rows = await t.handle.db
      .selectFrom('child_school_statuses')
      .select('id')
      .where('child_id', '=', children.summerMove!.id)
      .execute();
    expect(rows).toEqual([]);
    const status = await t.handle.db
      .selectFrom('child_school_statuses')
      .select('id')
      .where('child_id', '=', children.dropped!.id)
      .executeTakeFirstOrThrow();
    expect((await outsider.request('DELETE', `/api/school-statuses/${status.id}`)).status).toBe(404);
    expect(
      await t.handle.db
        .selectFrom('child_school_statuses')
        .select('id')
        .where('id', '=', status.id)
        .execute(),
    ).toHaveLength(1);
  });

  it('removes a status, audited with what it said', async () => {
    const recorded = await specialist.request(
      'POST',
      `/api/children/${children.oldMove!.id}/school-statuses`,
      {
        kind: 'credit_deficient',
        startsOn: '2025-01-10',
      },
    );
    const removed = await specialist.request('DELETE', `/api/school-statuses/${recorded.body.id}`);
    expect(removed.status).toBe(204);
    expect((await auditOf('child_school_status', recorded.body.id)).map((e) => e.action)).toEqual([
      'create',
      'delete',
    ]);
    expect((await auditOf('child_school_status', recorded.body.id))[1]!.before).toMatchObject({
      kind: 'credit_deficient',
    });
  });

  it('the state administrator changes the criteria, audited; the list follows; others may not', async () => {
    const admin = await signInAs(t.app, fixture.users.state_admin.email);
    const read = await director.request('GET', '/api/pfs/settings');
    expect(read.body).toMatchObject({
      settings: CALIFORNIA_PFS_SETTINGS,
      california: CALIFORNIA_PFS_SETTINGS,
    });
    expect(read.body.source).toContain('1304(d)');
    expect(read.body.version).toBe(0);

    const federalOnly = { ...CALIFORNIA_PFS_SETTINGS, interruptionWindows: [] };
    expect((await director.request('PUT', '/api/pfs/settings', { ...federalOnly, version: 0 })).status).toBe(
      403,
    );
    const bad = await admin.request('PUT', '/api/pfs/settings', {
      ...CALIFORNIA_PFS_SETTINGS,
      interruptionWindows: [{ from: '12-01', to: '01-31' }],
      version: 0,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems[0].field).toBe('interruptionWindows[0].to');

    const changed = await admin.request('PUT', '/api/pfs/settings', { ...federalOnly, version: 0 });
    expect(changed.status).toBe(200);
    expect(changed.body.settings.interruptionWindows).toEqual([]);
    expect(changed.body.version).toBe(1);
    expect(await auditOf('services_settings', 'services_priority_for_services')).toMatchObject([
      { action: 'update', before: CALIFORNIA_PFS_SETTINGS, after: federalOnly },
    ]);
    // A change made at the version read before someone else's save is refused; nothing changes.
    const stale = await admin.request('PUT', '/api/pfs/settings', { ...CALIFORNIA_PFS_SETTINGS, version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.problems).toEqual([{ field: 'version', message: 'is stale' }]);
    expect(await auditOf('services_settings', 'services_priority_for_services')).toHaveLength(1);
    expect((await director.request('GET', '/api/pfs/settings')).body.settings.interruptionWindows).toEqual(
      [],
    );
    // The summer move needs no interruption now.
    const list = await director.request('GET', listUrl());
    expect(list.body.pfs).toBe(3);
    expect(list.body.rows.map((r: { studentId: string }) => r.studentId)).toContain(
      children.summerMove!.student_number,
    );
  });

  it('the MPO target list puts PFS children first and marks them (S6.8)', async () => {
    const plan = await t.handle.db
      .insertInto('plan_versions')
      .values({ name: 'PFS test plan', status: 'adopted', adopted_on: '2024-07-01' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.handle.db
      .insertInto('plan_mpos')
      .values({
        plan_version_id: plan.id,
        number: '1.0',
        need_area: 'ELA',
        population: JSON.stringify({ kind: 'belowProficient', subject: 'ELA', maxLevel: 2 }),
        min_hours: null,
        growth: JSON.stringify({ kind: 'anyGain' }),
        target: 60,
        min_n: 10,
        sort_order: 1,
      })
      .execute();
    // Under the federal rule alone (the test before), the summer move is PFS; the old move is not.
    const list = await director.request(
      'GET',
      `/api/mpo-targets?period=2024-25&term=RSY&regionId=${fixture.region.id}&mpo=1.0`,
    );
    expect(list.status).toBe(200);
    expect(list.body.orderOn).toBe('2025-06-15');
    expect(list.body.rows.map((r: { studentId: string; group: string }) => [r.studentId, r.group])).toEqual([
      [children.summerMove!.student_number, 'pfs'],
      [children.oldMove!.student_number, 'schoolAgeFormer'],
    ]);
  });

  it('the enrollment search of a service lists PFS children first (S6.8), within the actor’s scope', async () => {
    // On the service's last day (2025-05-30), under the federal rule alone set above.
    const found = await director.request('GET', `/api/pfs/enrollment-candidates?serviceId=${rsy.id}&q=Test`);
    expect(found.status).toBe(200);
    const groups = found.body.items.map((c: { studentNumber: string; group: string }) => [
      c.studentNumber,
      c.group,
    ]);
    expect(groups.slice(0, 3).map(([, group]: string[]) => group)).toEqual(['pfs', 'pfs', 'pfs']);
    expect(
      groups
        .slice(0, 3)
        .map(([number]: string[]) => number)
        .sort(),
    ).toEqual(
      [
        children.elpac!.student_number,
        children.dropped!.student_number,
        children.summerMove!.student_number,
      ].sort(),
    );
    expect(groups[3]).toEqual([children.oldMove!.student_number, 'schoolAgeFormer']);
    expect(groups).toHaveLength(4);
    const outsiderDirector = await signInAs(t.app, other.users.region_director.email);
    expect(
      (await outsiderDirector.request('GET', `/api/pfs/enrollment-candidates?serviceId=${rsy.id}&q=Test`))
        .status,
    ).toBe(404);
  });
});
