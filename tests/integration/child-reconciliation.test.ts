/**
 * One child across identifiers (issue 21; docs/rules/identification-and-recruitment.md IR5):
 * the queue of likely matches, merge (every row that names the merged child moves, the merged
 * child leaves lists), undo (exactly those rows back, with the identifiers), split and its undo,
 * refusals, authorization, audit, and two merges of one child at once.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/data/db';
import {
  CHILD_COLUMNS_NOT_MOVED,
  CHILD_REFERENCES,
  childReferenceColumnsOfDatabase,
  uniqueColumnsWith,
} from '../../src/data/repositories/child-identities.repository';
import { buildChild, buildDistrict, buildRegionWithStaff } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { MSIX_COE_DETERMINATION, MSIX_COE_INTERVIEW } from '../support/msix-data';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');

/** A surname no other test uses, so the queue's pairs are this test's. */
const surname = () =>
  `Recon${randomUUID()
    .replace(/[^a-f]/g, '')
    .slice(0, 8)}`;

/**
 * One row in every table that names a child, for `child` (the merge must move each); its COE as
 * the workflow writes it, since other tests on the same database read every COE.
 */
async function recordsOf(
  db: Db,
  child: { id: string; student_number: string; region_id: string },
  districtId: string,
) {
  const coe = await sql<{
    id: string;
  }>`insert into coes (region_id, status, interview, determination, interview_date)
    values (${child.region_id}, 'approved', ${JSON.stringify(MSIX_COE_INTERVIEW)}, ${JSON.stringify(MSIX_COE_DETERMINATION)}, '2025-06-02')
    returning id`.execute(db);
  const coeId = coe.rows[0]!.id;
  await db
    .insertInto('coe_children')
    .values({
      coe_id: coeId,
      interview_child_id: 'c-1',
      child_id: child.id,
      eligible: true,
      qad: '2025-05-26',
    })
    .execute();
  await db
    .insertInto('child_eligibilities')
    .values({ child_id: child.id, coe_id: coeId, qad: '2025-05-26' })
    .execute();
  await db
    .insertInto('enrollments')
    .values({ child_id: child.id, district_id: districtId, enrollment_date: '2025-08-20' })
    .execute();
  await db
    .insertInto('residency_contacts')
    .values({ child_id: child.id, contacted_on: '2025-09-01', still_resides: true })
    .execute();
  await db
    .insertInto('child_school_statuses')
    .values({ child_id: child.id, kind: 'credit_deficient', starts_on: '2025-09-01' })
    .execute();
  await sql`insert into referrals (region_id, district_id, referral_key, first_name, last_surname, birth_date, priority, received_on, matched_child_id)
    values (${child.region_id}, ${districtId}, ${`k-${randomUUID()}`}, 'Ref', 'Child', '2015-03-09', 1, '2025-08-01', ${child.id})`.execute(
    db,
  );
  const service = await sql<{
    id: string;
  }>`insert into services (code, region_id, name, term, start_date, end_date, instrument_min, instrument_max)
    values (${`S-${randomUUID()}`}, ${child.region_id}, 'Reading', 'SUMMER', '2026-06-15', '2026-07-31', 0, 100) returning id`.execute(
    db,
  );
  await sql`insert into service_enrollments (service_id, student_id, enrolled_on)
    values (${service.rows[0]!.id}, ${child.student_number}, '2026-06-15')`.execute(db);
  await sql`insert into assessment_results (student_id, subject, school_year, level)
    values (${child.student_number}, 'ELA', '2024-25', 2)`.execute(db);
  await sql`insert into msix_consolidated_records (child_id, msix_id, sending_states, received_on, record, attached_by_label)
    values (${child.id}, ${digits(12)}, '{TX}', '2026-01-05', '{}', 'test')`.execute(db);
  return { coeId, serviceId: service.rows[0]!.id };
}

/** How many rows of each referencing table name the child. */
async function countsOf(db: Db, child: { id: string; student_number: string }) {
  const counts: Record<string, number> = {};
  for (const reference of CHILD_REFERENCES) {
    const value = reference.by === 'id' ? child.id : child.student_number;
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(reference.table)}
      where ${sql.ref(reference.column)} = ${value}`.execute(db);
    counts[reference.table] = rows[0]!.n;
  }
  return counts;
}

describe.each(TEST_DATABASES)('the reconciliation of children on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let other: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let specialist: HttpSession;
  let admin: HttpSession;

  beforeAll(async () => {
    t = await startTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
    other = await buildRegionWithStaff(t.handle.db);
    specialist = await signInAs(t.app, fixture.users.data_specialist.email);
    admin = await signInAs(t.app, fixture.users.state_admin.email);
  });
  afterAll(() => t.close());

  /** A merge's request, both children at the version of a child never changed. */
  const mergeBody = (kept: { id: string }, merged: { id: string }) => ({
    keptChildId: kept.id,
    keptVersion: 1,
    mergedChildId: merged.id,
    mergedVersion: 1,
  });
  const childRow = (id: string) =>
    t.handle.db.selectFrom('children').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  async function pair(options: { otherRegion?: boolean } = {}) {
    const lastSurname = surname();
    const kept = await buildChild(t.handle.db, {
      regionId: fixture.region.id,
      firstName: 'Lucía',
      lastSurname,
    });
    const merged = await buildChild(t.handle.db, {
      regionId: options.otherRegion ? other.region.id : fixture.region.id,
      firstName: 'LUCIA',
      lastSurname,
    });
    return { kept, merged, lastSurname };
  }

  async function queue(session: HttpSession, query = 'limit=500') {
    const response = await session.request('GET', `/api/children/reconciliation/matches?${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as { items: any[]; total: number; threshold: number };
  }
  const hasPair = (items: any[], a: string, b: string) =>
    items.some((p) => [p.first.id, p.second.id].sort().join() === [a, b].sort().join());

  it('lists every column that may name a child as moved or as not moved, and their unique rules', async () => {
    const columns = await childReferenceColumnsOfDatabase(t.handle.db);
    const known = new Set([
      ...CHILD_REFERENCES.map((r) => `${r.table}.${r.column}`),
      ...CHILD_COLUMNS_NOT_MOVED.map((c) => `${c.table}.${c.column}`),
    ]);
    const unknown = columns.map((c) => `${c.table}.${c.column}`).filter((c) => !known.has(c));
    expect(unknown, 'add each to CHILD_REFERENCES or CHILD_COLUMNS_NOT_MOVED').toEqual([]);
    for (const reference of CHILD_REFERENCES) {
      const unique = await uniqueColumnsWith(t.handle.db, reference.table, reference.column);
      const withoutKey = unique.filter((cols) => cols.length > 0);
      expect(
        withoutKey.map((cols) => [...cols].sort().join()).sort(),
        `the unique rules of ${reference.table}`,
      ).toEqual(reference.unique.map((cols) => [...cols].sort().join()).sort());
    }
  });

  it('proposes a likely pair of the region to its data specialist, with both children side by side', async () => {
    const { kept, merged } = await pair();
    const { items, threshold } = await queue(specialist);
    expect(threshold).toBe(70);
    const proposal = items.find((p) => [p.first.id, p.second.id].includes(kept.id));
    expect(proposal).toMatchObject({ certain: false, crossRegion: false, conflicts: [] });
    expect(proposal.reasons).toContain('same-birth-date');
    expect([proposal.first.id, proposal.second.id].sort()).toEqual([kept.id, merged.id].sort());
    expect(proposal.first).toHaveProperty('studentNumber');
    expect(proposal.first).toHaveProperty('enrollments');
  });

  it('leaves out a pair a person said is not the same, and audits the answer', async () => {
    const { kept, merged } = await pair();
    expect(hasPair((await queue(specialist)).items, kept.id, merged.id)).toBe(true);
    const response = await specialist.request('POST', '/api/children/reconciliation/dismissals', {
      firstChildId: merged.id,
      secondChildId: kept.id,
      reason: 'twins',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(hasPair((await queue(specialist)).items, kept.id, merged.id)).toBe(false);
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_type', '=', 'child_match_dismissal')
      .where('entity_id', '=', [kept.id, merged.id].sort().join(':'))
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('merges: every row of the merged child moves, it takes the identifiers, leaves lists; undo restores exactly', async () => {
    const { kept, merged, lastSurname } = await pair();
    const ssid = digits(10);
    const msixId = digits(12);
    await t.handle.db
      .updateTable('children')
      .set({ statewide_student_id: ssid, msix_id: msixId })
      .where('id', '=', merged.id)
      .execute();
    await recordsOf(t.handle.db, merged, fixture.district.id);
    const keptOwn = await recordsOf(
      t.handle.db,
      { ...kept, student_number: kept.student_number },
      fixture.district.id,
    );
    // The kept child's own assessment of the same year would clash: give it another year.
    await sql`update assessment_results set school_year = '2023-24' where student_id = ${kept.student_number}`.execute(
      t.handle.db,
    );
    expect(keptOwn.coeId).toBeTruthy();
    const mergedBefore = await countsOf(t.handle.db, merged);
    const keptBefore = await countsOf(t.handle.db, kept);
    expect(Object.values(mergedBefore).every((n) => n === 1)).toBe(true);

    const response = await specialist.request(
      'POST',
      '/api/children/reconciliation/merges',
      mergeBody(kept, merged),
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const operation = response.body;
    expect(operation).toMatchObject({ kind: 'merge', identifiers: { statewideStudentId: ssid, msixId } });
    expect(operation.moved.map((m: any) => m.table).sort()).toEqual(
      CHILD_REFERENCES.map((r) => r.table).sort(),
    );

    const mergedAfter = await countsOf(t.handle.db, merged);
    const keptAfter = await countsOf(t.handle.db, kept);
    for (const reference of CHILD_REFERENCES) {
      expect(mergedAfter[reference.table], reference.table).toBe(0);
      expect(keptAfter[reference.table], reference.table).toBe(keptBefore[reference.table]! + 1);
    }
    expect(await childRow(merged.id)).toMatchObject({
      merged_into_id: kept.id,
      statewide_student_id: null,
      msix_id: null,
    });
    expect(await childRow(kept.id)).toMatchObject({ statewide_student_id: ssid, msix_id: msixId });

    // The merged child leaves the lists and its page.
    const list = await specialist.request('GET', `/api/children?q=${lastSurname}`);
    expect(list.body.items.map((c: any) => c.id)).toEqual([kept.id]);
    expect((await specialist.request('GET', `/api/children/${merged.id}`)).status).toBe(404);
    expect(hasPair((await queue(specialist)).items, kept.id, merged.id)).toBe(false);

    // Audited: the operation with its rows, and both children.
    const events = await t.handle.db
      .selectFrom('audit_events')
      .select(['entity_type', 'entity_id', 'after'])
      .where('entity_id', 'in', [operation.id, kept.id, merged.id])
      .where('entity_type', 'in', ['child_identity_operation', 'child'])
      .execute();
    expect(events.filter((e) => e.entity_type === 'child_identity_operation')).toHaveLength(1);
    expect(events.filter((e) => e.entity_type === 'child')).toHaveLength(2);

    const history = await specialist.request(
      'GET',
      `/api/children/reconciliation/operations?childId=${kept.id}`,
    );
    expect(history.body.items.map((o: any) => o.id)).toEqual([operation.id]);

    const undo = await specialist.request(
      'POST',
      `/api/children/reconciliation/operations/${operation.id}/undo`,
    );
    expect(undo.status, JSON.stringify(undo.body)).toBe(200);
    expect(undo.body.undoneBy).toBe(fixture.users.data_specialist.email);
    expect(await countsOf(t.handle.db, merged)).toEqual(mergedBefore);
    expect(await countsOf(t.handle.db, kept)).toEqual(keptBefore);
    expect(await childRow(merged.id)).toMatchObject({
      merged_into_id: null,
      statewide_student_id: ssid,
      msix_id: msixId,
    });
    expect(await childRow(kept.id)).toMatchObject({ statewide_student_id: null, msix_id: null });
    expect((await specialist.request('GET', `/api/children/${merged.id}`)).status).toBe(200);
    // The undo is audited too: the operation undone, and both children again.
    const undoEvents = await t.handle.db
      .selectFrom('audit_events')
      .select(['entity_type', 'action'])
      .where('entity_id', 'in', [operation.id, kept.id, merged.id])
      .where('entity_type', 'in', ['child_identity_operation', 'child'])
      .execute();
    expect(
      undoEvents
        .filter((e) => e.entity_type === 'child_identity_operation')
        .map((e) => e.action)
        .sort(),
    ).toEqual(['create', 'update']);
    expect(undoEvents.filter((e) => e.entity_type === 'child')).toHaveLength(4);
    const again = await specialist.request(
      'POST',
      `/api/children/reconciliation/operations/${operation.id}/undo`,
    );
    expect(again.status).toBe(409);
  });

  it('refuses a merge of children with different SSIDs without a reason, and takes it with one', async () => {
    const { kept, merged } = await pair();
    await t.handle.db
      .updateTable('children')
      .set({ statewide_student_id: digits(10) })
      .where('id', '=', kept.id)
      .execute();
    await t.handle.db
      .updateTable('children')
      .set({ statewide_student_id: digits(10) })
      .where('id', '=', merged.id)
      .execute();
    const body = mergeBody(kept, merged);
    const refused = await specialist.request('POST', '/api/children/reconciliation/merges', body);
    expect(refused.status).toBe(400);
    expect(refused.body.error.problems[0].field).toBe('overrideReason');
    const proposal = (await queue(specialist)).items.find((p) => [p.first.id, p.second.id].includes(kept.id));
    expect(proposal.conflicts).toEqual(['statewideStudentId']);
    const taken = await specialist.request('POST', '/api/children/reconciliation/merges', {
      ...body,
      overrideReason: 'CALPADS assigned two SSIDs; the district retired one',
    });
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);
    expect(taken.body.identifiers).toEqual({});
  });

  it('refuses a merge when both children have the same record, naming it, and moves nothing', async () => {
    const { kept, merged } = await pair();
    await recordsOf(t.handle.db, merged, fixture.district.id);
    await sql`insert into assessment_results (student_id, subject, school_year, level)
      values (${kept.student_number}, 'ELA', '2024-25', 3)`.execute(t.handle.db);
    const before = await countsOf(t.handle.db, merged);
    const response = await specialist.request(
      'POST',
      '/api/children/reconciliation/merges',
      mergeBody(kept, merged),
    );
    expect(response.status).toBe(409);
    expect(response.body.error.problems[0]).toMatchObject({ field: 'rows' });
    expect(response.body.error.problems[0].message).toContain('assessment_results ELA/2024-25');
    expect(await countsOf(t.handle.db, merged)).toEqual(before);
    expect((await childRow(merged.id)).merged_into_id).toBeNull();
  });

  it('refuses a stale version (409) and writes nothing', async () => {
    const { kept, merged } = await pair();
    const response = await specialist.request('POST', '/api/children/reconciliation/merges', {
      keptChildId: kept.id,
      keptVersion: 5,
      mergedChildId: merged.id,
      mergedVersion: 1,
    });
    expect(response.status).toBe(409);
    expect(await childRow(merged.id)).toMatchObject({ merged_into_id: null, version: 1 });
  });

  it('lets only the state administrator merge across regions; a recruiter not at all; another region 404', async () => {
    const { kept, merged } = await pair({ otherRegion: true });
    const body = mergeBody(kept, merged);
    expect(hasPair((await queue(specialist)).items, kept.id, merged.id)).toBe(false);
    expect(hasPair((await queue(admin)).items, kept.id, merged.id)).toBe(true);
    expect((await specialist.request('POST', '/api/children/reconciliation/merges', body)).status).toBe(404);
    const recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    expect((await recruiter.request('POST', '/api/children/reconciliation/merges', body)).status).toBe(403);
    expect((await recruiter.request('GET', '/api/children/reconciliation/matches')).status).toBe(403);
    const response = await admin.request('POST', '/api/children/reconciliation/merges', body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.keptChild.id).toBe(kept.id);
  });

  it('says where a merged child went, to whom sees the child it stands in now, through a second merge too', async () => {
    const { kept, merged } = await pair();
    const retired = (session: HttpSession, id: string) =>
      session.request('GET', `/api/children/${id}/merged-into`);
    expect((await retired(specialist, merged.id)).status, 'a standing child').toBe(404);
    const merge = await specialist.request(
      'POST',
      '/api/children/reconciliation/merges',
      mergeBody(kept, merged),
    );
    expect(merge.status).toBe(201);
    expect((await specialist.request('GET', `/api/children/${merged.id}`)).status).toBe(404);
    const seen = await retired(specialist, merged.id);
    expect(seen.status, JSON.stringify(seen.body)).toBe(200);
    expect(seen.body).toMatchObject({
      child: { id: merged.id },
      keptChild: { id: kept.id, firstName: 'Lucía' },
      operationId: merge.body.id,
      retiredBy: 'merge',
      retiredAt: merge.body.doneAt,
      canReconcile: true,
    });
    const recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    expect((await retired(recruiter, merged.id)).body).toMatchObject({
      keptChild: { id: kept.id },
      canReconcile: false,
    });
    const elsewhere = await signInAs(t.app, other.users.data_specialist.email);
    expect((await retired(elsewhere, merged.id)).status, 'another region').toBe(404);

    // The kept child merged in turn into a child of the other region: the state administrator's.
    const third = await buildChild(t.handle.db, { regionId: other.region.id, lastSurname: surname() });
    const second = await admin.request('POST', '/api/children/reconciliation/merges', {
      keptChildId: third.id,
      keptVersion: 1,
      mergedChildId: kept.id,
      mergedVersion: (await childRow(kept.id)).version,
    });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    expect((await retired(specialist, merged.id)).status, 'its records stand in another region now').toBe(
      404,
    );
    expect((await retired(elsewhere, merged.id)).body).toMatchObject({ keptChild: { id: kept.id } });
    expect((await retired(admin, merged.id)).body).toMatchObject({
      keptChild: { id: kept.id },
      canReconcile: true,
    });

    expect(
      (await admin.request('POST', `/api/children/reconciliation/operations/${second.body.id}/undo`)).status,
    ).toBe(200);
    expect(
      (await admin.request('POST', `/api/children/reconciliation/operations/${merge.body.id}/undo`)).status,
    ).toBe(200);
    expect((await retired(specialist, merged.id)).status, 'undone: standing again').toBe(404);
    expect((await specialist.request('GET', `/api/children/${merged.id}`)).status).toBe(200);
  });

  it('splits chosen records to a new child, and undo moves them back and retires the new child', async () => {
    const lastSurname = surname();
    const child = await buildChild(t.handle.db, { regionId: fixture.region.id, lastSurname });
    const district2 = await buildDistrict(t.handle.db, fixture.region.id);
    await recordsOf(t.handle.db, child, fixture.district.id);
    await t.handle.db
      .insertInto('enrollments')
      .values({ child_id: child.id, district_id: district2.id, enrollment_date: '2026-01-10' })
      .execute();
    const rows = await specialist.request('GET', `/api/children/${child.id}/records`);
    expect(rows.status, JSON.stringify(rows.body)).toBe(200);
    const enrollments = rows.body.items.filter((r: any) => r.table === 'enrollments');
    expect(enrollments).toHaveLength(2);
    const chosen = [
      enrollments.find((r: any) => r.shown.enrollment_date === '2026-01-10'),
      rows.body.items.find((r: any) => r.table === 'assessment_results'),
    ].map((r: any) => ({ table: r.table, key: r.key }));
    const split = await specialist.request('POST', '/api/children/reconciliation/splits', {
      childId: child.id,
      version: rows.body.version,
      rows: chosen,
      newChild: { firstName: 'Rosa' },
    });
    expect(split.status, JSON.stringify(split.body)).toBe(201);
    expect(split.body).toMatchObject({ kind: 'split', createdChild: true });
    const newChild = await childRow(split.body.otherChild.id);
    expect(newChild).toMatchObject({
      first_name: 'Rosa',
      last_surname: lastSurname,
      statewide_student_id: null,
    });
    expect(await countsOf(t.handle.db, newChild)).toMatchObject({
      enrollments: 1,
      assessment_results: 1,
      coe_children: 0,
    });
    expect(await countsOf(t.handle.db, child)).toMatchObject({
      enrollments: 1,
      assessment_results: 0,
      coe_children: 1,
    });
    const splitEvents = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'after'])
      .where('entity_type', '=', 'child_identity_operation')
      .where('entity_id', '=', split.body.id)
      .execute();
    expect(splitEvents).toHaveLength(1);
    expect(splitEvents[0]).toMatchObject({
      action: 'create',
      after: { kind: 'split', childId: child.id, targetChildId: newChild.id, createdChild: true },
    });

    const undo = await specialist.request(
      'POST',
      `/api/children/reconciliation/operations/${split.body.id}/undo`,
    );
    expect(undo.status, JSON.stringify(undo.body)).toBe(200);
    expect(await countsOf(t.handle.db, child)).toMatchObject({ enrollments: 2, assessment_results: 1 });
    expect((await childRow(newChild.id)).merged_into_id).toBe(child.id);
    // The child the split made says its records went back, and when: no merge to undo.
    const retired = await specialist.request('GET', `/api/children/${newChild.id}/merged-into`);
    expect(retired.status, JSON.stringify(retired.body)).toBe(200);
    expect(retired.body).toMatchObject({
      keptChild: { id: child.id },
      retiredBy: 'undone-split',
      retiredAt: undo.body.undoneAt,
      operationId: null,
      canReconcile: false,
    });
  });

  it('lets only the state administrator change the threshold, at the version read, audited', async () => {
    const read = await admin.request('GET', '/api/children/reconciliation/settings');
    expect(read.status).toBe(200);
    expect(read.body.canChange).toBe(true);
    const readBySpecialist = await specialist.request('GET', '/api/children/reconciliation/settings');
    expect(readBySpecialist.body).toMatchObject({ threshold: read.body.threshold, canChange: false });
    const { threshold, version } = read.body as { threshold: number; version: number };
    const body = { threshold, version };
    expect((await specialist.request('PUT', '/api/children/reconciliation/settings', body)).status).toBe(403);
    const invalid = await admin.request('PUT', '/api/children/reconciliation/settings', {
      threshold: 0,
      version,
    });
    expect(invalid.status).toBe(400);
    const saved = await admin.request('PUT', '/api/children/reconciliation/settings', body);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toEqual({ threshold, version: version + 1, canChange: true });
    const stale = await admin.request('PUT', '/api/children/reconciliation/settings', body);
    expect(stale.status).toBe(409);
    const events = await t.handle.db
      .selectFrom('audit_events')
      .select(['after'])
      .where('entity_type', '=', 'child_match_settings')
      .execute();
    expect(events.map((e) => e.after)).toContainEqual({ threshold });
  });
  it('refuses a split naming a record that is not the child’s', async () => {
    const child = await buildChild(t.handle.db, { regionId: fixture.region.id, lastSurname: surname() });
    const response = await specialist.request('POST', '/api/children/reconciliation/splits', {
      childId: child.id,
      version: 1,
      rows: [{ table: 'enrollments', key: { id: randomUUID() } }],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.problems[0].field).toBe('rows');
  });

  it('undoes the latest operation on a child first', async () => {
    const { kept, merged } = await pair();
    const third = await buildChild(t.handle.db, { regionId: fixture.region.id, lastSurname: surname() });
    const first = await specialist.request(
      'POST',
      '/api/children/reconciliation/merges',
      mergeBody(kept, merged),
    );
    expect(first.status).toBe(201);
    const keptNow = await childRow(kept.id);
    const second = await specialist.request('POST', '/api/children/reconciliation/merges', {
      keptChildId: kept.id,
      keptVersion: keptNow.version,
      mergedChildId: third.id,
      mergedVersion: 1,
    });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    const early = await specialist.request(
      'POST',
      `/api/children/reconciliation/operations/${first.body.id}/undo`,
    );
    expect(early.status).toBe(409);
    expect(early.body.error.problems[0].field).toBe('operation');
    expect(
      (await specialist.request('POST', `/api/children/reconciliation/operations/${second.body.id}/undo`))
        .status,
    ).toBe(200);
    expect(
      (await specialist.request('POST', `/api/children/reconciliation/operations/${first.body.id}/undo`))
        .status,
    ).toBe(200);
  });

  it('of two merges of the same child at once, one wins and the other gets 409', async () => {
    const { kept, merged } = await pair();
    const rival = await buildChild(t.handle.db, { regionId: fixture.region.id, lastSurname: surname() });
    const [a, b] = await Promise.all([
      specialist.request('POST', '/api/children/reconciliation/merges', mergeBody(kept, merged)),
      admin.request('POST', '/api/children/reconciliation/merges', mergeBody(rival, merged)),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const operations = await t.handle.db
      .selectFrom('child_identity_operations')
      .select('id')
      .where('other_child_id', '=', merged.id)
      .execute();
    expect(operations).toHaveLength(1);
  });

  it('keeps the MSIX ID on the child’s record: edited like the SSID, checked, and unique', async () => {
    const child = await buildChild(t.handle.db, { regionId: fixture.region.id, lastSurname: surname() });
    const msixId = digits(12);
    const saved = await specialist.request('PATCH', `/api/children/${child.id}`, { version: 1, msixId });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.msixId).toBe(msixId);
    const bad = await specialist.request('PATCH', `/api/children/${child.id}`, {
      version: 2,
      msixId: '12345',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems[0].field).toBe('msixId');
    const another = await buildChild(t.handle.db, { regionId: fixture.region.id, lastSurname: surname() });
    const taken = await specialist.request('PATCH', `/api/children/${another.id}`, { version: 1, msixId });
    expect(taken.status).toBe(409);
    expect(taken.body.error.problems[0].field).toBe('msixId');
  });
});
