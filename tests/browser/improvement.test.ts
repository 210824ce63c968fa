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
  const statePhone = phonePage();
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
    await admin('POST', '/improvement/meetings', {
      cohortId: cohort.id,
      kind: 'session',
      teamId: null,
      heldOn: '2019-09-10',
      hours: 3,
      agenda: 'Aims and measures',
      attendance: ['Rosa Díaz'],
      notes: '',
    });
    await admin('POST', '/improvement/trainings', {
      regionId: null,
      title: 'Interviewing with the COE of the browser test',
      provider: 'State MEP',
      heldOn: '2019-09-12',
      audience: ['region_recruiters'],
      topic: '',
      newRecruitersOnly: true,
    });
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
    for (const id of contactIds) await director('DELETE', `/school-contacts/${id}?version=1`);
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

  it("offers the team's profile as a PDF in the reader's language (IP4.6)", async () => {
    const page = phone.page;
    const link = page.getByRole('link', { name: 'Download the profile (PDF)' });
    const href = await link.getAttribute('href');
    expect(href).toBe(`/api/improvement/teams/${teamId}/profile?language=en`);
    const file = await page.request.get(`${baseUrl}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('the director sees the region beside the state; the state every region side by side (IP4.7)', async () => {
    const range = 'measure=contacts-per-recruiter-week&from=2019-09-02&to=2019-10-27&baseline=2';
    const page = phone.page;
    await page.goto(`${baseUrl}/improvement/measures?${range}`);
    // With the keyboard: the switch takes the space bar.
    await page.getByRole('switch', { name: 'My region beside the state' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'State', level: 2 }).waitFor();
    const own = page.getByRole('region', { name: /^Region \d+ · / });
    await own.getByText(/^\d+ signals?$/).waitFor();

    const state = statePhone.page;
    await signIn(state, baseUrl, accounts.stateAdmin);
    await state.goto(`${baseUrl}/improvement/measures?${range}`);
    await state.getByRole('heading', { name: 'Improvement measures', level: 1 }).waitFor();
    await state.getByRole('switch', { name: 'Every region side by side' }).focus();
    await state.keyboard.press('Space');
    const grid = state.getByTestId('small-multiples');
    await grid
      .getByRole('heading', { name: /^Region \d+ · /, level: 2 })
      .first()
      .waitFor();
    // The director's region, with its shift, among the regions that have data; no state chart.
    await grid
      .getByText(/^\d+ signals?$/)
      .first()
      .waitFor();
    expect(await grid.getByRole('heading', { name: 'State' }).count()).toBe(0);
    expect(state.url()).toContain('view=regions');
    // One column on a phone.
    const columns = await grid.evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
    expect(columns).toBe(1);
    await expectAccessible(state, 'every region side by side');
    await expectNoHorizontalScroll(state);
  });

  it('the state changes a meeting and a training it recorded, with the keyboard (IP3.3, IP3.4)', async () => {
    const state = statePhone.page;
    await state.goto(`${baseUrl}/improvement/network`);
    await state.getByRole('heading', { name: 'Learning network', level: 1 }).waitFor();
    await state.getByRole('button', { name: 'Change the meeting of Sep 10, 2019' }).click();
    const meeting = state.getByRole('form', { name: 'Change the meeting of Sep 10, 2019' });
    await meeting.getByRole('textbox', { name: 'Notes' }).fill('Two teams chose the 90-day measure');
    await expectAccessible(state, 'a meeting opened to change');
    await expectNoHorizontalScroll(state);
    await meeting.getByRole('button', { name: 'Save the changes' }).click();
    await state.getByText('Two teams chose the 90-day measure').waitFor();
    await expect.poll(() => meeting.count()).toBe(0);

    await state
      .getByRole('button', { name: 'Change the training “Interviewing with the COE of the browser test”' })
      .click();
    const training = state.getByRole('form', {
      name: 'Change the training “Interviewing with the COE of the browser test”',
    });
    // The form opens with the title focused, so the keyboard can go on from there.
    await expect
      .poll(() => state.evaluate(() => (document.activeElement as HTMLInputElement).value))
      .toBe('Interviewing with the COE of the browser test');
    await training.getByRole('textbox', { name: 'Provider' }).fill('Region 2 trainers');
    await training.getByRole('button', { name: 'Save the changes' }).click();
    await state.getByText('Region 2 trainers').waitFor();
    await state.getByRole('button', { name: 'Change the meeting of Sep 10, 2019' }).click();
    await state.getByRole('button', { name: 'Cancel' }).click();
    await state.getByRole('form', { name: 'Record a session or coaching call' }).waitFor();
  });
});
