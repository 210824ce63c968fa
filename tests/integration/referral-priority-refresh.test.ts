import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/common/calendar-date';
import type { Actor } from '../../src/core/people/access-scope';
import type { DatabaseHandle } from '../../src/data/db';
import { todayInState } from '../../src/usecases/clock';
import { enterReferral } from '../../src/usecases/referrals/enter-referral';
import { refreshStalePriorities } from '../../src/usecases/referrals/refresh-priorities';
import { savePrioritizationRules } from '../../src/usecases/referrals/save-prioritization-rules';
import { buildRegionWithStaff } from '../factories';
import { TEST_DATABASES } from '../support/test-databases';

/**
 * The day's refresh of priorities is a write on a read: on PostgreSQL several readers open the
 * queue at once at the start of the day, and a manager may save the rules meanwhile.
 */
describe.each(TEST_DATABASES)(
  'priorities computed again on the first read of the day on $name',
  (database) => {
    let handle: DatabaseHandle;
    let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
    let manager: Actor;
    const today = todayInState();

    beforeAll(async () => {
      handle = await database.open();
      fixture = await buildRegionWithStaff(handle.db);
      manager = {
        userId: fixture.users.ir_manager.id,
        role: 'ir_manager',
        regionId: fixture.region.id,
        districtId: null,
        assignedRegionIds: [],
        label: fixture.users.ir_manager.email,
      };
      const ctx = { db: handle.db, actor: manager };
      for (let i = 0; i < 12; i += 1)
        await enterReferral(
          ctx,
          {
            districtId: fixture.district.id,
            source: 'community',
            firstName: `Niño${i}`,
            lastSurname: 'Refresco',
            birthDate: addDays('2014-01-01', i),
            hispanic: i % 2 === 0,
          },
          today,
        );
    });
    afterAll(() => handle.close());

    /** Open several connections of the pool first, so the readers below do run at the same time. */
    const warmPool = async () => {
      if (database.name === 'postgres')
        await Promise.all([1, 2, 3, 4, 5].map(() => sql`select pg_sleep(0.05)`.execute(handle.db)));
    };

    const makeStale = () =>
      handle.db
        .updateTable('referrals')
        .set({ priority_computed_on: addDays(today, -1) })
        .where('region_id', '=', fixture.region.id)
        .execute();
    const ranksOfRegion = () =>
      handle.db
        .selectFrom('referrals')
        .select(['rules_priority', 'priority_computed_on'])
        .where('region_id', '=', fixture.region.id)
        .execute();

    it('ranks each stale referral once when several readers come at once, and later reads rank none', async () => {
      await makeStale();
      await warmPool();
      const ctx = () => ({ db: handle.db, actor: manager });
      const counts = await Promise.all([1, 2, 3, 4].map(() => refreshStalePriorities(ctx(), today)));
      expect(counts.reduce((sum, n) => sum + n, 0)).toBe(12);
      expect(await refreshStalePriorities(ctx(), today)).toBe(0);
      for (const row of await ranksOfRegion()) expect(String(row.priority_computed_on)).toContain(today);
    });

    it('keeps the ranks of rules saved while a reader refreshes', async () => {
      await makeStale();
      await warmPool();
      const ctx = () => ({ db: handle.db, actor: manager });
      const everyoneSeven = { regionId: fixture.region.id, lowestPriority: 7, rules: [] };
      await Promise.all([
        refreshStalePriorities(ctx(), today),
        savePrioritizationRules(ctx(), everyoneSeven, today),
        refreshStalePriorities(ctx(), today),
      ]);
      expect((await ranksOfRegion()).map((row) => row.rules_priority)).toEqual(Array(12).fill(7));
    });
  },
);
