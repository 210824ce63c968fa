import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChild, buildRegionWithStaff } from '../factories';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

describe.each(TEST_DATABASES)('the duplicate check (likely matches) on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let otherRegion: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let recruiter: HttpSession;
  let known: { id: string };

  beforeAll(async () => {
    t = await startTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
    otherRegion = await buildRegionWithStaff(t.handle.db);
    recruiter = await signInAs(t.app, fixture.users.recruiter.email);
    known = await buildChild(t.handle.db, {
      regionId: fixture.region.id,
      firstName: 'Lucía',
      lastSurname: 'Jellybean',
      secondSurname: 'Pérez-Ávila',
      birthDate: '2011-02-10',
    });
    await buildChild(t.handle.db, {
      regionId: fixture.region.id,
      firstName: 'Marta',
      lastSurname: 'Jellybean',
      secondSurname: 'Pérez-Ávila',
      birthDate: '2011-02-10',
    });
  });
  afterAll(() => t.close());

  async function matchesOf(query: Record<string, string>, session = recruiter) {
    const response = await session.request(
      'GET',
      `/api/children/likely-matches?${new URLSearchParams(query).toString()}`,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.items as {
      id: string;
      firstName: string;
      secondSurname: string;
      score: number;
      reasons: string[];
    }[];
  }

  it('finds the known child written another way, says why, and keeps the name as stored', async () => {
    const items = await matchesOf({
      firstName: 'LUCIA',
      lastSurname: 'perez avila',
      secondSurname: 'Jellybean',
      birthDate: '2011-10-02',
    });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: known.id, firstName: 'Lucía', secondSurname: 'Pérez-Ávila' });
    expect(items[0]!.reasons).toEqual([
      'birth-day-month-swapped',
      'same-first-name',
      'surnames-swapped',
      'accents-differ',
      'case-differs',
      'hyphens-differ',
    ]);
    expect(items[0]!.score).toBeLessThan(100);
  });

  it('finds nothing for another child, and nothing outside the caller’s scope', async () => {
    expect(await matchesOf({ firstName: 'Lucía', lastSurname: 'García', birthDate: '2011-02-10' })).toEqual(
      [],
    );
    const outsider = await signInAs(t.app, otherRegion.users.recruiter.email);
    expect(
      await matchesOf(
        {
          firstName: 'Lucía',
          lastSurname: 'Jellybean',
          secondSurname: 'Pérez-Ávila',
          birthDate: '2011-02-10',
        },
        outsider,
      ),
    ).toEqual([]);
  });

  it('names the field at fault', async () => {
    const response = await recruiter.request(
      'GET',
      '/api/children/likely-matches?firstName=Ana&lastSurname=Ruiz&birthDate=2011-02-30',
    );
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('birthDate');
    const unsigned = await t.app.inject({
      method: 'GET',
      url: '/api/children/likely-matches?firstName=Ana&lastSurname=Ruiz&birthDate=2011-02-10',
    });
    expect(unsigned.statusCode).toBe(401);
  });
});
