import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChild, buildDistrict, buildRegionWithStaff, buildUser } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

describe.each(TEST_DATABASES)('families on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let recruiter: HttpSession;
  let districtStaff: HttpSession;
  let admin: HttpSession;

  beforeAll(async () => {
    t = await startTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
    recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    districtStaff = await signInAs(t.app, fixture.users.district_staff.email);
    admin = await signInAs(t.app, fixture.users.state_admin.email);
  });
  afterAll(() => t.close());

  async function createFamily(familyName = 'Ramírez Soto') {
    const created = await recruiter.request('POST', '/api/families', {
      regionId: fixture.region.id,
      familyName,
      members: [{ relation: 'parent', firstName: 'Lucía', lastSurname: 'Soto', isQualifyingWorker: true }],
    });
    expect(created.status).toBe(201);
    return created.body as { id: string };
  }

  async function joinFamily(childId: string, familyId: string) {
    await t.handle.db
      .updateTable('children')
      .set({ family_id: familyId })
      .where('id', '=', childId)
      .execute();
  }

  it('shows district staff only the children of a family enrolled in their district, not their siblings elsewhere', async () => {
    const family = await createFamily();
    const otherDistrict = await buildDistrict(t.handle.db, fixture.region.id);
    const here = await buildChild(t.handle.db, {
      regionId: fixture.region.id,
      districtId: fixture.district.id,
    });
    const sibling = await buildChild(t.handle.db, {
      regionId: fixture.region.id,
      districtId: otherDistrict.id,
      firstName: 'Hermano',
    });
    await joinFamily(here.id, family.id);
    await joinFamily(sibling.id, family.id);

    const seenByDistrict = await districtStaff.request('GET', `/api/families/${family.id}`);
    expect(seenByDistrict.status).toBe(200);
    expect(seenByDistrict.body.children.map((c: { id: string }) => c.id)).toEqual([here.id]);
    expect(seenByDistrict.body.members).toHaveLength(1);
    expect(seenByDistrict.body.abilities).toEqual({ canEdit: false, canAddMember: false });

    const seenByRegion = await recruiter.request('GET', `/api/families/${family.id}`);
    expect(seenByRegion.body.children.map((c: { id: string }) => c.id).sort()).toEqual(
      [here.id, sibling.id].sort(),
    );
    expect(seenByRegion.body.abilities).toEqual({ canEdit: true, canAddMember: true });
  });

  it('answers 404 to district staff for a family with no child enrolled in their district, as for one that does not exist', async () => {
    const family = await createFamily('Sin Distrito');
    const otherDistrict = await buildDistrict(t.handle.db, fixture.region.id);
    const elsewhere = await buildChild(t.handle.db, {
      regionId: fixture.region.id,
      districtId: otherDistrict.id,
    });
    await joinFamily(elsewhere.id, family.id);
    const guessed = await districtStaff.request('GET', `/api/families/${family.id}`);
    const missing = await districtStaff.request('GET', `/api/families/${randomUUID()}`);
    expect(guessed.status).toBe(404);
    expect(guessed.body).toEqual(missing.body);
  });

  it('changes a family’s details and adds a member, each audited', async () => {
    const family = await createFamily('Antes');
    expect((await recruiter.request('GET', `/api/families/${family.id}`)).body.version).toBe(1);
    const withoutVersion = await recruiter.request('PATCH', `/api/families/${family.id}`, {
      familyName: 'Sin versión',
    });
    expect(withoutVersion.status).toBe(400);
    const updated = await recruiter.request('PATCH', `/api/families/${family.id}`, {
      familyName: 'Después',
      phone: '(559) 555-0111',
      version: 1,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ familyName: 'Después', phone: '(559) 555-0111', version: 2 });
    const added = await recruiter.request('POST', `/api/families/${family.id}/members`, {
      relation: 'guardian',
      firstName: 'Tomás',
      lastSurname: 'Soto',
    });
    expect(added.status).toBe(201);
    expect(added.body.members).toHaveLength(2);
    // Adding a member overwrites nothing, so it leaves the family's version as it was.
    expect(added.body.version).toBe(2);

    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'entity_type', 'before', 'after'])
      .where((eb) => eb.or([eb('entity_id', '=', family.id), eb('entity_id', '=', added.body.members[1].id)]))
      .orderBy('id')
      .execute();
    expect(audit.map((e) => [e.entity_type, e.action])).toEqual([
      ['family', 'create'],
      ['family', 'update'],
      ['family_member', 'create'],
    ]);
    expect(audit[1]).toMatchObject({
      before: expect.objectContaining({ family_name: 'Antes' }),
      after: expect.objectContaining({ family_name: 'Después' }),
    });
  });

  it('lets no one outside the region change a family, and a reader who may not change it gets 403; the row stays as it was', async () => {
    const family = await createFamily('Intacta');
    const otherRegion = await buildRegionWithStaff(t.handle.db);
    const outsider = await signInAs(t.app, otherRegion.users.recruiter.email);
    const reviewer = await signInAs(t.app, fixture.users.reviewer.email);
    expect((await outsider.request('GET', `/api/families/${family.id}`)).status).toBe(404);
    expect(
      (await outsider.request('PATCH', `/api/families/${family.id}`, { familyName: 'Cambiada', version: 1 }))
        .status,
    ).toBe(404);
    expect(
      (
        await outsider.request('POST', `/api/families/${family.id}/members`, {
          relation: 'parent',
          firstName: 'Intruso',
          lastSurname: 'X',
        })
      ).status,
    ).toBe(404);
    expect((await reviewer.request('GET', `/api/families/${family.id}`)).body.abilities).toEqual({
      canEdit: false,
      canAddMember: false,
    });
    expect(
      (await reviewer.request('PATCH', `/api/families/${family.id}`, { familyName: 'Cambiada', version: 1 }))
        .status,
    ).toBe(403);
    const row = await t.handle.db
      .selectFrom('families')
      .selectAll()
      .where('id', '=', family.id)
      .executeTakeFirst();
    expect(row?.family_name).toBe('Intacta');
    const members = await t.handle.db
      .selectFrom('family_members')
      .select('first_name')
      .where('family_id', '=', family.id)
      .execute();
    expect(members).toEqual([{ first_name: 'Lucía' }]);
  });

  async function familyAudit(familyId: string) {
    return t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'after'])
      .where('entity_type', '=', 'family')
      .where('entity_id', '=', familyId)
      .where('action', '=', 'update')
      .execute();
  }

  it('refuses an edit made at a version someone changed since (409) and changes nothing; 404 for a family that does not exist', async () => {
    const family = await createFamily('Primera');
    const first = await recruiter.request('PATCH', `/api/families/${family.id}`, {
      familyName: 'Segunda',
      version: 1,
    });
    expect(first.status).toBe(200);
    const stale = await recruiter.request('PATCH', `/api/families/${family.id}`, {
      familyName: 'Tercera',
      phone: '(559) 555-0199',
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toBe(
      'version: someone else changed this family since you opened it; reload it',
    );
    expect(stale.body.error.problems).toEqual([{ field: 'version', message: 'is stale' }]);
    const row = await t.handle.db
      .selectFrom('families')
      .select(['family_name', 'phone', 'version'])
      .where('id', '=', family.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ family_name: 'Segunda', phone: null, version: 2 });
    expect(
      (await familyAudit(family.id)).map((e) => (e.after as { family_name: string }).family_name),
    ).toEqual(['Segunda']);
    const missing = await recruiter.request('PATCH', `/api/families/${randomUUID()}`, {
      familyName: 'Nadie',
      version: 1,
    });
    expect(missing.status).toBe(404);
  });

  it('lets one of three edits of the same family made at once win; the other two are told it changed (409)', async () => {
    const family = await createFamily('Concurrente');
    const replies = await Promise.all(
      ['Uno', 'Dos', 'Tres'].map((familyName, i) =>
        (i === 1 ? admin : recruiter).request('PATCH', `/api/families/${family.id}`, {
          familyName,
          version: 1,
        }),
      ),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const winner = replies.find((r) => r.status === 200)!.body.familyName as string;
    const row = await t.handle.db
      .selectFrom('families')
      .select(['family_name', 'version'])
      .where('id', '=', family.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ family_name: winner, version: 2 });
    expect(
      (await familyAudit(family.id)).map((e) => (e.after as { family_name: string }).family_name),
    ).toEqual([winner]);
  });

  it('records a member’s sex when created or added, and sets or corrects it at the family’s version, audited', async () => {
    const created = await recruiter.request('POST', '/api/families', {
      regionId: fixture.region.id,
      familyName: 'Padres MSIX',
      members: [
        { relation: 'parent', firstName: 'Lucía', lastSurname: 'Soto', sex: 'female' },
        { relation: 'parent', firstName: 'Mario', lastSurname: 'Ruiz' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.members.map((m: { sex: string | null }) => m.sex)).toEqual(['female', null]);
    const familyId = created.body.id as string;
    const mario = created.body.members[1].id as string;
    const added = await recruiter.request('POST', `/api/families/${familyId}/members`, {
      relation: 'guardian',
      firstName: 'Tomás',
      lastSurname: 'Soto',
      sex: 'male',
    });
    expect(added.body.members[2].sex).toBe('male');

    const path = `/api/families/${familyId}/members/${mario}/sex`;
    const set = await recruiter.request('PUT', path, { sex: 'male', version: 1 });
    expect(set.status).toBe(200);
    expect(set.body.members[1]).toMatchObject({ id: mario, sex: 'male' });
    expect(set.body.version).toBe(2);

    const stale = await recruiter.request('PUT', path, { sex: null, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.problems).toEqual([{ field: 'version', message: 'is stale' }]);
    const bad = await recruiter.request('PUT', path, { sex: 'other', version: 2 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems.map((p: { field: string }) => p.field)).toContain('sex');
    const reviewer = await signInAs(t.app, fixture.users.reviewer.email);
    expect((await reviewer.request('PUT', path, { sex: null, version: 2 })).status).toBe(403);
    const stranger = await recruiter.request('PUT', `/api/families/${familyId}/members/${randomUUID()}/sex`, {
      sex: 'female',
      version: 2,
    });
    expect(stranger.status).toBe(404);
    const cleared = await recruiter.request('PUT', path, { sex: null, version: 2 });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({
      version: 3,
      members: expect.arrayContaining([{ ...set.body.members[1], sex: null }]),
    });

    const row = await t.handle.db
      .selectFrom('family_members')
      .select('sex')
      .where('id', '=', mario)
      .executeTakeFirstOrThrow();
    expect(row.sex).toBeNull();
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'before', 'after'])
      .where('entity_type', '=', 'family_member')
      .where('entity_id', '=', mario)
      .orderBy('id')
      .execute();
    expect(
      audit.map((e) => [
        e.action,
        (e.before as { sex: string } | null)?.sex,
        (e.after as { sex: string }).sex,
      ]),
    ).toEqual([
      ['create', undefined, null],
      ['update', null, 'male'],
      ['update', 'male', null],
    ]);
  });

  it('creates a family only in a region the actor works in', async () => {
    const otherRegion = await buildRegionWithStaff(t.handle.db);
    const refused = await recruiter.request('POST', '/api/families', {
      regionId: otherRegion.region.id,
      familyName: 'Fuera',
      members: [],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.problems[0].field).toBe('regionId');
    const consultant = await buildUser(t.handle.db, {
      role: 'state_consultant',
      assignedRegionIds: [fixture.region.id],
    });
    const readOnly = await signInAs(t.app, consultant.email);
    expect(
      (
        await readOnly.request('POST', '/api/families', {
          regionId: fixture.region.id,
          familyName: 'X',
          members: [],
        })
      ).status,
    ).toBe(403);
    expect((await admin.request('GET', `/api/families/${(await createFamily()).id}`)).status).toBe(200);
  });
});
