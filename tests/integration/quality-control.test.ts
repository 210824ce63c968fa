import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessScopeOf } from '../../src/core/people/access-scope';
import {
  findReinterviewInScope,
  recordReinterviewResultIfUnchanged,
} from '../../src/data/repositories/reinterviews.repository';
import { todayInState } from '../../src/usecases/clock';
import { CLI_ACTOR } from '../../src/usecases/context';
import { buildRegionWithStaff, buildUser } from '../factories';
import { eligibilityCases } from '../support/eligibility-cases';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

interface SampleItem {
  id: string;
  regionId: string;
  reinterviewerId: string | null;
  result: string | null;
  abilities: { canAssign: boolean; canRecordResult: boolean };
}

describe.each(TEST_DATABASES)('quality-control re-interviews on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let recruiter: HttpSession;
  let admin: HttpSession;
  let reviewer: HttpSession;
  const today = todayInState();

  beforeAll(async () => {
    t = await startTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
    recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    admin = await signInAs(t.app, fixture.users.state_admin.email);
    reviewer = await signInAs(t.app, fixture.users.reviewer.email);
  });
  afterAll(() => t.close());

  /** Approved COEs of `regionId` today, and a sample drawn from them (`perRegion` each). */
  async function drawnSample(regionId: string, approved: number, perRegion: number) {
    const [first] = eligibilityCases();
    for (let i = 0; i < approved; i++) {
      await t.handle.db
        .insertInto('coes')
        .values({
          region_id: regionId,
          status: 'approved',
          interview: JSON.stringify(first!.input),
          determination: JSON.stringify(first!.expected),
          interview_date: '2020-06-01',
          reviewed_at: new Date(`${today}T12:00:00Z`),
        })
        .execute();
    }
    const drawn = await admin.request('POST', '/api/quality-control/samples', {
      perRegion,
      approvedFrom: today,
      approvedTo: today,
      seed: 7,
    });
    expect(drawn.status, JSON.stringify(drawn.body)).toBe(201);
    const mine = (drawn.body.items as SampleItem[]).filter((i) => i.regionId === regionId);
    return { id: drawn.body.id as string, items: mine };
  }

  const auditOf = (entityIds: string[]) =>
    t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id', 'region_id', 'actor_user_id', 'before', 'after'])
      .where('entity_type', '=', 'reinterview')
      .where('entity_id', 'in', entityIds)
      .orderBy('id')
      .execute();

  it('draws a re-interview sample of approved COEs, assigns a reviewer, and reports the discrepancy rate with its interval', async () => {
    const sample = await drawnSample(fixture.region.id, 3, 2);
    expect(sample.items).toHaveLength(2);

    const assigned = await admin.request('POST', `/api/quality-control/samples/${sample.id}/assignments`, {
      reinterviewIds: sample.items.map((i) => i.id),
      reinterviewerId: fixture.users.reviewer.id,
    });
    expect(assigned.body).toEqual({ assigned: 2 });
    const [first, second] = sample.items;
    const noNotes = await reviewer.request('PUT', `/api/quality-control/reinterviews/${first!.id}`, {
      result: 'discrepancy',
    });
    expect(noNotes.status).toBe(400);
    expect(noNotes.body.error.problems[0].field).toBe('notes');
    expect(
      (
        await reviewer.request('PUT', `/api/quality-control/reinterviews/${first!.id}`, {
          result: 'discrepancy',
          notes: 'Work was permanent',
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await reviewer.request('PUT', `/api/quality-control/reinterviews/${second!.id}`, {
          result: 'confirmed',
        })
      ).status,
    ).toBe(204);

    const read = await admin.request('GET', `/api/quality-control/samples/${sample.id}`);
    const region = read.body.regions.find(
      (r: { regionNumber: number }) => r.regionNumber === fixture.region.number,
    );
    expect(region).toMatchObject({ sampled: 2, completed: 2, discrepancies: 1, rate: 0.5 });
    expect(region.low).toBeLessThan(0.5);
    expect(region.high).toBeGreaterThan(0.5);
    expect((await recruiter.request('GET', `/api/quality-control/samples/${sample.id}`)).status).toBe(403);
  });

  it('audits every re-interview a draw creates, with the sample’s seed and period', async () => {
    const sample = await drawnSample(fixture.region.id, 2, 2);
    const audit = await auditOf(sample.items.map((i) => i.id));
    expect(audit).toHaveLength(2);
    for (const event of audit) {
      expect(event).toMatchObject({
        action: 'create',
        region_id: fixture.region.id,
        actor_user_id: fixture.users.state_admin.id,
        after: expect.objectContaining({
          sample_id: sample.id,
          sample: expect.objectContaining({ seed: 7, approved_from: today, approved_to: today }),
        }),
      });
    }
  });

  it('audits each assignment with the re-interviewer before and after, and assigns only open re-interviews of that sample', async () => {
    const sample = await drawnSample(fixture.region.id, 2, 2);
    const other = await drawnSample(fixture.region.id, 1, 1);
    const [open, done] = sample.items;
    await t.handle.db
      .updateTable('reinterviews')
      .set({ result: 'confirmed' })
      .where('id', '=', done!.id)
      .execute();
    const assigned = await admin.request('POST', `/api/quality-control/samples/${sample.id}/assignments`, {
      reinterviewIds: [open!.id, done!.id, other.items[0]!.id],
      reinterviewerId: fixture.users.reviewer.id,
    });
    expect(assigned.body).toEqual({ assigned: 1 });
    const rows = await t.handle.db
      .selectFrom('reinterviews')
      .select(['id', 'reinterviewer_id'])
      .where('id', 'in', [open!.id, done!.id, other.items[0]!.id])
      .execute();
    expect(Object.fromEntries(rows.map((r) => [r.id, r.reinterviewer_id]))).toEqual({
      [open!.id]: fixture.users.reviewer.id,
      [done!.id]: null,
      [other.items[0]!.id]: null,
    });
    const audit = (await auditOf([open!.id, done!.id])).filter((e) => e.action === 'update');
    expect(audit).toEqual([
      expect.objectContaining({
        entity_id: open!.id,
        region_id: fixture.region.id,
        before: { reinterviewer_id: null },
        after: { reinterviewer_id: fixture.users.reviewer.id },
      }),
    ]);
    const notAReviewer = await admin.request(
      'POST',
      `/api/quality-control/samples/${sample.id}/assignments`,
      {
        reinterviewIds: [open!.id],
        reinterviewerId: fixture.users.recruiter.id,
      },
    );
    expect(notAReviewer.status).toBe(400);
    expect(notAReviewer.body.error.problems[0].field).toBe('reinterviewerId');
  });

  it('audits a result with before and after', async () => {
    const sample = await drawnSample(fixture.region.id, 1, 1);
    const [item] = sample.items;
    await admin.request('POST', `/api/quality-control/samples/${sample.id}/assignments`, {
      reinterviewIds: [item!.id],
      reinterviewerId: fixture.users.reviewer.id,
    });
    const saved = await reviewer.request('PUT', `/api/quality-control/reinterviews/${item!.id}`, {
      result: 'discrepancy',
      notes: '  Moved for other reasons  ',
    });
    expect(saved.status).toBe(204);
    const audit = (await auditOf([item!.id])).filter((e) => e.actor_user_id === fixture.users.reviewer.id);
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'update',
        before: { result: null, notes: null },
        after: { result: 'discrepancy', notes: 'Moved for other reasons' },
      }),
    ]);
  });

  it('shows a regional reviewer their region’s and their own re-interviews, and lets them record only their own; the row stays as it was', async () => {
    const sample = await drawnSample(fixture.region.id, 1, 1);
    const elsewhere = await buildRegionWithStaff(t.handle.db);
    const [item] = sample.items;
    const outsider = await signInAs(t.app, elsewhere.users.reviewer.email);
    const colleague = await signInAs(
      t.app,
      (await buildUser(t.handle.db, { role: 'reviewer', regionId: fixture.region.id })).email,
    );

    const unassigned = await reviewer.request('GET', `/api/quality-control/samples/${sample.id}`);
    expect(unassigned.body.items.map((i: SampleItem) => i.id)).toContain(item!.id);
    expect(unassigned.body.items.find((i: SampleItem) => i.id === item!.id).abilities).toEqual({
      canAssign: false,
      canRecordResult: false,
    });
    const outsiderView = await outsider.request('GET', `/api/quality-control/samples/${sample.id}`);
    expect(outsiderView.body.items.map((i: SampleItem) => i.id)).not.toContain(item!.id);

    await admin.request('POST', `/api/quality-control/samples/${sample.id}/assignments`, {
      reinterviewIds: [item!.id],
      reinterviewerId: elsewhere.users.reviewer.id,
    });
    const assignedView = await outsider.request('GET', `/api/quality-control/samples/${sample.id}`);
    expect(assignedView.body.items.find((i: SampleItem) => i.id === item!.id).abilities).toEqual({
      canAssign: false,
      canRecordResult: true,
    });

    const byColleague = await colleague.request('PUT', `/api/quality-control/reinterviews/${item!.id}`, {
      result: 'confirmed',
    });
    expect(byColleague.status).toBe(403);
    const guessed = await recruiter.request('PUT', `/api/quality-control/reinterviews/${item!.id}`, {
      result: 'confirmed',
    });
    expect(guessed.status).toBe(403);
    const missing = await colleague.request('PUT', `/api/quality-control/reinterviews/${randomUUID()}`, {
      result: 'confirmed',
    });
    expect(missing.status).toBe(404);
    const row = await t.handle.db
      .selectFrom('reinterviews')
      .select(['result', 'notes', 'completed_at'])
      .where('id', '=', item!.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ result: null, notes: null, completed_at: null });
  });

  it('records a result only if the re-interview is as it was read (the database decides: a reassignment meanwhile wins)', async () => {
    const sample = await drawnSample(fixture.region.id, 1, 1);
    const [item] = sample.items;
    const scope = accessScopeOf(CLI_ACTOR);
    const read = await findReinterviewInScope(t.handle.db, scope, null, item!.id);
    await t.handle.db
      .updateTable('reinterviews')
      .set({ reinterviewer_id: fixture.users.reviewer.id })
      .where('id', '=', item!.id)
      .execute();
    expect(
      await recordReinterviewResultIfUnchanged(t.handle.db, read!, { result: 'confirmed', notes: null }),
    ).toBeUndefined();
    const fresh = await findReinterviewInScope(t.handle.db, scope, null, item!.id);
    expect(
      await recordReinterviewResultIfUnchanged(t.handle.db, fresh!, { result: 'confirmed', notes: null }),
    ).toMatchObject({
      result: 'confirmed',
    });
  });
});
