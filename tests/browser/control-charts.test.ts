import { beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTROL_CHART_REGION } from '../setup/browser-control-chart-seed';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
import { apiSession } from '../support/browser-api';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage();

describe("a team's control chart on a phone (IP5)", () => {
  let teamId: string;
  let regionId: string;

  beforeAll(async () => {
    const admin = await apiSession(accounts.stateAdmin);
    const regions = (await admin('GET', '/regions')) as { items: Array<{ id: string; name: string }> };
    const region = regions.items.find((r) => r.name === CONTROL_CHART_REGION)!;
    regionId = region.id;
    const cohort = await admin('POST', '/improvement/cohorts', {
      name: 'Cohort of the control chart test',
      startYear: 2015,
      endYear: 2016,
    });
    const team = await admin('POST', '/improvement/teams', {
      cohortId: cohort.id,
      regionId: region.id,
      members: [],
    });
    teamId = team.id;
    // The seeded families of 2016 (tests/setup/browser-control-chart-seed.ts): October all in time.
    const project = await admin('PUT', `/improvement/teams/${teamId}/project`, {
      version: 0,
      measureId: 'families-within-90-days',
      what: 'Families identified within 90 days of the QAD',
      forWhom: 'Newly enrolled families',
      target: 60,
      by: '2016-12-31',
      baselineValue: 40,
      chartFrom: '2016-01-01',
      baselinePeriods: null,
    });
    // The change the team recorded and adopted: the one a new phase starts from.
    await admin('POST', `/improvement/projects/${project.id}/cycles`, {
      changeIdeaId: null,
      startedOn: '2016-10-03',
      plan: 'Call each new family within a week of the referral',
      prediction: 'More families identified within 90 days',
      doNotes: 'Every recruiter called within a week',
      study: 'All ten families of October in time',
      act: 'adopt',
    });
  });

  it('opens a P chart whose month outside the limits is flagged, and starts a new phase from the adopted PDSA cycle', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.stateAdmin);
    await page.goto(`${baseUrl}/improvement/teams/${teamId}`);
    await page.getByRole('heading', { name: 'Control chart', level: 2 }).waitFor();
    // The type chosen from the measure, with the sentence saying why.
    await page.getByText(/^A P chart, because this measure is a percentage/).waitFor();
    expect(await page.getByRole('textbox', { name: 'Chart type' }).inputValue()).toBe('P chart (proportion)');
    expect(await page.getByRole('textbox', { name: 'Rules' }).inputValue()).toBe("Anhøj's rules");
    // October is outside its limits: flagged on the chart and in the list, saying what it means.
    const flagged = page.getByRole('list', { name: 'Flagged points' });
    await flagged.getByText('2016-10 (100)').waitFor();
    await flagged.getByText(/^Outside the limits$/).waitFor();
    await flagged.getByText(/this period is further from the centre line than the variation/).waitFor();
    expect(await flagged.getByRole('listitem').count()).toBe(1);
    await page.locator('circle[data-flagged="true"]').first().waitFor();
    expect(await page.locator('circle[data-flagged="true"]').count()).toBe(1);
    await expectAccessible(page, 'project with its control chart');
    await expectNoHorizontalScroll(page);

    // The chart offers a new phase from the change the team recorded.
    const form = page.getByRole('form', { name: 'Start a new phase' });
    expect(await form.getByRole('textbox', { name: 'From the change of' }).inputValue()).toBe(
      'PDSA 1 · Oct 3, 2016',
    );
    await form.getByRole('textbox', { name: 'Why the process changed' }).fill('Calls within a week adopted');
    await form.getByRole('button', { name: 'Start the new phase' }).click();

    // Phase 2 from October has its own centre line; October is no longer outside.
    const phases = page.getByRole('list', { name: 'Phases' });
    await phases.getByText(/^Phase 2 from 2016-10: centre line 60\. From the change of PDSA 1\./).waitFor();
    await page.getByText('No rule fired: the variation looks like chance alone.').waitFor();
    expect(await page.getByRole('list', { name: 'Flagged points' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Start a new phase' }).count()).toBe(0);
    await page.locator('svg text').filter({ hasText: 'Phase 2' }).first().waitFor();
    await expectAccessible(page, 'control chart with a new phase');
    await expectNoHorizontalScroll(page);
  });

  it('switches to the IHI rules and to an XmR chart, and shows the control chart alone', async () => {
    const page = phone.page;
    await page.getByRole('textbox', { name: 'Rules' }).click();
    await page.getByRole('option', { name: "IHI's rules" }).click();
    await page.getByText(/^Points outside the limits, a shift of 6 or more points/).waitFor();
    await page.getByRole('textbox', { name: 'Chart type' }).click();
    await page.getByRole('option', { name: 'XmR chart (individuals)' }).click();
    await page
      .getByRole('list', { name: 'Phases' })
      .getByText(/^Phase 1 from 2016-01: centre line 38\.89\./)
      .waitFor();
    // With the keyboard: the arrow keys move along the charts shown.
    await page.getByRole('radio', { name: 'Run and control charts' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Control chart', exact: true }).isChecked()).toBe(true);
    await page.getByRole('heading', { name: 'Control chart', level: 2 }).waitFor();
    expect(await page.getByRole('list', { name: 'Signals' }).count()).toBe(0);
    await expectAccessible(page, 'control chart alone');
    await expectNoHorizontalScroll(page);
  });

  it("the measure's control chart for a region, and every region's side by side (IP5.9)", async () => {
    const page = phone.page;
    const range = 'measure=families-within-90-days&from=2016-01-01&to=2016-12-31';
    await page.goto(`${baseUrl}/improvement/measures?${range}&regionId=${regionId}&chart=control`);
    await page.getByRole('heading', { name: 'Improvement measures', level: 1 }).waitFor();
    await page.getByText(/^A P chart, because this measure is a percentage/).waitFor();
    const flagged = page.getByRole('list', { name: 'Flagged points' });
    await flagged.getByText('2016-10 (100)').waitFor();
    await expectAccessible(page, "a measure's control chart");
    await expectNoHorizontalScroll(page);
    await page.goto(`${baseUrl}/improvement/measures?${range}&view=regions&chart=control`);
    const own = page.getByRole('region', { name: new RegExp(`· ${CONTROL_CHART_REGION}$`) });
    await own.getByText('1 signal').waitFor();
    await own.locator('circle[data-flagged="true"]').first().waitFor();
    expect(await own.locator('circle[data-flagged="true"]').count()).toBe(1);
    await expectAccessible(page, 'control charts side by side');
    await expectNoHorizontalScroll(page);
  });

  it('reads in Spanish: the reason for the type, the phases', async () => {
    const page = phone.page;
    try {
      await page.locator('label[for$="-es"]').first().click();
      await page.waitForFunction(() => document.documentElement.lang === 'es');
      await page.goto(`${baseUrl}/improvement/teams/${teamId}`);
      await page.getByRole('heading', { name: 'Gráfico de control', level: 2 }).waitFor();
      await page.getByText(/^Un gráfico P, porque esta medida es un porcentaje/).waitFor();
      await page
        .getByRole('list', { name: 'Fases' })
        .getByText(/^Fase 2 desde 2016-10: línea central 60\./)
        .waitFor();
      await page.getByText('Ninguna regla se activó: la variación parece deberse solo al azar.').waitFor();
    } finally {
      // The language is kept per user: give the shared account its English back.
      await (
        await apiSession(accounts.stateAdmin)
      )('PATCH', '/auth/me', { language: 'en' });
    }
  });
});
