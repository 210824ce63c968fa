import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { signInAs, type HttpSession } from '../support/http-session';
import { startFreshTestApp, type TestApp } from '../support/test-app';
import { uploadForm } from '../support/upload-form';

const sample = (year: number) => readFileSync(`tests/cases/school-directory/pubschls-${year}.txt`);
const directory = (year: number, extra: Array<{ field: string; name: string; content: string }> = []) =>
  uploadForm({}, [{ field: 'directory', name: `pubschls-${year}.txt`, content: sample(year) }, ...extra]);

describe.each(freshDatabases('school_directory'))('loading the school directory on $name', (database) => {
  let t: TestApp;
  let admin: HttpSession;

  beforeAll(async () => {
    t = await startFreshTestApp(database);
    admin = await signInAs(t.app, (await buildUser(t.handle.db, { role: 'state_admin' })).email);
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  it('refuses a bad file naming line and column, and loads nothing', async () => {
    const bad = sample(2025).toString('utf8').replace('15636286009476', '1563628600947');
    const reply = await admin.request(
      'POST',
      '/api/organizations/directory',
      uploadForm({}, [{ field: 'directory', name: 'pubschls.txt', content: bad }]),
    );
    expect(reply.status).toBe(400);
    expect(reply.body.error.problems).toEqual([
      { field: 'pubschls.txt line 8, column CDSCode', message: 'must be a 14-digit CDS code' },
    ]);
    expect(await t.handle.db.selectFrom('regions').select('id').execute()).toEqual([]);
  });

  it('loads California’s regions, the districts and the schools of an empty database, audited', async () => {
    const reply = await admin.request('POST', '/api/organizations/directory', directory(2025));
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      fileName: 'pubschls-2025.txt',
      regions: { added: 20, updated: 0, unchanged: 0 },
      counties: 4,
      districts: { added: 6, updated: 0, closed: 0, unchanged: 0, notInFile: 0 },
      schools: { added: 13, updated: 0, closed: 0, unchanged: 0, notInFile: 0 },
      withoutRegion: [],
    });
    const pajaro = await t.handle.db
      .selectFrom('districts')
      .innerJoin('regions', 'regions.id', 'districts.region_id')
      .select(['regions.number', 'districts.name'])
      .where('districts.cds_code', '=', '4469799')
      .executeTakeFirstOrThrow();
    expect(pajaro).toEqual({ number: 11, name: 'Pajaro Valley Unified' });
    const charter = await t.handle.db
      .selectFrom('schools')
      .selectAll()
      .where('cds_code', '=', '15636280129999')
      .executeTakeFirstOrThrow();
    expect(charter).toMatchObject({
      is_charter: true,
      opened_on: '2019-08-01',
      city: 'Arvin',
      status: 'active',
    });
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_type', '=', 'school_directory')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_id: 'pubschls-2025.txt', actor_user_id: expect.any(String) });
  });

  it('updates from a newer directory: renames, closes, adds, never deletes a school a record points to', async () => {
    const closing = await t.handle.db
      .selectFrom('schools')
      .select(['id'])
      .where('cds_code', '=', '15635290000001')
      .executeTakeFirstOrThrow();
    const reply = await admin.request('POST', '/api/organizations/directory', directory(2026));
    expect(reply.status).toBe(200);
    expect(reply.body.regions).toEqual({ added: 0, updated: 0, unchanged: 0 });
    expect(reply.body.schools).toEqual({ added: 1, updated: 2, closed: 1, unchanged: 10, notInFile: 0 });
    const closed = await t.handle.db
      .selectFrom('schools')
      .selectAll()
      .where('id', '=', closing.id)
      .executeTakeFirstOrThrow();
    expect(closed).toMatchObject({ status: 'closed', closed_on: '2025-06-30' });
    // A file that omits Merced keeps Merced's district and schools as they are.
    const kernOnly = sample(2026)
      .toString('utf8')
      .split('\r\n')
      .filter((line) => !line.includes('\tMerced\t'))
      .join('\r\n');
    const again = await admin.request(
      'POST',
      '/api/organizations/directory',
      uploadForm({}, [{ field: 'directory', name: 'kern.txt', content: kernOnly }]),
    );
    expect(again.body.schools).toMatchObject({ added: 0, updated: 0, closed: 0, notInFile: 2 });
    expect(await t.handle.db.selectFrom('schools').select('id').execute()).toHaveLength(14);
  });

  it('keeps the NCES ids the directory gives, and a later load that changes one updates it', async () => {
    const ncesIds = async (table: 'districts' | 'schools', codes: string[]) =>
      (
        await t.handle.db
          .selectFrom(table)
          .select(['cds_code', 'nces_id'])
          .where('cds_code', 'in', codes)
          .orderBy('cds_code')
          .execute()
      ).map((row) => [row.cds_code, row.nces_id]);
    // pubschls-2026.txt (loaded above) gives Delano's and Arvin's, and three of their schools'.
    expect(await ncesIds('districts', ['1563529', '1563628', '2465771'])).toEqual([
      ['1563529', '0610920'],
      ['1563628', '0603480'],
      ['2465771', null],
    ]);
    expect(
      await ncesIds('schools', ['15635291530252', '15635296010763', '15636280129999', '15636280139999']),
    ).toEqual([
      ['15635291530252', null],
      ['15635296010763', '061092011935'],
      ['15636280129999', '060348014102'],
      ['15636280139999', '060348014231'],
    ]);
    const changed = sample(2026)
      .toString('utf8')
      .replace('\t0603480\t14102\t', '\t0603480\t14109\t')
      .replace(/^24657710000000\tNo Data\t/m, '24657710000000\t0624600\t');
    const reply = await admin.request(
      'POST',
      '/api/organizations/directory',
      uploadForm({}, [{ field: 'directory', name: 'pubschls-nces.txt', content: changed }]),
    );
    expect(reply.status).toBe(200);
    expect(reply.body.schools).toMatchObject({ added: 0, updated: 1, closed: 0, unchanged: 13 });
    expect(reply.body.districts).toMatchObject({ added: 0, updated: 1, closed: 0, unchanged: 5 });
    expect(await ncesIds('schools', ['15636280129999'])).toEqual([['15636280129999', '060348014109']]);
    expect(await ncesIds('districts', ['2465771'])).toEqual([['2465771', '0624600']]);
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['after'])
      .where('entity_type', '=', 'school_directory')
      .where('entity_id', '=', 'pubschls-nces.txt')
      .executeTakeFirstOrThrow();
    const after = typeof audit.after === 'string' ? JSON.parse(audit.after) : audit.after;
    expect(after).toMatchObject({ schools: { updated: 1 }, districts: { updated: 1 } });
  });

  it('takes the state’s own regions from a JSON file, refusing a bad one by field', async () => {
    const regions = JSON.stringify([
      { number: 5, name: 'Kern County Superintendent of Schools', counties: ['Kern', 'Inyo', 'Mono'] },
    ]);
    const reply = await admin.request(
      'POST',
      '/api/organizations/directory',
      directory(2026, [{ field: 'regions', name: 'regions.json', content: regions }]),
    );
    expect(reply.status).toBe(200);
    expect(reply.body.regions).toEqual({ added: 0, updated: 1, unchanged: 0 });
    const bad = await admin.request(
      'POST',
      '/api/organizations/directory',
      directory(2026, [{ field: 'regions', name: 'regions.json', content: '[{"number": 0}]' }]),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems.map((p: { field: string }) => p.field)).toContain('regions[0].number');
  });

  it('is the state administrator’s alone', async () => {
    const region = await t.handle.db
      .selectFrom('regions')
      .select('id')
      .where('number', '=', 5)
      .executeTakeFirstOrThrow();
    const director = await signInAs(
      t.app,
      (await buildUser(t.handle.db, { role: 'region_director', regionId: region.id })).email,
    );
    expect((await director.request('POST', '/api/organizations/directory', directory(2025))).status).toBe(
      403,
    );
  });
});
