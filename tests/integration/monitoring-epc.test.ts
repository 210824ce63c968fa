import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallPlan } from '../../src/core/services/plan-builders';
import { insertAdoptedPlanVersion } from '../../src/data/repositories/plan.repository';
import type { Role } from '../../src/core/people/roles';
import { buildDistrict, buildRegionWithStaff, buildUser } from '../factories';
import { signInAs, signInEveryRole, type HttpSession } from '../support/http-session';
import { startFreshTestApp, type TestApp } from '../support/test-app';
import { freshDatabases } from '../support/fresh-databases';
import { uploadForm } from '../support/upload-form';

const PDF = Buffer.from('%PDF-1.4\nevidence\n');

describe.each(freshDatabases('monitoring_epc'))('EPC verification on $name (MN4)', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let sessions: Record<Role, HttpSession>;
  let otherConsultant: HttpSession;

  beforeAll(async () => {
    t = await startFreshTestApp(database);
    await insertAdoptedPlanVersion(t.handle.db, {
      name: 'Plan',
      notes: null,
      demo: false,
      adoptedOn: '2026-01-01',
      content: smallPlan(),
    });
    fixture = await buildRegionWithStaff(t.handle.db);
    sessions = await signInEveryRole(t.app, fixture.users);
    otherConsultant = await signInAs(
      t.app,
      (await buildUser(t.handle.db, { role: 'state_consultant', assignedRegionIds: [] })).email,
    );
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  const key = () => ({
    regionId: fixture.region.id,
    programYear: '2026-27',
    term: 'summer',
    strategy: '1.1',
  });
  const upload = async (session: HttpSession, fileName: string, content: Buffer) => {
    const reply = await session.request(
      'POST',
      '/api/monitoring/epc/documents',
      uploadForm(key(), [{ name: fileName, content }]),
    );
    return { statusCode: reply.status, body: reply.body };
  };

  it('the region saves a document and a link, the assigned consultant verifies, each audited; others are refused', async () => {
    const saved = await upload(sessions.region_director, 'attendance.pdf', PDF);
    expect(saved.statusCode).toBe(201);
    expect((await upload(sessions.region_director, 'tool.exe', PDF)).statusCode).toBe(400);
    expect((await upload(sessions.state_consultant, 'attendance.pdf', PDF)).statusCode).toBe(403);

    const checklist = await sessions.state_consultant.request(
      'GET',
      `/api/monitoring/epc?regionId=${fixture.region.id}&programYear=2026-27&term=summer`,
    );
    expect(checklist.status).toBe(200);
    expect(checklist.body.items.map((i: { strategy: string }) => i.strategy)).toEqual(['1.1']);
    const item = checklist.body.items[0];
    expect(item.documents.map((d: { fileName: string }) => d.fileName)).toEqual(['attendance.pdf']);
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/monitoring/epc/${item.id}/documents/${item.documents[0].id}`,
      cookies: sessions.state_consultant.cookies,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/monitoring/epc/${item.id}/documents/${item.documents[0].id}`,
          cookies: otherConsultant.cookies,
        })
      ).statusCode,
    ).toBe(404);

    const badLink = await sessions.region_director.request('PUT', '/api/monitoring/epc/links', {
      ...key(),
      version: item.version,
      links: [{ label: 'x', url: 'javascript:alert(1)' }],
    });
    expect(badLink.status).toBe(400);
    const links = await sessions.region_director.request('PUT', '/api/monitoring/epc/links', {
      ...key(),
      version: item.version,
      links: [{ label: 'Folder', url: 'https://example.org/folder' }],
    });
    expect(links.status).toBe(204);

    const verification = {
      ...key(),
      version: item.version + 1,
      outcome: 'verified',
      checklist: ['service_description', 'attendance', 'pre_post_data', 'participant_work'],
      date: '2026-09-20',
      comment: 'All there.',
    };
    expect(
      (await sessions.region_director.request('POST', '/api/monitoring/epc/verification', verification))
        .status,
    ).toBe(403);
    expect(
      (await otherConsultant.request('POST', '/api/monitoring/epc/verification', verification)).status,
    ).toBe(404);
    expect(
      (
        await sessions.state_consultant.request('POST', '/api/monitoring/epc/verification', {
          ...verification,
          checklist: ['attendance'],
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await sessions.state_consultant.request('POST', '/api/monitoring/epc/verification', {
          ...verification,
          version: 1,
        })
      ).status,
    ).toBe(409);
    expect(
      (await sessions.state_consultant.request('POST', '/api/monitoring/epc/verification', verification))
        .status,
    ).toBe(204);

    const after = await sessions.data_specialist.request(
      'GET',
      `/api/monitoring/epc?programYear=2026-27&term=summer`,
    );
    expect(after.body.items[0]).toMatchObject({
      status: 'verified',
      verifiedOn: '2026-09-20',
      comment: 'All there.',
    });
    // District staff reach their own district's verification, never the region's own.
    const districts = await sessions.district_staff.request(
      'GET',
      `/api/monitoring/epc?regionId=${fixture.region.id}&programYear=2026-27&term=summer`,
    );
    expect(districts.status).toBe(200);
    expect(districts.body).toMatchObject({ districtId: fixture.district.id });
    expect(districts.body.items[0]).toMatchObject({ status: 'pending', documents: [], links: [] });

    const progress = await sessions.state_consultant.request(
      'GET',
      '/api/monitoring/epc/progress?programYear=2026-27&term=summer',
    );
    expect(progress.body.regions).toEqual([
      expect.objectContaining({ regionId: fixture.region.id, verified: 1, pending: 0, total: 1 }),
    ]);
    expect(
      (
        await sessions.district_staff.request(
          'GET',
          '/api/monitoring/epc/progress?programYear=2026-27&term=summer',
        )
      ).body.regions,
    ).toEqual([]);

    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['entity_type', 'action'])
      .where('region_id', '=', fixture.region.id)
      .where('entity_type', 'in', ['document', 'epc_verification'])
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.entity_type)).toEqual(['document', 'epc_verification', 'epc_verification']);
  });

  it('a save made without a version (no record was read) is a 409 once someone else made the record', async () => {
    const fall = { ...key(), term: 'fall' };
    const first = await sessions.region_director.request('PUT', '/api/monitoring/epc/links', {
      ...fall,
      version: null,
      links: [{ label: 'Folder', url: 'https://example.org/fall' }],
    });
    expect(first.status).toBe(204);
    // The consultant opened the page before that save: the strategy had no record.
    const stale = await sessions.state_consultant.request('POST', '/api/monitoring/epc/verification', {
      ...fall,
      version: null,
      outcome: 'needs_more',
      checklist: [],
      date: '2027-01-20',
      comment: 'No attendance yet.',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.problems).toEqual([expect.objectContaining({ field: 'version' })]);
    const again = await sessions.region_director.request('PUT', '/api/monitoring/epc/links', {
      ...fall,
      version: null,
      links: [],
    });
    expect(again.status).toBe(409);
    const checklist = await sessions.region_director.request(
      'GET',
      `/api/monitoring/epc?programYear=2026-27&term=fall`,
    );
    expect(checklist.body.items[0]).toMatchObject({
      status: 'pending',
      links: [{ label: 'Folder', url: 'https://example.org/fall' }],
    });
  });

  it('district staff save their own district’s documentation, audited; not another district’s, nor the region’s; nor verify', async () => {
    await t.handle.db
      .updateTable('districts')
      .set({ is_reimbursable: true })
      .where('id', '=', fixture.district.id)
      .execute();
    const other = await buildDistrict(t.handle.db, fixture.region.id);
    const spring = { ...key(), term: 'spring' };
    const ofDistrict = { ...spring, districtId: fixture.district.id };
    const saved = await sessions.district_staff.request(
      'POST',
      '/api/monitoring/epc/documents',
      uploadForm(ofDistrict, [{ name: 'district-attendance.pdf', content: PDF }]),
    );
    expect(saved.status).toBe(201);
    const stored = await t.handle.db
      .selectFrom('documents')
      .select('organization_id')
      .where('id', '=', saved.body.id)
      .executeTakeFirstOrThrow();
    expect(stored.organization_id).toBe(fixture.district.id);
    const links = await sessions.district_staff.request('PUT', '/api/monitoring/epc/links', {
      ...ofDistrict,
      version: 1,
      links: [{ label: 'District folder', url: 'https://example.org/district' }],
    });
    expect(links.status).toBe(204);

    // Another district's, or the region's own: not theirs to reach or change.
    const otherDistrict = await sessions.district_staff.request(
      'POST',
      '/api/monitoring/epc/documents',
      uploadForm({ ...spring, districtId: other.id }, [{ name: 'x.pdf', content: PDF }]),
    );
    expect(otherDistrict.status).toBe(404);
    expect(
      (
        await sessions.district_staff.request(
          'GET',
          `/api/monitoring/epc?programYear=2026-27&term=spring&districtId=${other.id}`,
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await sessions.district_staff.request('POST', '/api/monitoring/epc/verification', {
          ...ofDistrict,
          version: 2,
          outcome: 'verified',
          checklist: ['service_description', 'attendance', 'pre_post_data', 'participant_work'],
          date: '2026-09-20',
          comment: '',
        })
      ).status,
    ).toBe(403);

    // The region director sees the district's documentation apart from the region's own.
    const regionOwn = await sessions.region_director.request(
      'GET',
      '/api/monitoring/epc?programYear=2026-27&term=spring',
    );
    expect(regionOwn.body.items[0]).toMatchObject({ documents: [], links: [] });
    expect(regionOwn.body.subgrantees).toEqual([
      { districtId: null, name: fixture.region.name },
      { districtId: fixture.district.id, name: fixture.district.name },
    ]);
    const district = await sessions.region_director.request(
      'GET',
      `/api/monitoring/epc?programYear=2026-27&term=spring&districtId=${fixture.district.id}`,
    );
    expect(district.body.items[0].documents.map((d: { fileName: string }) => d.fileName)).toEqual([
      'district-attendance.pdf',
    ]);
    expect(district.body.items[0].links).toEqual([
      { label: 'District folder', url: 'https://example.org/district' },
    ]);
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/monitoring/epc/${district.body.items[0].id}/documents/${saved.body.id}`,
      cookies: sessions.district_staff.cookies,
    });
    expect(download.statusCode).toBe(200);

    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['entity_type', 'action', 'entity_id'])
      .where('actor_user_id', '=', fixture.users.district_staff.id)
      .where('entity_type', 'in', ['document', 'epc_verification'])
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.entity_type, a.action])).toEqual([
      ['document', 'create'],
      ['epc_verification', 'update'],
    ]);
    // The state's progress view counts the district as a subgrantee of its own (MN4.4).
    const progress = await sessions.state_consultant.request(
      'GET',
      '/api/monitoring/epc/progress?programYear=2026-27&term=spring',
    );
    expect(progress.body.regions).toEqual([
      expect.objectContaining({
        regionId: fixture.region.id,
        total: 1,
        pending: 1,
        districts: [
          {
            districtId: fixture.district.id,
            name: fixture.district.name,
            pending: 1,
            verified: 0,
            needs_more: 0,
            total: 1,
          },
        ],
      }),
    ]);
  });

  it('removes a file or a link of the documentation, for whoever may save it, audited (MN4.6)', async () => {
    const winter = { ...key(), term: 'fall', strategy: '1.1' };
    const saved = await sessions.region_director.request(
      'POST',
      '/api/monitoring/epc/documents',
      uploadForm(winter, [{ name: 'to-remove.pdf', content: PDF }]),
    );
    expect(saved.status).toBe(201);
    const read = async () =>
      (await sessions.region_director.request('GET', '/api/monitoring/epc?programYear=2026-27&term=fall'))
        .body.items[0];
    const item = await read();
    const url = `/api/monitoring/epc/${item.id}/documents/${saved.body.id}`;
    expect((await sessions.state_consultant.request('DELETE', url)).status).toBe(403);
    expect((await sessions.data_specialist.request('DELETE', url)).status).toBe(403);
    expect((await sessions.district_staff.request('DELETE', url)).status).toBe(404);
    expect((await otherConsultant.request('DELETE', url)).status).toBe(403);
    expect((await sessions.region_director.request('DELETE', url)).status).toBe(204);
    expect((await sessions.region_director.request('DELETE', url)).status).toBe(404);
    expect((await read()).documents).toEqual([]);
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'before'])
      .where('entity_type', '=', 'document')
      .where('entity_id', '=', saved.body.id)
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({ action: 'create' }),
      expect.objectContaining({
        action: 'delete',
        before: expect.objectContaining({ fileName: 'to-remove.pdf', ownerType: 'epc_verification' }),
      }),
    ]);

    // A link goes by saving the links without it, at the version read; audited with what was there.
    const withLink = await read();
    const removed = await sessions.region_director.request('PUT', '/api/monitoring/epc/links', {
      ...winter,
      version: withLink.version,
      links: [],
    });
    expect(removed.status).toBe(204);
    expect((await read()).links).toEqual([]);
    const linkAudit = await t.handle.db
      .selectFrom('audit_events')
      .select(['before', 'after'])
      .where('entity_type', '=', 'epc_verification')
      .where('entity_id', '=', withLink.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(linkAudit).toMatchObject({
      before: { links: withLink.links },
      after: { links: [] },
    });
  });
});
