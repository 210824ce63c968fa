import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { findRegionByNumber } from '../../src/data/repositories/regions.repository';
import { CLI_ACTOR } from '../../src/usecases/context';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/usecases/demo/demo-accounts';
import { buildDataPacket } from '../../src/usecases/qualifications/build-data-packet';
import { getRecruiterWorkload } from '../../src/usecases/referrals/get-recruiter-workload';
import { getRegionPfsList } from '../../src/usecases/pfs/get-region-pfs-list';
import { getMsixValidation } from '../../src/usecases/exchange/get-msix-validation';
import { msixRecordsOfScope } from '../../src/usecases/exchange/msix-records-of-scope';
import { todayInState } from '../../src/usecases/clock';
import { hasDemoData } from '../../src/usecases/demo/has-demo-data';
import { loadDemoDataset } from '../../src/usecases/demo/load-demo-dataset';
import { startTestApp, type TestApp } from '../support/test-app';
import { signInAs } from '../support/http-session';
import { freshDatabases } from '../support/fresh-databases';

// The demo dataset uses California's real region numbers and fixed emails: each run gets a database of its own.
describe.each(freshDatabases('demo'))('the demo dataset on $name', (database) => {
  let handle: DatabaseHandle;
  let t: TestApp;
  let progress: number[] = [];

  beforeAll(async () => {
    const loader = await database.open();
    await migrateToLatest(loader.db);
    progress = [];
    await loadDemoDataset(loader.db, {
      children: 1_000,
      seed: 11,
      today: '2026-11-22',
      onProgress: (done) => progress.push(done),
    });
    await loader.close();
    // From here on, one connection: the app's. Two PGlite instances on one folder do not see each
    // other's writes, and closing both can abort.
    t = await startTestApp({ name: database.name, open: async () => openDatabase(database.connection) });
    handle = t.handle;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  it('loads the regions, districts, schools, families and exactly the children asked for', async () => {
    const count = async (
      table: 'regions' | 'districts' | 'schools' | 'families' | 'children' | 'coes' | 'child_eligibilities',
    ) =>
      Number(
        (
          await handle.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('regions')).toBe(20);
    expect(await count('districts')).toBeGreaterThan(900);
    expect(await count('schools')).toBeGreaterThan(2_000);
    expect(await count('children')).toBe(1_000);
    expect(await count('families')).toBeLessThan(700);
    expect(await count('coes')).toBeGreaterThan(100);
    expect(await count('child_eligibilities')).toBeGreaterThan(300);
    expect(progress.at(-1)).toBe(1_000);
    expect(await hasDemoData(handle.db)).toBe(true);
    const audit = await handle.db
      .selectFrom('audit_events')
      .select(['actor_label', 'action', 'after'])
      .where('entity_type', '=', 'demo_dataset')
      .execute();
    expect(audit).toEqual([
      {
        actor_label: 'demo',
        action: 'create',
        after: expect.objectContaining({ seed: 11, children: 1_000 }),
      },
    ]);
  });

  it("gives the data packet a real region's figure 2: some children recruited in each period had a COE before", async () => {
    const packet = await buildDataPacket(
      { db: handle.db, actor: CLI_ACTOR },
      { from: '2023-24', to: '2026-27' },
    );
    const periods = packet.periods.filter((p) => p.qualified > 20);
    expect(periods.length).toBeGreaterThanOrEqual(3);
    for (const period of periods) {
      expect(period.newlyQualifiedPct, period.period).toBeGreaterThan(50);
      expect(period.newlyQualifiedPct, period.period).toBeLessThan(100);
    }
    expect(new Set(periods.map((p) => p.newlyQualifiedPct)).size).toBe(periods.length);
    // As approval would decide it (IR3): the prior QAD the recruiter entered, stored on the interview.
    const prior = await handle.db
      .selectFrom('coe_children')
      .innerJoin('coes', 'coes.id', 'coe_children.coe_id')
      .select(['coe_children.interview_child_id', 'coe_children.prior_coe_sources', 'coes.interview'])
      .where('coe_children.prior_coe', '=', true)
      .execute();
    expect(prior.length).toBeGreaterThan(0);
    for (const row of prior) {
      expect(row.prior_coe_sources).toEqual(['prior-qad']);
      const child = (row.interview as { children: Array<{ id: string; priorQad?: string }> }).children.find(
        (c) => c.id === row.interview_child_id,
      );
      expect(child?.priorQad).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('has a working account for every role', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const session = await signInAs(t.app, account.email, DEMO_PASSWORD);
      const me = await session.request('GET', '/api/auth/me');
      expect(me.body.user?.role ?? me.body.role).toBe(account.role);
    }
  });

  it("gives the demo recruiter a ranked contact queue with today's quota, and Region 3 its rules from the source", async () => {
    const recruiter = await signInAs(
      t.app,
      DEMO_ACCOUNTS.find((a) => a.role === 'recruiter')!.email,
      DEMO_PASSWORD,
    );
    const queue = await recruiter.request('GET', '/api/referrals?limit=500');
    expect(queue.body.total).toBeGreaterThan(30);
    const priorities = queue.body.items.map((r: { priority: number }) => r.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
    expect(
      queue.body.items.some(
        (r: { priorMigrant: boolean; matchedChildId: string | null }) => r.priorMigrant && r.matchedChildId,
      ),
    ).toBe(true);
    const quota = await recruiter.request('GET', '/api/referrals/quota');
    expect(quota.body.pending).toBe(queue.body.total);
    const region3 = await handle.db
      .selectFrom('prioritization_rule_sets')
      .innerJoin('regions', 'regions.id', 'prioritization_rule_sets.region_id')
      .select(['lowest_priority', 'rules'])
      .where('regions.number', '=', 3)
      .executeTakeFirstOrThrow();
    expect(region3.lowest_priority).toBe(4);
    expect((region3.rules as Array<{ id: string }>).map((rule) => rule.id)).toEqual([
      'dates-same',
      'prior-migrant',
      'hispanic',
    ]);
  });

  it('spreads the demo referrals over every priority and status, two recruiters and contacts of this week', async () => {
    const region5 = (await findRegionByNumber(handle.db, 5))!;
    const referrals = await handle.db
      .selectFrom('referrals')
      .select(['priority', 'status', 'assigned_to'])
      .where('region_id', '=', region5.id)
      .execute();
    // Region 5 has no rules of its own: the state default, Region 3's, whose lowest priority is 4.
    expect(new Set(referrals.map((r) => r.priority))).toEqual(new Set([1, 2, 3, 4]));
    expect(new Set(referrals.map((r) => r.status))).toEqual(
      new Set(['pending', 'in-progress', 'interviewed', 'closed']),
    );
    const recruiters = DEMO_ACCOUNTS.filter((a) => a.role === 'recruiter');
    expect(recruiters).toHaveLength(2);
    expect(new Set(referrals.map((r) => r.assigned_to)).size).toBe(3);

    const workload = await getRecruiterWorkload(
      { db: handle.db, actor: CLI_ACTOR },
      region5.id,
      '2026-11-22',
    );
    expect(workload.recruiters.map((r) => r.name).sort()).toEqual(
      recruiters.map((a) => a.displayName).sort(),
    );
    for (const recruiter of workload.recruiters) {
      expect(recruiter.contactsThisWeek, recruiter.name).toBeGreaterThan(0);
      expect(recruiter.pending, recruiter.name).toBeGreaterThan(0);
      expect(recruiter.plan.pendingAtStart, recruiter.name).toBeGreaterThan(0);
      expect(recruiter.plan.minimumPerDay, recruiter.name).toBeGreaterThan(0);
    }
    const contacts = await handle.db
      .selectFrom('audit_events')
      .select('actor_label')
      .where('entity_type', '=', 'family_contact')
      .execute();
    expect(contacts.length).toBeGreaterThan(5);
    expect(contacts.every((c) => c.actor_label === 'demo')).toBe(true);
  });

  it('gives the demo reviewer COEs to review, one with a quality warning, and one returned to its recruiter', async () => {
    const reviewer = await signInAs(
      t.app,
      DEMO_ACCOUNTS.find((a) => a.role === 'reviewer')!.email,
      DEMO_PASSWORD,
    );
    const queue = await reviewer.request('GET', '/api/coes?status=submitted');
    expect(queue.status).toBe(200);
    const submitted = queue.body.items as Array<{ id: string; warningCount: number }>;
    expect(submitted.length).toBeGreaterThanOrEqual(2);
    expect(submitted.some((coe) => coe.warningCount > 0)).toBe(true);
    const warned = await reviewer.request(
      'GET',
      `/api/coes/${submitted.find((c) => c.warningCount > 0)!.id}`,
    );
    expect(warned.body.warnings.length).toBeGreaterThan(0);

    const recruiter = await signInAs(
      t.app,
      DEMO_ACCOUNTS.find((a) => a.role === 'recruiter')!.email,
      DEMO_PASSWORD,
    );
    const mine = await recruiter.request('GET', '/api/coes?status=returned');
    expect(mine.status).toBe(200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    const returned = await handle.db
      .selectFrom('coes')
      .select(['review_comments', 'reviewer_id'])
      .where('status', '=', 'returned')
      .execute();
    expect(returned.length).toBeGreaterThanOrEqual(1);
    expect(returned.every((coe) => coe.review_comments && coe.reviewer_id)).toBe(true);
  });

  it("shows a learning network under way, and the demo region's project charted from its own COEs", async () => {
    const director = await signInAs(
      t.app,
      DEMO_ACCOUNTS.find((a) => a.role === 'region_director')!.email,
      DEMO_PASSWORD,
    );
    const network = await director.request('GET', '/api/improvement/network');
    expect(network.status).toBe(200);
    expect(network.body.cohorts).toHaveLength(1);
    expect(network.body.cohorts[0].teams).toHaveLength(5);
    expect(network.body.meetings).toHaveLength(10);
    expect(network.body.trainings.length).toBeGreaterThan(0);
    const team = network.body.cohorts[0].teams.find((tm: { regionNumber: number }) => tm.regionNumber === 5);
    const view = await director.request('GET', `/api/improvement/teams/${team.id}/project`);
    expect(view.status).toBe(200);
    expect(view.body.project).toMatchObject({ measureId: 'families-within-90-days', target: 60 });
    expect(view.body.cycles).toHaveLength(2);
    // The chart counts the demo's approved COEs: some month has families to divide by.
    expect(
      view.body.series.points.some((p: { denominator: number | null }) => (p.denominator ?? 0) > 0),
    ).toBe(true);
    const audit = await handle.db
      .selectFrom('audit_events')
      .select('actor_label')
      .where('entity_type', '=', 'improvement_project')
      .execute();
    expect(audit).toEqual([{ actor_label: 'demo' }]);
  });

  it('has MSIX records ready to send: the demo schools and districts have NCES ids (X7.3)', async () => {
    const report = await getMsixValidation({ db: handle.db, actor: CLI_ACTOR }, { limit: 1 });
    expect(report.valid).toBeGreaterThan(report.children / 2);
    expect(report.totals.map((total) => total.element)).not.toContain(31);
    expect(report.totals.map((total) => total.element)).not.toContain(37);
  });

  it("sends the parents' names of most demo children, the father as the male parent (X7.4)", async () => {
    const records = await msixRecordsOfScope(handle.db, { regionId: null }, todayInState(new Date()));
    const withParents = records.filter(
      ({ record }) => record.parents.maleFirstName && record.parents.femaleFirstName,
    );
    expect(withParents.length / records.length).toBeGreaterThan(0.7);
    expect(withParents.length).toBeLessThan(records.length);
  });

  it('gives the demo regions Priority for Services children to show', async () => {
    const ctx = { db: handle.db, actor: CLI_ACTOR };
    const lists = await Promise.all(
      [3, 5].map(async (number) =>
        getRegionPfsList(
          ctx,
          { period: '2025-26', term: 'RSY', regionId: (await findRegionByNumber(handle.db, number))!.id },
          '2026-11-22',
        ),
      ),
    );
    const pfs = lists.reduce((sum, list) => sum + list.pfs, 0);
    expect(pfs).toBeGreaterThan(2);
    expect(lists.flatMap((list) => list.rows).every((row) => row.criteria[0]!.kind === 'recentMove')).toBe(
      true,
    );
    const statuses = await handle.db.selectFrom('child_school_statuses').select(['kind', 'note']).execute();
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((status) => status.note === 'Demo value')).toBe(true);
  });

  it("shows the demo region's applications, a tracking-log gap, last month's monitoring log and EPC rows", async () => {
    const director = await signInAs(
      t.app,
      DEMO_ACCOUNTS.find((a) => a.role === 'region_director')!.email,
      DEMO_PASSWORD,
    );
    const applications = await director.request('GET', '/api/monitoring/applications?programYear=2026-27');
    expect(applications.status).toBe(200);
    expect(applications.body.items.map((a: { kind: string; status: string }) => [a.kind, a.status])).toEqual([
      ['regional_application', 'submitted'],
      ['dsa', 'approved'],
    ]);
    const regional = applications.body.items[0];
    expect(regional.lines.some((line: { serviceIds: string[] }) => line.serviceIds.length > 0)).toBe(true);

    const log = await director.request('GET', '/api/monitoring/tracking-log?programYear=2026-27');
    expect(log.status).toBe(200);
    // The plan's last strategy is left out of every line: the alignment check names it.
    expect(log.body.problems).toContainEqual({
      kind: 'missing_everywhere',
      strategy: '8.2',
      districtId: null,
    });
    const dsaDistrict = applications.body.items[1].districtId;
    expect(
      log.body.problems.some(
        (p: { kind: string; districtId: string | null }) =>
          p.kind === 'missing_in_district' && p.districtId === dsaDistrict,
      ),
    ).toBe(false);

    const monitoring = await director.request('GET', '/api/monitoring/service-log?month=2026-10');
    expect(monitoring.status).toBe(200);
    const confirmed = monitoring.body.services.filter((s: { entry: unknown }) => s.entry !== null);
    expect(confirmed.length).toBeGreaterThan(1);
    expect(
      confirmed
        .filter((s: { needsAttention: boolean }) => s.needsAttention)
        .map((s: { entry: { adjustmentKind: string; adjustmentStatus: string } }) => s.entry),
    ).toEqual([
      expect.objectContaining({ adjustmentKind: 'budget_revision', adjustmentStatus: 'submitted' }),
    ]);

    const epc = await director.request('GET', '/api/monitoring/epc?programYear=2026-27&term=summer');
    expect(epc.status).toBe(200);
    const statuses = epc.body.items.map((item: { status: string }) => item.status);
    expect(statuses.filter((s: string) => s === 'verified')).toHaveLength(1);
    expect(statuses.filter((s: string) => s === 'needs_more')).toHaveLength(1);
    const verified = epc.body.items.find((item: { status: string }) => item.status === 'verified');
    expect(verified.links).toHaveLength(1);
    const audit = await handle.db
      .selectFrom('audit_events')
      .select(['entity_type', 'actor_label'])
      .where('entity_type', 'in', ['application', 'service_monitoring_entry', 'epc_verification'])
      .execute();
    expect(new Set(audit.map((a) => a.entity_type))).toEqual(
      new Set(['application', 'service_monitoring_entry', 'epc_verification']),
    );
    expect(audit.every((a) => a.actor_label === 'demo')).toBe(true);
  });

  it('shows a Dashboard year of the demo districts on the DA pages, read from files in the CDE layout', async () => {
    const imports = await handle.db.selectFrom('da_imports').select(['id', 'year']).execute();
    expect(imports).toEqual([expect.objectContaining({ year: 2024 })]);
    const runs = await handle.db
      .selectFrom('da_determinations')
      .select(['lea_count', 'eligible_count'])
      .execute();
    expect(runs).toHaveLength(1);
    expect(runs[0]!.lea_count).toBeGreaterThan(3);
    expect(runs[0]!.eligible_count).toBeGreaterThan(0);
  });

  it('gives every module of the issue something to show: services with attendance and tests, calendar items', async () => {
    const count = async (
      table: 'services' | 'service_enrollments' | 'service_attendance' | 'service_tests' | 'calendar_items',
    ) =>
      Number(
        (
          await handle.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    for (const table of [
      'services',
      'service_enrollments',
      'service_attendance',
      'service_tests',
      'calendar_items',
    ] as const)
      expect({ table, some: (await count(table)) > 0 }).toEqual({ table, some: true });
  });

  it('refuses to load a second time', async () => {
    await expect(loadDemoDataset(handle.db, { children: 1_000, seed: 11 })).rejects.toThrow(/already loaded/);
  });
});

describe.each(freshDatabases('demo_interrupted'))('an interrupted demo load on $name', (database) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await database.open();
    await migrateToLatest(handle.db);
  });
  afterAll(async () => {
    await handle?.close();
    await database.drop();
  });

  const rowsOf = async (
    table: 'regions' | 'users' | 'families' | 'children' | 'referrals' | 'audit_events',
  ) =>
    Number(
      (
        await handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('leaves no demo rows, and a second load fills the database', async () => {
    await expect(
      loadDemoDataset(handle.db, {
        children: 1_000,
        seed: 3,
        today: '2026-11-22',
        onProgress: () => {
          throw new Error('interrupted midway');
        },
      }),
    ).rejects.toThrow('interrupted midway');
    for (const table of ['regions', 'users', 'families', 'children', 'referrals', 'audit_events'] as const)
      expect({ table, rows: await rowsOf(table) }).toEqual({ table, rows: 0 });
    expect(await hasDemoData(handle.db)).toBe(false);

    const summary = await loadDemoDataset(handle.db, { children: 1_000, seed: 3, today: '2026-11-22' });
    expect(summary.children).toBe(1_000);
    expect(await rowsOf('children')).toBe(1_000);
    expect(await hasDemoData(handle.db)).toBe(true);
  }, 180_000);
});
