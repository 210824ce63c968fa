import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChild, buildDistrict, buildRegionWithStaff } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

describe.each(TEST_DATABASES)('enrollments on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let recruiter: HttpSession;
  let districtStaff: HttpSession;

  beforeAll(async () => {
    t = await startTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
    recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    districtStaff = await signInAs(t.app, fixture.users.district_staff.email);
  });
  afterAll(() => t.close());

  const enrollmentsOf = (childId: string) =>
    t.handle.db.selectFrom('enrollments').selectAll().where('child_id', '=', childId).orderBy('id').execute();

  it('lets district staff change and delete only enrollments in their district; the other district’s row stays as it was', async () => {
    const otherDistrict = await buildDistrict(t.handle.db, fixture.region.id);
    const child = await buildChild(t.handle.db, {
      regionId: fixture.region.id,
      districtId: fixture.district.id,
    });
    const elsewhere = await recruiter.request('POST', `/api/children/${child.id}/enrollments`, {
      districtId: otherDistrict.id,
      enrollmentDate: '2024-08-20',
    });
    expect(elsewhere.status).toBe(201);
    const [mine, theirs] = [fixture.district.id, otherDistrict.id].map(
      (districtId) =>
        elsewhere.body.enrollments.find((e: { districtId: string }) => e.districtId === districtId).id,
    );
    const before = await enrollmentsOf(child.id);

    expect(
      (await districtStaff.request('PATCH', `/api/enrollments/${theirs}`, { exitDate: '2025-01-10' })).status,
    ).toBe(404);
    expect((await districtStaff.request('DELETE', `/api/enrollments/${theirs}`)).status).toBe(404);
    expect(
      (await districtStaff.request('PATCH', `/api/enrollments/${mine}`, { districtId: otherDistrict.id }))
        .status,
    ).toBe(400);
    expect(await enrollmentsOf(child.id)).toEqual(before);

    const exited = await districtStaff.request('PATCH', `/api/enrollments/${mine}`, {
      exitDate: '2025-12-19',
    });
    expect(exited.status).toBe(200);
    const seen = exited.body.enrollments.find((e: { id: string }) => e.id === mine);
    expect(seen.exitDate).toBe('2025-12-19');
  });

  it('deletes an enrollment recorded by mistake, with the row kept in the audit log', async () => {
    const child = await buildChild(t.handle.db, {
      regionId: fixture.region.id,
      districtId: fixture.district.id,
    });
    const [enrollment] = await enrollmentsOf(child.id);
    const deleted = await recruiter.request('DELETE', `/api/enrollments/${enrollment!.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.enrollments).toEqual([]);
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'child_id', 'region_id', 'before'])
      .where('entity_type', '=', 'enrollment')
      .where('entity_id', '=', enrollment!.id)
      .execute();
    expect(audit).toEqual([
      {
        action: 'delete',
        child_id: child.id,
        region_id: fixture.region.id,
        before: expect.objectContaining({ district_id: fixture.district.id }),
      },
    ]);
  });

  it('lets no one outside the region change an enrollment', async () => {
    const child = await buildChild(t.handle.db, {
      regionId: fixture.region.id,
      districtId: fixture.district.id,
    });
    const [enrollment] = await enrollmentsOf(child.id);
    const otherRegion = await buildRegionWithStaff(t.handle.db);
    const outsider = await signInAs(t.app, otherRegion.users.recruiter.email);
    expect(
      (await outsider.request('PATCH', `/api/enrollments/${enrollment!.id}`, { exitDate: '2025-12-19' }))
        .status,
    ).toBe(404);
    expect((await outsider.request('DELETE', `/api/enrollments/${enrollment!.id}`)).status).toBe(404);
    expect(await enrollmentsOf(child.id)).toEqual([enrollment]);
  });
});
