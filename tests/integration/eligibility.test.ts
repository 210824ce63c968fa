import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../src/core/common/calendar-date';
import {
  currentEligibility,
  endsWithin,
  isResidencyContactDue,
} from '../../src/core/recruitment/eligibility-calendar';
import { todayInState } from '../../src/usecases/clock';
import { CLI_ACTOR } from '../../src/usecases/context';
import { findEligibilityWatchList } from '../../src/usecases/eligibility/find-eligibility-watch-list';
import { buildChild, buildRegionWithStaff } from '../factories';
import { eligibilityCases, expectDeterminationMatches } from '../support/eligibility-cases';
import { signInAs, type HttpSession } from '../support/http-session';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DATABASES } from '../support/test-databases';

describe.each(TEST_DATABASES)('eligibility over HTTP on $name', (database) => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
  let recruiter: HttpSession;
  const today = todayInState();

  beforeAll(async () => {
    t = await startTestApp(database);
    fixture = await buildRegionWithStaff(t.handle.db);
    recruiter = await signInAs(t.app, fixture.users.recruiter.email);
  });
  afterAll(() => t.close());

  it('POST /api/eligibility/determine gives every public case its expected determination', async () => {
    for (const testCase of eligibilityCases()) {
      const response = await recruiter.request('POST', '/api/eligibility/determine', testCase.input);
      expect(response.status, testCase.file).toBe(200);
      expectDeterminationMatches(response.body, testCase.expected);
    }
  });

  it('names the field of an invalid interview with 400, and writes the trace in Spanish on request', async () => {
    const [first] = eligibilityCases();
    const input = structuredClone(first!.input) as { moves: Array<{ date: string }> };
    input.moves[0]!.date = '2019-02-30';
    const invalid = await recruiter.request('POST', '/api/eligibility/determine', input);
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.problems[0].field).toBe('moves[0].date');
    const spanish = await recruiter.request('POST', '/api/eligibility/determine?language=es', first!.input);
    expect(spanish.body.children[0].trace.at(-1)).toMatch(/^Elegible hasta el/);
  });

  async function eligibleChild(qad: string, end: string) {
    const child = await buildChild(t.handle.db, { regionId: fixture.region.id });
    await t.handle.db
      .insertInto('child_eligibilities')
      .values({
        child_id: child.id,
        qad,
        eligibility_end_date: end,
        end_reason: '36-months',
        basis: 'qualifying-work',
        relation: 'with',
        worker_move_date: qad,
      })
      .execute();
    return child;
  }

  it("shows a child's eligibility history and the children whose eligibility ends within 30, 60 or 90 days", async () => {
    const endingSoon = await eligibleChild(addDays(addMonths(today, -36), 20), addDays(today, 20));
    const endingLater = await eligibleChild(addDays(addMonths(today, -36), 75), addDays(today, 75));
    const history = await recruiter.request('GET', `/api/children/${endingSoon.id}/eligibility`);
    expect(history.status).toBe(200);
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({ eligibilityEndDate: addDays(today, 20), isCurrent: true });
    expect(history.body.eligibilityYear).toBe(3);

    const ids = async (days: number) =>
      (await recruiter.request('GET', `/api/eligibility/watch-list?kind=ending&days=${days}`)).body.items.map(
        (i: { childId: string }) => i.childId,
      );
    expect(await ids(30)).toContain(endingSoon.id);
    expect(await ids(30)).not.toContain(endingLater.id);
    expect(await ids(90)).toEqual(expect.arrayContaining([endingSoon.id, endingLater.id]));
    expect((await recruiter.request('GET', '/api/eligibility/watch-list?kind=ending&days=45')).status).toBe(
      400,
    );
  });

  it('lists children in year 2 due for the residency contact until one is recorded (audited)', async () => {
    const yearTwo = await eligibleChild(addMonths(today, -14), addDays(addMonths(today, 22), -1));
    const due = async () =>
      (await recruiter.request('GET', '/api/eligibility/watch-list?kind=residency-due')).body.items.map(
        (i: { childId: string }) => i.childId,
      );
    expect(await due()).toContain(yearTwo.id);
    const future = await recruiter.request('POST', `/api/children/${yearTwo.id}/residency-contacts`, {
      contactedOn: addDays(today, 1),
      stillResides: true,
    });
    expect(future.status).toBe(400);
    expect(future.body.error.problems[0].field).toBe('contactedOn');
    const recorded = await recruiter.request('POST', `/api/children/${yearTwo.id}/residency-contacts`, {
      contactedOn: today,
      stillResides: true,
      notes: 'Visited the family',
    });
    expect(recorded.status).toBe(204);
    expect(await due()).not.toContain(yearTwo.id);
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['action'])
      .where('entity_type', '=', 'residency_contact')
      .where('child_id', '=', yearTwo.id)
      .execute();
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it('answers 404 for the history of a child outside the scope, and 403 to a reader recording a residency contact; nothing is written', async () => {
    const child = await eligibleChild(addMonths(today, -14), addDays(addMonths(today, 22), -1));
    const elsewhere = await buildRegionWithStaff(t.handle.db);
    const outsider = await signInAs(t.app, elsewhere.users.recruiter.email);
    const guessed = await outsider.request('GET', `/api/children/${child.id}/eligibility`);
    const missing = await outsider.request('GET', `/api/children/${randomUUID()}/eligibility`);
    expect(guessed.status).toBe(404);
    expect(guessed.body).toEqual(missing.body);
    const outsiderList = await outsider.request(
      'GET',
      '/api/eligibility/watch-list?kind=residency-due&limit=500',
    );
    expect(outsiderList.body.items.map((i: { childId: string }) => i.childId)).not.toContain(child.id);
    expect(
      (
        await outsider.request('POST', `/api/children/${child.id}/residency-contacts`, {
          contactedOn: today,
          stillResides: true,
        })
      ).status,
    ).toBe(404);
    const reviewer = await signInAs(t.app, fixture.users.reviewer.email);
    expect((await reviewer.request('GET', `/api/children/${child.id}/eligibility`)).status).toBe(200);
    const byReader = await reviewer.request('POST', `/api/children/${child.id}/residency-contacts`, {
      contactedOn: today,
      stillResides: true,
    });
    expect(byReader.status).toBe(403);
    const written = await t.handle.db
      .selectFrom('residency_contacts')
      .select('id')
      .where('child_id', '=', child.id)
      .execute();
    expect(written).toEqual([]);
  });

  it('pages the watch lists with their totals, and a newer COE takes a child off the list of eligibility ending', async () => {
    const soon = await Promise.all(
      [5, 6, 7].map((d) => eligibleChild(addDays(addMonths(today, -36), d), addDays(today, d))),
    );
    const renewed = soon[0]!;
    await t.handle.db
      .insertInto('child_eligibilities')
      .values({
        child_id: renewed.id,
        qad: addDays(today, -3),
        eligibility_end_date: addDays(addMonths(today, 36), -4),
        end_reason: '36-months',
        basis: 'sqm',
        relation: 'with',
        worker_move_date: addDays(today, -3),
      })
      .execute();
    const all = await recruiter.request('GET', '/api/eligibility/watch-list?kind=ending&days=30&limit=500');
    const listed = all.body.items.map((i: { childId: string }) => i.childId);
    expect(listed).toEqual(expect.arrayContaining([soon[1]!.id, soon[2]!.id]));
    expect(listed).not.toContain(renewed.id);
    expect(all.body.total).toBe(all.body.items.length);
    const pages = [];
    for (let offset = 0; offset < all.body.total; offset += 2) {
      const page = await recruiter.request(
        'GET',
        `/api/eligibility/watch-list?kind=ending&days=30&limit=2&offset=${offset}`,
      );
      expect(page.body.total).toBe(all.body.total);
      pages.push(...page.body.items.map((i: { childId: string }) => i.childId));
    }
    expect(pages).toEqual(listed);
    const past = await recruiter.request(
      'GET',
      `/api/eligibility/watch-list?kind=ending&days=30&limit=2&offset=${all.body.total + 10}`,
    );
    expect(past.body).toEqual({ items: [], total: all.body.total });
  });

  it('lists children due for the residency contact, and whose eligibility ends soon, exactly as the core rules say, anniversaries and 29 February included', async () => {
    const days = ['2029-02-28', '2029-03-01', '2030-02-28', '2031-02-27'];
    const spans = [
      { qad: '2028-02-29', contacts: [] },
      { qad: '2028-03-01', contacts: [] },
      { qad: '2028-02-28', contacts: ['2029-03-01'] },
      { qad: '2028-03-01', contacts: ['2029-02-28'] },
      { qad: '2027-03-01', contacts: ['2029-02-28'] },
    ];
    const children = [];
    for (const span of spans) {
      const child = await eligibleChild(span.qad, addDays(addMonths(span.qad, 36), -1));
      for (const contactedOn of span.contacts)
        await t.handle.db
          .insertInto('residency_contacts')
          .values({ child_id: child.id, contacted_on: contactedOn, still_resides: true })
          .execute();
      children.push({ ...span, id: child.id });
    }
    for (const day of days) {
      const found = await findEligibilityWatchList(
        { db: t.handle.db, actor: CLI_ACTOR },
        { kind: 'residency-due', days: 30, today: day, limit: 500, offset: 0 },
      );
      const listed = new Set(found.items.map((item) => item.childId));
      for (const child of children) {
        const span = {
          childId: child.id,
          qad: child.qad,
          eligibilityEndDate: addDays(addMonths(child.qad, 36), -1),
        };
        const last = child.contacts.filter((c) => c <= day).at(-1) ?? null;
        const current = currentEligibility([span], day);
        const due = current !== undefined && isResidencyContactDue(current, day, last);
        expect(listed.has(child.id), `${child.qad} on ${day}`).toBe(due);
      }
      const ending = await findEligibilityWatchList(
        { db: t.handle.db, actor: CLI_ACTOR },
        { kind: 'ending', days: 90, today: day, limit: 500, offset: 0 },
      );
      const endingIds = new Set(ending.items.map((item) => item.childId));
      for (const child of children) {
        const current = currentEligibility(
          [{ childId: child.id, qad: child.qad, eligibilityEndDate: addDays(addMonths(child.qad, 36), -1) }],
          day,
        );
        expect(endingIds.has(child.id), `${child.qad} ending on ${day}`).toBe(
          current !== undefined && endsWithin(current, day, 90),
        );
      }
    }
  });
});
