import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/core/people/roles';
import { STATE_ORGANIZATION_ID } from '../../src/usecases/documents/document-owner';
import { buildRegionWithStaff } from '../factories';
import { isExpectedToHold } from '../support/expected-permissions';
import { signInEveryRole, type HttpSession } from '../support/http-session';
import { startFreshTestApp, type TestApp } from '../support/test-app';
import { freshDatabases } from '../support/fresh-databases';
import { uploadForm } from '../support/upload-form';

const PDF = '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n';
const READERS = ROLES.filter((role) => isExpectedToHold(role, 'plan_development.read'));
const MANAGERS = ROLES.filter((role) => isExpectedToHold(role, 'plan_development.manage'));

describe.each(freshDatabases('plan_development_files'))('the SDP outcomes’ files on $name', (database) => {
  let t: TestApp;
  let sessions: Record<Role, HttpSession>;
  let admin: HttpSession;
  let developmentId: string;
  let fileId: string;

  beforeAll(async () => {
    t = await startFreshTestApp(database);
    const { users } = await buildRegionWithStaff(t.handle.db);
    sessions = await signInEveryRole(t.app, users);
    admin = sessions.state_admin;
    developmentId = (await admin.request('POST', '/api/plan-development', { name: 'SDP 2028' })).body.id;
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  const auditOf = (entityType: string) =>
    t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id', 'before', 'after'])
      .where('entity_type', '=', entityType as never)
      .orderBy('id')
      .execute();
  const read = async () => (await admin.request('GET', `/api/plan-development/${developmentId}`)).body;
  const upload = (session: HttpSession, fields: Record<string, string>, name: string, content: string) =>
    session.request(
      'POST',
      `/api/plan-development/${developmentId}/files`,
      uploadForm(fields, [{ name, content }]),
    );

  it('keeps an uploaded agenda as an outcome of its action, in the database, owned by the state; audited', async () => {
    const created = await upload(admin, { actionKey: 'pre-2', kind: 'agenda' }, 'kick-off agenda.pdf', PDF);
    expect(created.status).toBe(201);
    fileId = created.body.files[0].id;
    expect(created.body.files).toEqual([
      expect.objectContaining({
        fileName: 'kick-off agenda.pdf',
        mediaType: 'application/pdf',
        sizeBytes: PDF.length,
      }),
    ]);
    expect(created.body.content.outcomes).toEqual([
      expect.objectContaining({
        actionKey: 'pre-2',
        kind: 'agenda',
        title: 'kick-off agenda.pdf',
        documentId: fileId,
      }),
    ]);
    const row = await t.handle.db
      .selectFrom('documents')
      .select(['organization_id', 'owner_type', 'owner_id', 'content'])
      .where('id', '=', fileId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      organization_id: STATE_ORGANIZATION_ID,
      owner_type: 'sdp_development',
      owner_id: developmentId,
    });
    expect(Buffer.from(row.content).toString()).toBe(PDF);
    expect((await auditOf('document')).map((e) => [e.action, e.entity_id])).toEqual([['create', fileId]]);
    expect((await auditOf('sdp_development')).at(-1)).toMatchObject({
      action: 'update',
      after: { outcomeAdded: { documentId: fileId, kind: 'agenda' } },
    });

    const titled = await upload(
      admin,
      { actionKey: 'pre-2', kind: 'team_list', title: 'Planning team members' },
      'team.csv',
      'name,role\nAna,PAC\n',
    );
    expect(titled.status).toBe(201);
    expect(titled.body.content.outcomes.map((o: { title: string }) => o.title)).toEqual([
      'kick-off agenda.pdf',
      'Planning team members',
    ]);
  });

  it('refuses a type, an empty file or a wrong action, naming the field, in English and Spanish', async () => {
    const program = await upload(admin, { actionKey: 'pre-2', kind: 'document' }, 'setup.exe', 'MZ');
    expect(program).toMatchObject({ status: 400, body: { error: { problems: [{ field: 'file' }] } } });
    const renamed = await upload(admin, { actionKey: 'pre-2', kind: 'document' }, 'fake.pdf', 'not a pdf');
    expect(renamed).toMatchObject({ status: 400, body: { error: { problems: [{ field: 'file' }] } } });
    const action = await upload(admin, { actionKey: 'pre-9', kind: 'document' }, 'a.pdf', PDF);
    expect(action).toMatchObject({
      status: 400,
      body: { error: { problems: [{ field: 'actionKey', message: 'is not an action of the process' }] } },
    });
    const kind = await upload(admin, { actionKey: 'pre-2', kind: 'photo' }, 'a.pdf', PDF);
    expect(kind).toMatchObject({ status: 400, body: { error: { problems: [{ field: 'kind' }] } } });
    const inSpanish = await t.app.inject({
      method: 'POST',
      url: `/api/plan-development/${developmentId}/files`,
      cookies: admin.cookies,
      headers: { 'x-csrf-token': admin.csrfToken, 'accept-language': 'es' },
      payload: uploadForm({ actionKey: 'pre-2', kind: 'document' }, [{ name: 'setup.exe', content: 'MZ' }]),
    });
    expect(inSpanish.statusCode).toBe(400);
    expect(inSpanish.json().error.problems[0].message).toContain('no es un archivo PDF');
    expect((await read()).files).toHaveLength(2);
  });

  it('refuses a file larger than 10 MB, naming the file', async () => {
    const big = await admin.request(
      'POST',
      `/api/plan-development/${developmentId}/files`,
      uploadForm({ actionKey: 'pre-2', kind: 'document' }, [
        { name: 'big.txt', content: 'x'.repeat(10 * 1024 * 1024 + 1) },
      ]),
    );
    expect(big).toMatchObject({ status: 400, body: { error: { problems: [{ field: 'file' }] } } });
  });

  it('lets whoever reads the development download a file; only the administrator uploads or removes', async () => {
    for (const role of ROLES) {
      const download = await t.app.inject({
        method: 'GET',
        url: `/api/plan-development/${developmentId}/files/${fileId}`,
        cookies: sessions[role].cookies,
      });
      expect([role, download.statusCode]).toEqual([role, READERS.includes(role) ? 200 : 403]);
      if (download.statusCode === 200) {
        expect(download.body).toBe(PDF);
        expect(download.headers['content-disposition']).toContain('kick-off agenda.pdf');
      }
      if (MANAGERS.includes(role)) continue;
      expect([
        role,
        (await upload(sessions[role], { actionKey: 'pre-1', kind: 'document' }, 'x.pdf', PDF)).status,
      ]).toEqual([role, 403]);
      expect([
        role,
        (await sessions[role].request('DELETE', `/api/plan-development/${developmentId}/files/${fileId}`))
          .status,
      ]).toEqual([role, 403]);
    }
    const other = (await admin.request('POST', '/api/plan-development', { name: 'Other SDP' })).body.id;
    expect((await admin.request('GET', `/api/plan-development/${other}/files/${fileId}`)).status).toBe(404);
  });

  it('keeps a file outcome a save leaves out, edits its title, and refuses a file that is not the development’s', async () => {
    const before = await read();
    const fileOutcome = before.content.outcomes[0];
    const saved = await admin.request('PUT', `/api/plan-development/${developmentId}`, {
      version: before.version,
      name: before.name,
      content: { ...before.content, outcomes: [{ ...fileOutcome, title: 'Kick-off agenda' }] },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.content.outcomes.map((o: { title: string }) => o.title)).toEqual([
      'Kick-off agenda',
      'Planning team members',
    ]);
    const stranger = await admin.request('PUT', `/api/plan-development/${developmentId}`, {
      version: saved.body.version,
      name: before.name,
      content: {
        ...before.content,
        outcomes: [{ ...fileOutcome, documentId: '99999999-9999-4999-8999-999999999999' }],
      },
    });
    expect(stranger).toMatchObject({
      status: 400,
      body: { error: { problems: [{ field: 'content.outcomes[0].documentId' }] } },
    });
  });

  it('removes a file with its outcome, audited with the file’s name', async () => {
    const removed = await admin.request('DELETE', `/api/plan-development/${developmentId}/files/${fileId}`);
    expect(removed.status).toBe(200);
    expect(removed.body.files.map((f: { fileName: string }) => f.fileName)).toEqual(['team.csv']);
    expect(removed.body.content.outcomes.map((o: { title: string }) => o.title)).toEqual([
      'Planning team members',
    ]);
    expect(await t.handle.db.selectFrom('documents').select('id').where('id', '=', fileId).execute()).toEqual(
      [],
    );
    expect((await auditOf('document')).at(-1)).toMatchObject({
      action: 'delete',
      entity_id: fileId,
      before: { fileName: 'kick-off agenda.pdf', ownerType: 'sdp_development' },
    });
    expect((await auditOf('sdp_development')).at(-1)).toMatchObject({
      action: 'update',
      before: { outcomesRemoved: [{ documentId: fileId, title: 'Kick-off agenda' }] },
    });
    expect(
      (await admin.request('DELETE', `/api/plan-development/${developmentId}/files/${fileId}`)).status,
    ).toBe(404);
  });
});
