import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dailyQuota } from '../../src/core/recruitment/contact-quota';
import { todayInState } from '../../src/usecases/clock';
import { buildChild, buildRegionWithStaff, buildUser } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';
import { uploadForm } from '../support/upload-form';

const LIST = [
  'Student ID,First Name,Last Name,Birthdate,DstEnterDt,Enter Date,Hispanic?,Guardian,Phone',
  '1001,Maria Jose,Hernandez Ruiz,03/09/2015,02/22/21,02/22/21,Y,Rosa Ruiz,(209) 555-0101',
  '1002,Pedro,Lopez,2014-05-01,2021-01-04,2021-02-22,Y,Juan Lopez,(209) 555-0102',
  '1003,Ana,Smith,2013-07-15,2021-02-22,2021-02-22,N,Mary Smith,(209) 555-0103',
  '1004,Luis,,2012-01-01,,,,,',
  '1005,Eva,Díaz,2016-13-01,,,,,',
  '1006,Pedro,López,05/01/2014,2021-01-04,2021-02-22,Y,Juan Lopez,(209) 555-0102',
].join('\n');

describe.each(TEST_DATABASES)('referrals, the contact queue and family contacts on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let manager: HttpSession;
  let recruiter: HttpSession;
  let outsider: HttpSession;

  beforeAll(async () => {
    t = await startTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
    await buildChild(t.handle.db, {
      regionId: fixture.region.id,
      firstName: 'María José',
      lastSurname: 'Hernández',
      secondSurname: 'Ruiz',
      birthDate: '2015-03-09',
    });
    manager = await signInAs(t.app, fixture.users.ir_manager.email);
    recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    const other = await buildRegionWithStaff(t.handle.db);
    outsider = await signInAs(t.app, other.users.recruiter.email);
  });
  afterAll(() => t.close());

  const file = (
    content: string | Uint8Array,
    extra: { districtId?: string; fileName?: string; mapping?: Record<string, string> } = {},
  ) =>
    uploadForm({ districtId: extra.districtId ?? fixture.district.id, mapping: extra.mapping }, [
      { name: extra.fileName ?? 'new-enrollees.csv', content },
    ]);

  it("previews a district's list with a guessed mapping, imports it naming skipped rows, and adds nothing twice", async () => {
    const preview = await manager.request('POST', '/api/referrals/imports/preview', file(LIST));
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      rowCount: 6,
      isSavedMapping: false,
      mapping: {
        firstName: 'First Name',
        lastSurname: 'Last Name',
        birthDate: 'Birthdate',
        districtEnterDate: 'DstEnterDt',
        schoolEnterDate: 'Enter Date',
        hispanic: 'Hispanic?',
        guardianName: 'Guardian',
        phone: 'Phone',
      },
    });

    const imported = await manager.request(
      'POST',
      '/api/referrals/imports',
      file(LIST, { mapping: preview.body.mapping }),
    );
    expect(imported.body).toMatchObject({
      rows: 6,
      added: 3,
      alreadyListed: 1,
      priorMigrants: 1,
      skippedCount: 2,
    });
    expect(imported.body.skipped).toEqual([
      { line: 5, column: 'Last Name', message: 'lastSurname is empty' },
      { line: 6, column: 'Birthdate', message: '"2016-13-01" is not a date (YYYY-MM-DD or MM/DD/YYYY)' },
    ]);
    const again = await manager.request('POST', '/api/referrals/imports', file(LIST));
    expect(again.body).toMatchObject({ added: 0, alreadyListed: 4 });
    expect(
      (await manager.request('POST', '/api/referrals/imports/preview', file(LIST))).body.isSavedMapping,
    ).toBe(true);
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select('after')
      .where('entity_type', '=', 'referral_import')
      .where('region_id', '=', fixture.region.id)
      .orderBy('id')
      .execute();
    expect(audit.map((event) => (event.after as { savedMapping?: unknown }).savedMapping)).toEqual([
      preview.body.mapping,
      undefined,
    ]);
  });

  it('recognizes a prior migrant and ranks by Region 3’s rules, highest priority first, with the reasons', async () => {
    const queue = await manager.request('GET', '/api/referrals?assignee=all');
    expect(
      queue.body.items.map((r: { firstName: string; priority: number }) => `${r.firstName}:${r.priority}`),
    ).toEqual(['Maria Jose:1', 'Pedro:3', 'Ana:3']); // Pedro entered the district first
    const maria = queue.body.items[0];
    expect(maria).toMatchObject({
      priorMigrant: true,
      lastSurname: 'Hernandez Ruiz',
      priorityReasons: [{ ruleId: 'dates-same' }, { ruleId: 'prior-migrant' }, { ruleId: 'hispanic' }],
    });
    expect(maria.matchedChildId).toBeTruthy();
    expect(maria.matchReasons).toContain('accents-differ');
  });

  it('takes an XLSX list too', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('List');
    sheet.addRow(['First Name', 'Last Name', 'DOB']);
    sheet.addRow(['Lía', 'Paz', new Date(Date.UTC(2016, 1, 29))]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const imported = await manager.request(
      'POST',
      '/api/referrals/imports',
      file(content, {
        fileName: 'list.xlsx',
        mapping: { firstName: 'First Name', lastSurname: 'Last Name', birthDate: 'DOB' },
      }),
    );
    expect(imported.body).toMatchObject({ added: 1, skippedCount: 0 });
    const lia = (await manager.request('GET', '/api/referrals?assignee=all')).body.items.find(
      (r: { firstName: string }) => r.firstName === 'Lía',
    );
    expect(lia.birthDate).toBe('2016-02-29');
  });

  it('refuses a mapping without a required field, and a district outside the region', async () => {
    const bad = await manager.request(
      'POST',
      '/api/referrals/imports',
      file(LIST, { mapping: { firstName: 'First Name', lastSurname: 'Last Name' } }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('birthDate is required');
    const other = await buildRegionWithStaff(t.handle.db);
    expect(
      (await manager.request('POST', '/api/referrals/imports', file(LIST, { districtId: other.district.id })))
        .body.error.problems[0].field,
    ).toBe('districtId');
  });

  it('re-ranks the queue when the region changes its rules', async () => {
    const rules = await manager.request('GET', '/api/prioritization-rules');
    expect(rules.body).toMatchObject({ isDefault: true, lowestPriority: 4 });
    const saved = await manager.request('PUT', '/api/prioritization-rules', {
      lowestPriority: 5,
      rules: [
        {
          id: 'recent',
          label: 'Entered the district in the last 30 days',
          field: 'districtEnterDate',
          condition: 'entered-within-days',
          value: '30',
          weight: 1,
          active: true,
        },
        { ...rules.body.rules[2], weight: 3 },
      ],
    });
    expect(saved.body).toMatchObject({ isDefault: false, lowestPriority: 5, reranked: 4 });
    const queue = await manager.request('GET', '/api/referrals?assignee=all');
    expect(
      queue.body.items.map((r: { firstName: string; priority: number }) => `${r.firstName}:${r.priority}`),
    ).toEqual(['Pedro:2', 'Maria Jose:2', 'Ana:5', 'Lía:5']);
    const invalid = await manager.request('PUT', '/api/prioritization-rules', {
      lowestPriority: 4,
      rules: [
        { id: 'x', label: 'x', field: 'grade', condition: 'equals', value: null, weight: 1, active: true },
      ],
    });
    expect(invalid.body.error.problems).toEqual([
      { field: 'rules[0].value', message: 'is required: the text to compare' },
    ]);
    expect((await recruiter.request('PUT', '/api/prioritization-rules', saved.body)).status).toBe(403);
  });

  it('assigns referrals to a recruiter, whose queue and daily quota follow, and logs family contacts', async () => {
    const all = (await manager.request('GET', '/api/referrals?assignee=all')).body.items as Array<{
      id: string;
      firstName: string;
    }>;
    const anotherRegionRecruiter = await buildUser(t.handle.db, {
      role: 'recruiter',
      regionId: (await buildRegionWithStaff(t.handle.db)).region.id,
    });
    expect(
      (
        await manager.request('POST', '/api/referrals/assignments', {
          referralIds: [all[0]!.id],
          recruiterId: anotherRegionRecruiter.id,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await manager.request('POST', '/api/referrals/assignments', {
          referralIds: all.map((r) => r.id),
          recruiterId: fixture.users.recruiter.id,
        })
      ).body,
    ).toEqual({ assigned: 4 });
    const mine = await recruiter.request('GET', '/api/referrals');
    expect(mine.body.items.map((r: { firstName: string }) => r.firstName)).toEqual([
      'Pedro',
      'Maria Jose',
      'Ana',
      'Lía',
    ]);

    const today = todayInState();
    await manager.request('PUT', '/api/holidays', { holidays: [{ date: today, name: 'Test holiday' }] });
    const before = await recruiter.request('GET', '/api/referrals/quota');
    expect(before.body).toMatchObject(
      dailyQuota({
        openNow: 4,
        doneToday: 0,
        pendingAtMonthStart: 0,
        contactsToday: 0,
        today,
        holidays: new Set([today]),
      }),
    );

    const pedro = mine.body.items[0];
    const noAnswer = await recruiter.request('POST', `/api/referrals/${pedro.id}/contacts`, {
      contactedOn: today,
      attemptType: 'phone',
      outcome: 'no-answer',
    });
    expect(noAnswer.body).toMatchObject({
      startInterview: false,
      referral: { status: 'in-progress', firstContactedOn: today },
    });
    const scheduled = await recruiter.request('POST', `/api/referrals/${pedro.id}/contacts`, {
      contactedOn: today,
      attemptType: 'home-visit',
      outcome: 'interview-scheduled',
      notes: 'Saturday 10 a.m.',
    });
    expect(scheduled.body.startInterview).toBe(true);
    const log = await recruiter.request('GET', `/api/referrals/${pedro.id}/contacts`);
    expect(log.body.items.map((c: { outcome: string }) => c.outcome).sort()).toEqual([
      'interview-scheduled',
      'no-answer',
    ]);
    const after = await recruiter.request('GET', '/api/referrals/quota');
    // Two attempts on Pedro, both contacts; an interview scheduled is not yet done: still open.
    expect(after.body).toMatchObject({ pending: 4, contactedToday: 2, pace: { pending: 4 } });

    const future = await recruiter.request('POST', `/api/referrals/${pedro.id}/contacts`, {
      contactedOn: '2999-01-01',
      attemptType: 'phone',
      outcome: 'no-answer',
    });
    expect(future.body.error.problems[0].field).toBe('contactedOn');
    expect((await outsider.request('GET', `/api/referrals/${pedro.id}`)).status).toBe(404);
    expect(
      (
        await outsider.request('POST', `/api/referrals/${pedro.id}/contacts`, {
          contactedOn: today,
          attemptType: 'phone',
          outcome: 'no-answer',
        })
      ).status,
    ).toBe(404);
    const colleague = await signInAs(
      t.app,
      (await buildUser(t.handle.db, { role: 'recruiter', regionId: fixture.region.id })).email,
    );
    const notTheirs = await colleague.request('POST', `/api/referrals/${pedro.id}/contacts`, {
      contactedOn: today,
      attemptType: 'phone',
      outcome: 'no-answer',
    });
    expect(notTheirs.status).toBe(403);
    expect(notTheirs.body.error.message).toBe('This referral is assigned to another recruiter.');
    expect((await recruiter.request('GET', `/api/referrals/${pedro.id}/contacts`)).body.items).toHaveLength(
      2,
    );
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select('entity_type')
      .where('entity_type', '=', 'family_contact')
      .where('region_id', '=', fixture.region.id)
      .execute();
    expect(audit).toHaveLength(2);
  });

  it("recognizes a prior migrant known in another region by the region's number only, and links only a child of the list's region", async () => {
    const home = await buildRegionWithStaff(t.handle.db);
    const away = await buildRegionWithStaff(t.handle.db);
    await buildChild(t.handle.db, {
      regionId: away.region.id,
      firstName: 'Rosa',
      lastSurname: 'Villa',
      birthDate: '2014-04-04',
    });
    const ownChild = await buildChild(t.handle.db, {
      regionId: home.region.id,
      firstName: 'Tomás',
      lastSurname: 'Reyes',
      birthDate: '2013-03-03',
    });
    const homeManager = await signInAs(t.app, home.users.ir_manager.email);
    const imported = await homeManager.request(
      'POST',
      '/api/referrals/imports',
      file(['First Name,Last Name,Birthdate', 'Rosa,Villa,2014-04-04', 'Tomas,Reyes,2013-03-03'].join('\n'), {
        districtId: home.district.id,
        fileName: 'two-regions.csv',
        mapping: { firstName: 'First Name', lastSurname: 'Last Name', birthDate: 'Birthdate' },
      }),
    );
    expect(imported.body).toMatchObject({ added: 2, priorMigrants: 2 });
    const queue = (await homeManager.request('GET', '/api/referrals?assignee=all')).body.items as Array<{
      firstName: string;
      priorMigrant: boolean;
      matchedChildId: string | null;
      matchReasons: string[];
    }>;
    const rosa = queue.find((referral) => referral.firstName === 'Rosa')!;
    expect(rosa).toMatchObject({
      priorMigrant: true,
      matchedChildId: null,
      matchReasons: [`known-in-region-${away.region.number}`],
    });
    expect(JSON.stringify(rosa)).not.toContain(away.child.id);
    const tomas = queue.find((referral) => referral.firstName === 'Tomas')!;
    expect(tomas).toMatchObject({ priorMigrant: true, matchedChildId: ownChild.id });
  });

  it("audits a change of a region's holidays, and refuses a recruiter leaving the list unchanged", async () => {
    const region = await buildRegionWithStaff(t.handle.db);
    const regionManager = await signInAs(t.app, region.users.ir_manager.email);
    const regionRecruiter = await signInAs(t.app, region.users.recruiter.email);
    const holidays = [{ date: '2026-12-25', name: 'Christmas Day' }];
    const saved = await regionManager.request('PUT', '/api/holidays', { holidays });
    expect(saved.body).toEqual({ regionId: region.region.id, holidays });
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id', 'before', 'after'])
      .where('entity_type', '=', 'region_holidays')
      .where('region_id', '=', region.region.id)
      .execute();
    expect(audit).toEqual([{ action: 'update', entity_id: region.region.id, before: [], after: holidays }]);
    const refused = await regionRecruiter.request('PUT', '/api/holidays', { holidays: [] });
    expect(refused.status).toBe(403);
    expect((await regionRecruiter.request('GET', '/api/holidays')).body.holidays).toEqual(holidays);
  });
});
