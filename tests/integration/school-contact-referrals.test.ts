import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInState } from '../../src/usecases/clock';
import { buildRegionWithStaff, buildSchool } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

describe.each(TEST_DATABASES)('referrals obtained at a school contact on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let school: Awaited<ReturnType<typeof buildSchool>>;
  let recruiter: HttpSession;
  let manager: HttpSession;
  const today = todayInState();

  beforeAll(async () => {
    t = await startTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
    school = await buildSchool(t.handle.db, fixture.district.id, { name: 'Roosevelt Elementary' });
    recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    manager = await signInAs(t.app, fixture.users.ir_manager.email);
  });
  afterAll(() => t.close());

  const obtained = { code: 'obtained_referrals', detail: 'the school counselor' };
  const contact = (overrides: Record<string, unknown> = {}) => ({
    contactDate: today,
    schoolId: school.id,
    contactType: 'scheduled_visit',
    outcomes: [obtained],
    ...overrides,
  });
  const child = (firstName: string, overrides: Record<string, unknown> = {}) => ({
    firstName,
    lastSurname: 'Villanueva',
    birthDate: '2016-04-02',
    hispanic: true,
    guardianName: 'Marta Villanueva',
    phone: '(209) 555-0142',
    ...overrides,
  });
  const contactCount = async () =>
    (
      await t.handle.db
        .selectFrom('school_contacts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('school_id', '=', school.id)
        .executeTakeFirstOrThrow()
    ).n;
  const referralsOfContact = (contactId: string) =>
    t.handle.db
      .selectFrom('referrals')
      .select([
        'id',
        'source',
        'district_id',
        'region_id',
        'school_name',
        'first_name',
        'priority',
        'entered_by',
      ])
      .where('school_contact_id', '=', contactId)
      .orderBy('first_name')
      .execute();
  const actionsOf = async (entityId: string) =>
    (
      await t.handle.db
        .selectFrom('audit_events')
        .select(['action', 'entity_type', 'after'])
        .where('entity_id', '=', entityId)
        .execute()
    ).map((event) => `${event.entity_type}:${event.action}`);

  it('adds each child referred to the district queue, linked to the contact, ranked as a hand entry, audited', async () => {
    const created = await recruiter.request(
      'POST',
      '/api/school-contacts',
      contact({
        referrals: [child('Iris'), child('Hugo', { birthDate: '2018-09-30', schoolName: 'Head Start' })],
      }),
    );
    expect(created.status).toBe(201);
    expect(created.body.referrals.map((r: { firstName: string }) => r.firstName)).toEqual(['Hugo', 'Iris']);

    const rows = await referralsOfContact(created.body.id);
    expect(rows).toEqual([
      expect.objectContaining({
        first_name: 'Hugo',
        source: 'school-contact',
        district_id: fixture.district.id,
        region_id: fixture.region.id,
        school_name: 'Head Start',
        entered_by: fixture.users.recruiter.id,
      }),
      expect.objectContaining({ first_name: 'Iris', school_name: 'Roosevelt Elementary' }),
    ]);
    // The same facts typed by hand rank the same (the hand entry's rules, not a copy).
    const byHand = await manager.request('POST', '/api/referrals', {
      ...child('Iris', { lastSurname: 'Other' }),
      districtId: fixture.district.id,
      source: 'community',
    });
    expect(rows[1]!.priority).toBe(byHand.body.priority);

    const referral = await manager.request('GET', `/api/referrals/${rows[1]!.id}`);
    expect(referral.body).toMatchObject({
      source: 'school-contact',
      status: 'pending',
      schoolContactId: created.body.id,
      schoolContact: {
        id: created.body.id,
        contactDate: today,
        schoolName: 'Roosevelt Elementary',
        recordedBy: 'Test recruiter',
      },
    });
    const queue = await manager.request('GET', '/api/referrals?limit=500');
    expect(queue.body.items.map((r: { id: string }) => r.id)).toEqual(
      expect.arrayContaining(rows.map((row) => row.id)),
    );

    expect(await actionsOf(created.body.id)).toEqual(['school_contact:create']);
    const [contactAudit] = await t.handle.db
      .selectFrom('audit_events')
      .select('after')
      .where('entity_id', '=', created.body.id)
      .execute();
    expect((contactAudit!.after as { referralIds: string[] }).referralIds.sort()).toEqual(
      rows.map((row) => row.id).sort(),
    );
    for (const row of rows) expect(await actionsOf(row.id)).toEqual(['referral:create']);

    const log = await manager.request(
      'GET',
      `/api/school-contacts/log?month=${today.slice(0, 7)}&userId=${fixture.users.recruiter.id}`,
    );
    const entry = log.body.entries.find((e: { id: string }) => e.id === created.body.id);
    expect(entry.referrals).toHaveLength(2);
  });

  it('writes nothing when a child is wrong, and names the child and the field', async () => {
    const before = await contactCount();
    const bad = await recruiter.request(
      'POST',
      '/api/school-contacts',
      contact({ referrals: [child('Ok'), child('', { birthDate: '2016-02-30' })] }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems.map((p: { field: string }) => p.field)).toEqual([
      'referrals[1].firstName',
      'referrals[1].birthDate',
    ]);
    const withoutOutcome = await recruiter.request(
      'POST',
      '/api/school-contacts',
      contact({ outcomes: [{ code: 'left_materials' }], referrals: [child('Ok')] }),
    );
    expect(withoutOutcome.status).toBe(400);
    expect(withoutOutcome.body.error.problems).toEqual([expect.objectContaining({ field: 'referrals' })]);
    expect(await contactCount()).toBe(before);
  });

  it('refuses a child already in the queue, naming the child, and keeps neither the contact nor the others', async () => {
    const listed = await manager.request('POST', '/api/referrals', {
      ...child('Luz', { lastSurname: 'Ya Listada' }),
      districtId: fixture.district.id,
      source: 'community',
    });
    expect(listed.status).toBe(200);
    const before = await contactCount();
    const again = await recruiter.request(
      'POST',
      '/api/school-contacts',
      contact({ referrals: [child('Nueva'), child('Luz', { lastSurname: 'Ya Listada' })] }),
    );
    expect(again.status).toBe(409);
    expect(again.body.error.problems).toEqual([expect.objectContaining({ field: 'referrals[1].firstName' })]);
    expect(await contactCount()).toBe(before);
    const nueva = await t.handle.db
      .selectFrom('referrals')
      .select('id')
      .where('first_name', '=', 'Nueva')
      .where('district_id', '=', fixture.district.id)
      .execute();
    expect(nueva).toEqual([]);
  });

  it('adds the children sent with an edit beside those the contact brought before', async () => {
    const created = await recruiter.request(
      'POST',
      '/api/school-contacts',
      contact({ referrals: [child('Ana')] }),
    );
    expect(created.status).toBe(201);
    const edited = await recruiter.request(
      'PUT',
      `/api/school-contacts/${created.body.id}`,
      contact({
        notes: 'Second list',
        referrals: [child('Beto', { lastSurname: 'Ramos' })],
        version: created.body.version,
      }),
    );
    expect(edited.status).toBe(200);
    expect(edited.body.referrals.map((r: { firstName: string }) => r.firstName)).toEqual(['Beto', 'Ana']);
    expect(await actionsOf(created.body.id)).toEqual(['school_contact:create', 'school_contact:update']);
    // An edit at the version read before that one is refused and adds no child to the queue.
    const stale = await manager.request(
      'PUT',
      `/api/school-contacts/${created.body.id}`,
      contact({ notes: 'Third list', referrals: [child('Carla')], version: created.body.version }),
    );
    expect(stale.status).toBe(409);
    expect((await referralsOfContact(created.body.id)).map((r) => r.first_name)).toEqual(['Ana', 'Beto']);
    expect(await actionsOf(created.body.id)).toEqual(['school_contact:create', 'school_contact:update']);
  });
});
