/**
 * MSIX move notices as recruiter tasks end to end (issue 21, docs/rules/msix.md X10): a data
 * specialist imports the notices into their region's contact queue (the district of the
 * destination's ZIP code, or the one chosen), a re-import adds nothing, the assigned recruiter
 * records the outcome (409 when stale), the outcome file holds each answer once and reads back
 * as the fixture; another region neither sees nor answers them; every change is audited.
 */
import { readFileSync } from 'node:fs';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOutcomeFile } from '../../src/core/exchange/move-notice';
import type { CalendarDate } from '../../src/core/common/calendar-date';
import type { Db } from '../../src/data/db';
import { CLI_ACTOR } from '../../src/usecases/context';
import { importMoveNotices } from '../../src/usecases/exchange/import-move-notices';
import { buildDistrict, buildRegion, buildSchool, buildUser } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { signInAs, type HttpSession } from '../support/http-session';
import { startFreshTestApp, type TestApp } from '../support/test-app';
import { uploadForm } from '../support/upload-form';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/msix/${name}`, import.meta.url), 'utf8');
const NOTICES = fixture('move-notices.csv');
const OUTCOMES = fixture('move-notice-outcomes.csv');

describe.each(freshDatabases('msix_move_notices'))('MSIX move notices on $name', (database) => {
  let t: TestApp;
  let db: Db;
  let regionA: string;
  let regionB: string;
  let salinas: string;
  let fallback: string;
  let specialistA: HttpSession;
  let specialistB: HttpSession;
  let recruiterA: HttpSession;
  let otherRecruiterA: HttpSession;
  let recruiterB: HttpSession;
  let recruiterAId: string;
  let admin: HttpSession;
  const importFile = (session: HttpSession, fields: Record<string, string | undefined> = {}) =>
    session.request(
      'POST',
      '/api/msix/move-notices/imports',
      uploadForm(fields, [{ name: 'notices.csv', content: NOTICES }]),
    );
  const notices = async (session: HttpSession) => {
    const reply = await session.request('GET', '/api/msix/move-notices');
    expect(reply.status).toBe(200);
    return reply.body.items as Array<Record<string, any>>;
  };

  beforeAll(async () => {
    t = await startFreshTestApp(database);
    db = t.handle.db;
    regionA = (await buildRegion(db)).id;
    regionB = (await buildRegion(db)).id;
    salinas = (await buildDistrict(db, regionA)).id;
    fallback = (await buildDistrict(db, regionA)).id;
    const school = await buildSchool(db, salinas);
    await db
      .updateTable('schools')
      .set({ city: 'Salinas', zip: '93901-1234' })
      .where('id', '=', school.id)
      .execute();
    // Thanksgiving and the day after are the region's holidays (X6.1).
    await db
      .insertInto('region_holidays')
      .values([
        { region_id: regionA, holiday: '2026-11-26', name: 'Thanksgiving' },
        { region_id: regionA, holiday: '2026-11-27', name: 'Day after Thanksgiving' },
      ])
      .execute();
    const session = async (options: Parameters<typeof buildUser>[1]) => {
      const user = await buildUser(db, options);
      return { user, session: await signInAs(t.app, user.email) };
    };
    specialistA = (await session({ role: 'data_specialist', regionId: regionA })).session;
    specialistB = (await session({ role: 'data_specialist', regionId: regionB })).session;
    const recruiter = await session({ role: 'recruiter', regionId: regionA });
    recruiterA = recruiter.session;
    recruiterAId = recruiter.user.id;
    otherRecruiterA = (await session({ role: 'recruiter', regionId: regionA })).session;
    recruiterB = (await session({ role: 'recruiter', regionId: regionB })).session;
    admin = (await session({ role: 'state_admin' })).session;
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  it('imports a family’s notice as one task in the district of its ZIP code, and names a notice it cannot place', async () => {
    const reply = await importFile(specialistA);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      rows: 3,
      notices: 2,
      imported: 1,
      duplicates: 0,
      skippedCount: 1,
      skipped: [
        {
          line: 4,
          column: 'To City',
          message:
            'no school of the region is in this city or ZIP code: choose the district for such notices',
        },
      ],
    });
    const queue = await specialistA.request(
      'GET',
      '/api/referrals?assignee=all&status=open&limit=50&offset=0',
    );
    const task = queue.body.items.find((referral: any) => referral.source === 'msix-move-notice');
    expect(task).toMatchObject({ firstName: 'Rosa', lastSurname: 'Hernández', priorMigrant: true });
    expect(task.guardianName).toBe('Juan Hernández / María López');
    const [notice] = await notices(specialistA);
    expect(notice).toMatchObject({
      noticeId: 'MN-2026-000101',
      referralId: task.id,
      from: { city: 'Yuma', state: 'AZ' },
      to: { city: 'Salinas', zip: '93901' },
      // four working days after Wednesday 25 November, Thanksgiving and the day after skipped
      dueDate: '2026-12-03',
      outcome: null,
      sentOn: null,
    });
    expect(notice!.children.map((child: any) => child.firstName)).toEqual(['Rosa', 'Mateo']);
    const district = await db
      .selectFrom('referrals')
      .select('district_id')
      .where('id', '=', task.id)
      .executeTakeFirstOrThrow();
    expect(district.district_id).toBe(salinas);
    // The same file again in Spanish: nothing new, and the row it cannot place named in Spanish.
    const inSpanish = await t.app.inject({
      method: 'POST',
      url: '/api/msix/move-notices/imports',
      cookies: specialistA.cookies,
      headers: { 'x-csrf-token': specialistA.csrfToken, 'accept-language': 'es' },
      payload: uploadForm({}, [
        { name: 'notices.csv', content: NOTICES },
      ]) as unknown as InjectOptions['payload'],
    });
    expect(inSpanish.json()).toMatchObject({
      imported: 0,
      duplicates: 1,
      skipped: [
        {
          line: 4,
          column: 'To City',
          message:
            'ninguna escuela de la región está en esta ciudad o código postal: elija el distrito para estos avisos',
        },
      ],
    });
  });

  it('skips the notices imported before, and places the others in the district chosen', async () => {
    const again = await importFile(specialistA, { districtId: fallback });
    expect(again.body).toMatchObject({ notices: 2, imported: 1, duplicates: 1, skippedCount: 0 });
    const byB = await importFile(admin, { regionId: regionB });
    expect(byB.body).toMatchObject({ imported: 0, duplicates: 2 });
    expect(await notices(specialistA)).toHaveLength(2);
  });

  it('refuses another region’s import and hides the notices from another region', async () => {
    expect((await importFile(specialistB, { regionId: regionA })).status).toBe(404);
    expect((await importFile(recruiterA)).status).toBe(403);
    expect(await notices(specialistB)).toEqual([]);
    expect(await notices(recruiterB)).toEqual([]);
  });

  it('lets the assigned recruiter record the outcome, at the version read', async () => {
    const [first, second] = await notices(specialistA);
    await db
      .updateTable('referrals')
      .set({ assigned_to: recruiterAId })
      .where('id', '=', first!.referralId)
      .execute();
    const body = { outcome: 'found-interviewed', outcomeOn: '2026-12-02', version: first!.version };
    const url = `/api/msix/move-notices/${first!.id}/outcome`;
    expect((await recruiterB.request('PUT', url, body)).status).toBe(404);
    expect((await otherRecruiterA.request('PUT', url, body)).status).toBe(403);
    const saved = await recruiterA.request('PUT', url, body);
    expect(saved.status).toBe(200);
    expect(saved.body.outcome).toMatchObject({
      outcome: 'found-interviewed',
      outcomeOn: '2026-12-02',
      coeId: null,
    });
    const stale = await recruiterA.request('PUT', url, body);
    expect(stale.status).toBe(409);
    expect(stale.body.error.problems[0].field).toBe('version');
    const bad = await specialistA.request('PUT', `/api/msix/move-notices/${second!.id}/outcome`, {
      outcome: 'not-found',
      outcomeOn: '2026-12-03',
      movedToCity: 'Yakima',
      version: second!.version,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems.map((p: any) => p.field)).toEqual(['movedToCity']);
    const movedOn = await specialistA.request('PUT', `/api/msix/move-notices/${second!.id}/outcome`, {
      outcome: 'moved-on',
      outcomeOn: '2026-12-03',
      movedToCity: 'Yakima',
      movedToState: 'WA',
      version: second!.version,
    });
    expect(movedOn.status).toBe(200);
  });

  it('writes the answers not yet sent once, as the fixture, and refuses a change after', async () => {
    expect((await recruiterA.request('POST', '/api/msix/move-notices/outcomes')).status).toBe(403);
    const made = await specialistA.request('POST', '/api/msix/move-notices/outcomes');
    expect(made.status).toBe(200);
    expect(made.body).toMatchObject({ answers: 2, rows: 3 });
    const file = await specialistA.request('GET', `/api/msix/move-notices/outcomes/${made.body.id}/file`);
    expect(file.status).toBe(200);
    // the file as the fixture holds it, byte-order mark and CRLF lines (the reply's text drops the mark)
    expect(file.body.replace(/^\uFEFF/, '')).toBe(OUTCOMES.replace(/^\uFEFF/, ''));
    expect(OUTCOMES.startsWith('\uFEFF')).toBe(true);
    expect(readOutcomeFile('outcomes.csv', file.body)).toHaveLength(2);
    expect(
      (await specialistB.request('GET', `/api/msix/move-notices/outcomes/${made.body.id}/file`)).status,
    ).toBe(404);
    const second = await specialistA.request('POST', '/api/msix/move-notices/outcomes');
    expect(second.body).toMatchObject({ answers: 0, rows: 0 });
    const [first] = await notices(specialistA);
    expect(first!.sentOn).not.toBeNull();
    expect(first!.abilities.answer).toBe(false);
    const late = await specialistA.request('PUT', `/api/msix/move-notices/${first!.id}/outcome`, {
      outcome: 'not-found',
      outcomeOn: '2026-12-02',
      version: first!.version,
    });
    expect(late.status).toBe(409);
  });

  it('audits each notice imported, each outcome and each file', async () => {
    const count = async (entityType: string, action: string) =>
      (
        await db
          .selectFrom('audit_events')
          .select('id')
          .where('entity_type', '=', entityType as never)
          .where('action', '=', action as never)
          .execute()
      ).length;
    expect(await count('msix_move_notice', 'create')).toBe(2);
    expect(await count('msix_move_notice', 'update')).toBe(2);
    expect(await count('msix_move_notice_export', 'create')).toBe(2);
    expect(await count('referral', 'create')).toBe(2);
  });

  it('imports a file of many notices at once: a child in two notices keeps one task, each audited once', async () => {
    const [header] = NOTICES.replace(/^\uFEFF/, '').split(/\r?\n/);
    const row = (noticeId: string, msixId: string, firstName: string) =>
      `${noticeId},2026-12-01,${msixId},${firstName},,Ortega,,2014-02-03,Female,Ana Ortega,,,,AZ,Yuma,Salinas,CA,Monterey,93901,,,,,`;
    const lines = Array.from({ length: 30 }, (_, i) =>
      row(
        `MN-2026-0009${String(i).padStart(2, '0')}`,
        String(200000000000 + i),
        `Niña${String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26))}`,
      ),
    );
    // the same child again in a later notice of another family move
    lines.push(row('MN-2026-000999', String(200000000000), 'Niñaaa'));
    const before = await db.selectFrom('audit_events').select('id').execute();
    const reply = await specialistA.request(
      'POST',
      '/api/msix/move-notices/imports',
      uploadForm({}, [{ name: 'many.csv', content: [header, ...lines].join('\n') }]),
    );
    expect(reply.body).toMatchObject({ rows: 31, notices: 31, imported: 31, duplicates: 0, skippedCount: 0 });
    const imported = (await notices(specialistA)).filter((notice) =>
      notice.noticeId.startsWith('MN-2026-0009'),
    );
    expect(imported).toHaveLength(31);
    const referralOf = (noticeId: string) =>
      imported.find((notice) => notice.noticeId === noticeId)!.referralId;
    expect(referralOf('MN-2026-000999')).toBe(referralOf('MN-2026-000900'));
    expect(new Set(imported.map((notice) => notice.referralId)).size).toBe(30);
    const added = await db
      .selectFrom('audit_events')
      .select(['entity_type', 'entity_id'])
      .where(
        'id',
        'not in',
        before.map((event) => event.id),
      )
      .execute();
    expect(added.filter((event) => event.entity_type === 'msix_move_notice')).toHaveLength(31);
    const referralEvents = added.filter((event) => event.entity_type === 'referral');
    expect(new Set(referralEvents.map((event) => event.entity_id))).toEqual(
      new Set(imported.map((notice) => notice.referralId)),
    );
    expect(referralEvents).toHaveLength(30);
  });
  it('imports a file of notices with a few queries, however many notices it holds', async () => {
    const [header] = NOTICES.replace(/^\uFEFF/, '').split(/\r?\n/);
    const lines = Array.from(
      { length: 40 },
      (_, i) =>
        `MN-2026-0008${String(i).padStart(2, '0')},2026-12-01,${300000000000 + i},Pablo${String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26))},,Quiroga,,2013-05-06,Male,Eva Quiroga,,,,AZ,Yuma,Salinas,CA,Monterey,93901,,,,,`,
    );
    let queries = 0;
    const counted = db.withPlugin({
      transformQuery: (args) => {
        queries += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const summary = await importMoveNotices(
      { db: counted, actor: CLI_ACTOR },
      {
        fileName: 'forty.csv',
        content: new TextEncoder().encode([header, ...lines].join('\n')),
        regionId: regionA,
      },
      '2026-12-02' as CalendarDate,
    );
    expect(summary).toMatchObject({ notices: 40, imported: 40, skippedCount: 0 });
    // a query or more per notice would be 40 or more
    expect(queries).toBeLessThan(20);
  });
});
