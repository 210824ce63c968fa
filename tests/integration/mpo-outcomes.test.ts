import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { signInAs, type HttpSession } from '../support/http-session';
import { countsOf, expectedReport, importServicesSample } from '../support/services-sample';
import { startFreshTestApp, type TestApp } from '../support/test-app';

// The services folder creates regions by their fixed numbers: each run gets a database of its own.
describe.each(freshDatabases('mpo_outcomes'))('MPO outcomes over HTTP on $name', (database) => {
  let t: TestApp;
  let regionIds: Map<number, string>;
  let admin: HttpSession;
  let specialist5: HttpSession;
  let consultantOf5: HttpSession;
  let consultantOf3And5: HttpSession;
  let districtStaff: HttpSession;

  beforeAll(async () => {
    t = await startFreshTestApp(database);
    regionIds = await importServicesSample(t.handle.db);
    const five = regionIds.get(5)!;
    const three = regionIds.get(3)!;
    const session = async (options: Parameters<typeof buildUser>[1]) =>
      signInAs(t.app, (await buildUser(t.handle.db, options)).email);
    admin = await session({ role: 'state_admin' });
    specialist5 = await session({ role: 'data_specialist', regionId: five });
    consultantOf5 = await session({ role: 'state_consultant', assignedRegionIds: [five] });
    consultantOf3And5 = await session({ role: 'state_consultant', assignedRegionIds: [three, five] });
    districtStaff = await session({ role: 'district_staff' });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  it("gives the state's figures of the contract example, each MPO with its statement, rule and drop-off", async () => {
    const reply = await admin.request('GET', '/api/mpo-outcomes?period=2024-25');
    expect(reply.status).toBe(200);
    expect(reply.body.region).toBeNull();
    expect(reply.body.term).toBeNull();
    expect(countsOf(reply.body.mpos)).toEqual(expectedReport('expected.state.2024-25.json').mpos);
    const ela = reply.body.mpos.find((mpo: { mpo: string }) => mpo.mpo === '1.0');
    expect(ela.area).toBe('ELA');
    expect(ela.rule.en).toContain('at least 10 hours of service');
    expect(ela.rule.es).toContain('al menos 10 horas de servicio');
    expect(ela.dropOff.map((step: { of: number; kept: number }) => [step.of, step.kept])).toEqual([
      [77, 47],
      [47, 37],
      [37, 23],
      [23, 14],
    ]);
    expect(ela.dropOff[2]).toMatchObject({ lost: 14, lostPct: 37.8, keptPct: 62.2 });
    expect(ela.findings.map((finding: { step: string }) => finding.step)).toEqual([
      'inPopulation',
      'dosageMet',
      'tested',
    ]);
    expect(ela.findings[2].words).toEqual({
      en: '14 of 37 children who met the dosage have no pair of pre and post tests.',
      es: '14 de 37 niños que cumplieron la dosis no tienen un par de pruebas previa y posterior.',
    });
  });

  it("gives a region's figures to the state, and to the region's own staff by default", async () => {
    const region5 = expectedReport('expected.region5.2024-25.json').mpos;
    const asked = await admin.request('GET', `/api/mpo-outcomes?period=2024-25&regionId=${regionIds.get(5)}`);
    expect(asked.status).toBe(200);
    expect(asked.body.region).toMatchObject({ number: 5 });
    expect(countsOf(asked.body.mpos)).toEqual(region5);
    const own = await specialist5.request('GET', '/api/mpo-outcomes?period=2024-25');
    expect(own.body.region).toMatchObject({ number: 5 });
    expect(countsOf(own.body.mpos)).toEqual(region5);
    const consultant = await consultantOf5.request('GET', '/api/mpo-outcomes?period=2024-25');
    expect(countsOf(consultant.body.mpos)).toEqual(region5);
  });

  it('keeps a region out of reach of other regions, and the state out of reach of region roles', async () => {
    const other = await specialist5.request(
      'GET',
      `/api/mpo-outcomes?period=2024-25&regionId=${regionIds.get(3)}`,
    );
    expect(other.status).toBe(404);
    const unknown = await admin.request(
      'GET',
      '/api/mpo-outcomes?period=2024-25&regionId=00000000-0000-4000-8000-000000000000',
    );
    expect(unknown.status).toBe(404);
    const several = await consultantOf3And5.request('GET', '/api/mpo-outcomes?period=2024-25');
    expect(several.status).toBe(400);
    expect(several.body.error.problems[0].field).toBe('regionId');
    expect((await districtStaff.request('GET', '/api/mpo-outcomes?period=2024-25')).status).toBe(403);
  });

  it('counts one term alone', async () => {
    const all = await admin.request('GET', '/api/mpo-outcomes?period=2024-25');
    const byTerm = await Promise.all(
      ['RSY', 'SUMMER', 'INTERSESSION'].map((term) =>
        admin.request('GET', `/api/mpo-outcomes?period=2024-25&term=${term}`),
      ),
    );
    expect(byTerm.map((reply) => reply.body.term)).toEqual(['RSY', 'SUMMER', 'INTERSESSION']);
    all.body.mpos.forEach((mpo: { mpo: string; served: number }, index: number) => {
      const perTerm = byTerm.map((reply) => reply.body.mpos[index].served as number);
      for (const served of perTerm) expect(served).toBeLessThanOrEqual(mpo.served);
      expect(perTerm.reduce((sum, served) => sum + served, 0)).toBeGreaterThanOrEqual(mpo.served);
    });
  });

  it('refuses a period or term it cannot read, naming the field', async () => {
    const period = await admin.request('GET', '/api/mpo-outcomes?period=2024-26');
    expect(period.status).toBe(400);
    expect(period.body.error.problems[0].field).toBe('period');
    const term = await admin.request('GET', '/api/mpo-outcomes?period=2024-25&term=WINTER');
    expect(term.status).toBe(400);
    expect(term.body.error.message).toMatch(/term/);
  });
});
