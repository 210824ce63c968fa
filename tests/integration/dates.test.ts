import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInState } from '../../src/usecases/clock';
import { buildRegionWithStaff } from '../factories';
import { signInAs } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

/** Run by scripts/test.mjs under TZ=America/Los_Angeles and TZ=Asia/Tokyo as well as UTC. */
describe.each(TEST_DATABASES)(`calendar dates under TZ=${process.env.TZ ?? 'unset'} on $name`, (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(database);
  });
  afterAll(() => t.close());

  it.each(['2016-02-29', '2000-01-01', '1999-12-31', '2019-08-01', '2019-03-10', '2019-11-03'])(
    'keeps %s through the API and the database',
    async (birthDate) => {
      const fixture = await buildRegionWithStaff(t.handle.db);
      const session = await signInAs(t.app, fixture.users.recruiter.email);
      const created = await session.request('POST', '/api/children', {
        regionId: fixture.region.id,
        firstName: 'Día',
        lastSurname: 'Fecha',
        birthDate,
        birthCountry: 'US',
        sex: 'female',
      });
      expect(created.body.birthDate).toBe(birthDate);
      const row = await t.handle.db
        .selectFrom('children')
        .select('birth_date')
        .where('id', '=', created.body.id)
        .executeTakeFirstOrThrow();
      expect(row.birth_date).toBe(birthDate);
    },
  );

  it("takes today's date in California, whatever the server's zone", () => {
    expect(todayInState(new Date('2026-11-23T02:30:00Z'))).toBe('2026-11-22');
    expect(todayInState(new Date('2026-11-22T08:30:00Z'))).toBe('2026-11-22');
    expect(todayInState(new Date('2026-07-01T06:59:00Z'))).toBe('2026-06-30');
  });
});
