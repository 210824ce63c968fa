import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
import { apiSession, type ApiCall } from '../support/browser-api';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage();

/** Eight weeks from Monday 2019-09-02: one contact a week in the first two, three in the next six. */
const CONTACTS_A_WEEK = [1, 1, 3, 3, 3, 3, 3, 3];

/** The day `days` days after `day`. */
function plusDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe("a team's improvement project on a phone (IP4)", () => {
  let director: ApiCall;
  let teamId: string;
  const contactIds: string[] = [];

  beforeAll(async () => {
    const admin = await apiSession(accounts.stateAdmin);
    director = await apiSession(accounts.regionDirector);
    const me = (await director('GET', '/auth/me')) as { user: { regionId: string } };
    const regionId = me.user.regionId;
    const cohort = await admin('POST', '/improvement/cohorts', {
      name: 'Cohort of the browser test',
      startYear: 2019,
      endYear: 2020,
    });
    const team = await admin('POST', '/improvement/teams', {
      cohortId: cohort.id,
      regionId,
      members: [{ name: 'Rosa Díaz', title: 'Director' }],
    });
    teamId = team.id;
    // The measure's records: the director's school contacts, weekly (IP2.6), in 2019 so no
    // other test's month holds them; removed again after the test.
    const schools = (await director('GET', `/schools?regionId=${regionId}`)) as {
      items: Array<{ id: string }>;
    };
    for (const [week, count] of CONTACTS_A_WEEK.entries())
      for (let n = 0; n < count; n++) {
        const contact = await director('POST', '/school-contacts', {
          contactDate: plusDays('2019-09-02', 7 * week + n),
          schoolId: schools.items[0]!.id,
          contactType: 'drop_in',
          outcomes: [{ code: 'left_materials' }],
        });
        contactIds.push(contact.id);
      }
    // The aim, with the median frozen on the first two weeks: the next six are all above it.
    const project = await director('PUT', `/improvement/teams/${teamId}/project`, {
      version: 0,
      measureId: 'contacts-per-recruiter-week',
      what: 'School contacts per recruiter each week',
      forWhom: 'Schools of the region',
      target: 4,
      by: '2019-10-27',
      baselineValue: 1,
      chartFrom: '2019-09-02',
      baselinePeriods: 2,
    });
    await director('POST', `/improvement/projects/${project.id}/change-ideas`, {
      primaryDriver: 'Timely contact of new enrollees',
      secondaryDriver: 'A daily contact quota from the pending contacts',
      idea: 'Show the minimum required contacts per day.',
    });
  });

  afterAll(async () => {
    for (const id of contactIds) await director('DELETE', `/school-contacts/${id}`);
  });

  it('the director opens the run chart with its shift flagged, from the network page', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.regionDirector);
    await page.goto(`${baseUrl}/improvement/network`);
    await page.getByRole('heading', { name: 'Learning network', level: 1 }).waitFor();
    await page
      .getByRole('link', { name: /^Region \d+ · / })
      .first()
      .waitFor();
    await expectAccessible(page, 'learning network');
    await expectNoHorizontalScroll(page);
    await page.goto(`${baseUrl}/improvement/teams/${teamId}`);
    await page.getByRole('heading', { name: /: improvement project$/, level: 1 }).waitFor();
    await page.getByText('School contacts per recruiter each week: 4 for Schools of the region').waitFor();
    const signals = page.getByRole('list', { name: 'Signals' });
    await signals.getByText(/^Shift: six or more points in a row .* from 2019-09-16/).waitFor();
    // The six points of the shift are drawn in the signal color.
    await page.locator('circle[data-flagged="true"]').nth(5).waitFor();
    expect(await page.locator('circle[data-flagged="true"]').count()).toBe(6);
    await expectAccessible(page, 'project with its run chart');
    await expectNoHorizontalScroll(page);
  });

  it('records a PDSA cycle from plan and prediction, then carries it on to study and act', async () => {
    const page = phone.page;
    const form = page.getByRole('form', { name: 'Record a PDSA cycle' });
    await form.getByRole('textbox', { name: 'Change idea' }).click();
    await page.getByRole('option', { name: 'Show the minimum required contacts per day.' }).click();
    await form.getByLabel('Started on').fill('2019-09-18');
    await form
      .getByRole('textbox', { name: 'Plan', exact: true })
      .fill('Each recruiter sees a daily quota of 3');
    await form.getByRole('textbox', { name: 'Prediction' }).fill('Contacts per recruiter reach 3 a week');
    await form.getByRole('button', { name: 'Save the cycle' }).click();
    const cycle = page.getByText('PDSA 1 · Sep 18, 2019');
    await cycle.waitFor();
    // The cycle is annotated on the chart at the week it started in.
    await page.locator('svg text').filter({ hasText: 'PDSA 1' }).first().waitFor();

    await page.getByRole('button', { name: 'Update PDSA 1' }).click();
    const update = page.getByRole('form', { name: 'Update PDSA 1' });
    await update.getByRole('textbox', { name: 'Do', exact: true }).fill('Three recruiters used the quota');
    await update
      .getByRole('textbox', { name: 'Study', exact: true })
      .fill('Three contacts a week for six weeks, as predicted');
    await update.getByRole('textbox', { name: 'Act', exact: true }).click();
    await page.getByRole('option', { name: 'Adopt' }).click();
    await expectAccessible(page, 'PDSA cycle carried on to act');
    await expectNoHorizontalScroll(page);
    await update.getByRole('button', { name: 'Save the cycle' }).click();
    await page.getByText('Study:').waitFor();
    await page.getByRole('main').locator('.mantine-Badge-label', { hasText: 'Adopt' }).waitFor();
    expect(await page.getByRole('form', { name: 'Update PDSA 1' }).count()).toBe(0);
  });
});
