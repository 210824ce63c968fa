import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/people/roles';
import { buildRegionWithStaff } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { signInEveryRole, type HttpSession } from '../support/http-session';
import { startFreshTestApp, type TestApp } from '../support/test-app';

/** How long a device keeps children's records (docs/rules/interview-drafts.md ID5.1), through the API. */
describe.each(freshDatabases('device_keeping'))('the device keeping period on $name (ID5.1)', (database) => {
  let t: TestApp;
  let sessions: Record<Role, HttpSession>;

  beforeAll(async () => {
    t = await startFreshTestApp(database);
    sessions = await signInEveryRole(t.app, (await buildRegionWithStaff(t.handle.db)).users);
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  it("is California's 14 days for whoever takes interviews until the state changes it", async () => {
    const read = await sessions.recruiter.request('GET', '/api/eligibility/device-keeping');
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ days: 14, version: 0 });
  });

  it('the state administrator changes it, audited; others may not', async () => {
    const changed = await sessions.state_admin.request('PUT', '/api/eligibility/device-keeping', {
      days: 7,
      version: 0,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ days: 7, version: 1 });
    expect((await sessions.recruiter.request('GET', '/api/eligibility/device-keeping')).body).toEqual({
      days: 7,
      version: 1,
    });
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'entity_type', 'entity_id', 'before', 'after'])
      .where('entity_id', '=', 'device_keeping')
      .execute();
    expect(audit).toEqual([
      {
        action: 'update',
        entity_type: 'eligibility_settings',
        entity_id: 'device_keeping',
        before: { days: 14 },
        after: { days: 7 },
      },
    ]);
    expect(
      (
        await sessions.region_director.request('PUT', '/api/eligibility/device-keeping', {
          days: 30,
          version: 1,
        })
      ).status,
    ).toBe(403);
  });

  it('refuses a period outside 1 to 90 days, naming it, and keeps the one before', async () => {
    for (const days of [0, 91, 1.5]) {
      const refused = await sessions.state_admin.request('PUT', '/api/eligibility/device-keeping', {
        days,
        version: 1,
      });
      expect(refused.status, String(days)).toBe(400);
      expect(refused.body.error.problems[0].field).toBe('days');
    }
    expect((await sessions.recruiter.request('GET', '/api/eligibility/device-keeping')).body).toEqual({
      days: 7,
      version: 1,
    });
  });

  it('refuses a change made at a version someone else changed since (409), changing nothing', async () => {
    const stale = await sessions.state_admin.request('PUT', '/api/eligibility/device-keeping', {
      days: 30,
      version: 0,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toBe(
      'version: someone else changed these settings since you read them; reload them',
    );
    expect(stale.body.error.problems).toEqual([{ field: 'version', message: 'is stale' }]);
    expect((await sessions.recruiter.request('GET', '/api/eligibility/device-keeping')).body).toEqual({
      days: 7,
      version: 1,
    });
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select('id')
      .where('entity_id', '=', 'device_keeping')
      .execute();
    expect(audit).toHaveLength(1);
    const missing = await sessions.state_admin.request('PUT', '/api/eligibility/device-keeping', {
      days: 30,
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.problems[0].field).toBe('version');
  });
});
