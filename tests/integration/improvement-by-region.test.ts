import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/data/db';
import { buildRegion, buildRegionWithStaff, buildUser } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { signInAs, signInEveryRole, type HttpSession } from '../support/http-session';
import { startFreshTestApp, type TestApp } from '../support/test-app';
import type { Role } from '../../src/core/people/roles';

/** An approved COE of `regionId` signed on `signedOn`, one child with its QAD (IP2.2). */
async function buildCoe(db: Db, regionId: string, signedOn: string, qad: string) {
  const { id } = await db
    .insertInto('coes')
    .values({
      region_id: regionId,
      status: 'approved',
      interview: JSON.stringify({}),
      determination: JSON.stringify({}),
      interview_date: signedOn,
      signed_on: signedOn,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('coe_children')
    .values({
      coe_id: id,
      interview_child_id: 'c0',
      eligible: true,
      qad,
      basis: 'qualifying-work',
      prior_coe: false,
    })
    .execute();
}

const URL = '/api/improvement/measures/children-qualified/by-region?from=2024-01-01&to=2024-03-31';

type Chart = {
  region: { id: string; number: number } | null;
  points: Array<{ label: string; value: number | null }>;
  signalCount: number;
};

describe.each(freshDatabases('improvement_by_region'))('a measure region by region on $name', (database) => {
  let t: TestApp;
  let sessions: Record<Role, HttpSession>;
  let home: { id: string };
  let other: { id: string };
  let quiet: { id: string };
  let quietRecruiter: HttpSession;
  let consultantElsewhere: HttpSession;

  beforeAll(async () => {
    t = await startFreshTestApp(database);
    const db = t.handle.db;
    const fixture = await buildRegionWithStaff(db);
    home = fixture.region;
    other = await buildRegion(db, { name: 'Other region' });
    quiet = await buildRegion(db, { name: 'Quiet region' });
    sessions = await signInEveryRole(t.app, fixture.users);
    quietRecruiter = await signInAs(
      t.app,
      (await buildUser(db, { role: 'recruiter', regionId: quiet.id })).email,
    );
    consultantElsewhere = await signInAs(
      t.app,
      (await buildUser(db, { role: 'state_consultant', assignedRegionIds: [other.id] })).email,
    );
    // Home: two children in January, one in March; the other region: one in February; quiet: none.
    await buildCoe(db, home.id, '2024-01-10', '2023-12-01');
    await buildCoe(db, home.id, '2024-01-20', '2023-12-15');
    await buildCoe(db, home.id, '2024-03-05', '2024-02-01');
    await buildCoe(db, other.id, '2024-02-12', '2024-01-05');
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  const values = (chart: Chart) => chart.points.map((p) => p.value);

  it('a state user sees each region that has data, each counting its own records (IP4.7)', async () => {
    for (const session of [sessions.state_admin, consultantElsewhere]) {
      const reply = await session.request('GET', URL);
      expect(reply.status).toBe(200);
      expect(reply.body.view).toBe('every-region');
      const charts = reply.body.items as Chart[];
      expect(charts.map((c) => c.region!.id).sort()).toEqual([home.id, other.id].sort());
      const numbers = charts.map((c) => c.region!.number);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      expect(charts.some((c) => c.region?.id === quiet.id)).toBe(false);
      expect(values(charts.find((c) => c.region?.id === home.id)!)).toEqual([2, 0, 1]);
      expect(values(charts.find((c) => c.region?.id === other.id)!)).toEqual([0, 1, 0]);
      for (const chart of charts) expect(chart.signalCount).toBe(0);
    }
  });

  it("a region's staff see their region beside the state, never another region alone (IP4.7)", async () => {
    for (const role of ['region_director', 'ir_manager', 'data_specialist', 'recruiter'] as const) {
      const reply = await sessions[role].request('GET', URL);
      expect(reply.status, role).toBe(200);
      expect(reply.body.view).toBe('region-and-state');
      const [own, state] = reply.body.items as Chart[];
      expect(own!.region!.id).toBe(home.id);
      expect(values(own!)).toEqual([2, 0, 1]);
      expect(state!.region).toBeNull();
      expect(values(state!)).toEqual([2, 1, 1]);
    }
    // A region without data still sees its own (empty) chart beside the state.
    const quietReply = await quietRecruiter.request('GET', URL);
    expect((quietReply.body.items as Chart[]).map((c) => c.region?.id ?? 'state')).toEqual([
      quiet.id,
      'state',
    ]);
    expect(values(quietReply.body.items[0])).toEqual([0, 0, 0]);
  });

  it('district staff read no report (403); a bad range names its field (400)', async () => {
    expect((await sessions.district_staff.request('GET', URL)).status).toBe(403);
    const backwards = await sessions.state_admin.request(
      'GET',
      '/api/improvement/measures/children-qualified/by-region?from=2024-03-01&to=2024-01-01',
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.problems[0].field).toBe('to');
  });
});
