import { beforeAll, describe, expect, inject, it } from 'vitest';
import { serviceBody } from '../factories';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
import { apiSession, eligibleChildThroughCoe } from '../support/browser-api';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: false });

const PERIOD = '2021-22';
const MPO_CARD = { name: 'MPO 9.0 (SR)' };

describe('MPO outcomes live on a phone', () => {
  let serviceId: string;

  beforeAll(async () => {
    const admin = await apiSession(accounts.stateAdmin);
    const specialist = await apiSession(accounts.dataSpecialist);
    const { regionId } = ((await specialist('GET', '/auth/me')) as { user: { regionId: string } }).user;
    // A plan of its own: one MPO for ages 5–14, one hour of service, any gain, one child enough.
    const draft = await admin('POST', '/plan/versions', { name: 'MPO page browser test' });
    const saved = await admin('PUT', `/plan/versions/${draft.id}`, {
      version: draft.version,
      name: 'MPO page browser test',
      demo: false,
      needAreas: [{ code: 'SR', nameEn: 'School readiness', nameEs: 'Preparación escolar' }],
      mpos: [
        {
          number: '9.0',
          area: 'SR',
          population: { kind: 'age', minAge: 5, maxAge: 14 },
          minHours: 1,
          growth: { kind: 'anyGain' },
          target: 50,
          minN: 1,
          statementEn: 'Children served will gain in reading.',
          statementEs: 'Los niños atendidos mejorarán en lectura.',
          terms: ['RSY'],
        },
      ],
      strategies: [],
    });
    await admin('POST', `/plan/versions/${draft.id}/adopt`, { version: saved.version });
    const studentNumber = await eligibleChildThroughCoe(regionId, {
      firstName: 'Xóchitl',
      lastSurname: 'Tapia',
      secondSurname: 'Luna',
      birthCountry: 'GT',
      birthCity: 'Olopa',
      guardian: 'María Tapia',
    });
    const service = await admin(
      'POST',
      '/services',
      serviceBody({
        regionId,
        code: 'MPO-PAGE-1',
        name: 'Reading club',
        term: 'RSY',
        startDate: '2021-09-13',
        endDate: '2022-06-10',
        mpos: ['9.0'],
        instrumentName: 'Reading inventory',
        sessionMinutes: 45,
      }),
    );
    serviceId = service.id;
    await admin('POST', `/services/${serviceId}/enrollments`, {
      studentId: studentNumber,
      enrolledOn: '2021-09-13',
      reason: 'other',
    });
    // Half an hour attended and both tests taken: one more session brings her over the hour.
    const sheet = `/services/${serviceId}/attendance/2021-09-14`;
    await admin('PUT', sheet, {
      present: [{ studentId: studentNumber, minutes: 30 }],
      revision: (await admin('GET', sheet)).revision,
    });
    await admin('POST', `/services/${serviceId}/tests`, {
      studentId: studentNumber,
      kind: 'pre',
      date: '2021-09-14',
      score: 40,
    });
    await admin('POST', `/services/${serviceId}/tests`, {
      studentId: studentNumber,
      kind: 'post',
      date: '2021-10-01',
      score: 55,
    });
  });

  it('a data specialist reads an MPO figure, takes an attendance sheet, and sees the figure change', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.dataSpecialist);
    await page.goto(`${baseUrl}/outcomes?period=${PERIOD}`);
    await page.getByRole('heading', { name: 'MPO outcomes', level: 1 }).waitFor();
    const card = page.getByRole('region', MPO_CARD);
    await card.waitFor();
    const counts = card.getByRole('list', { name: 'Counts: MPO 9.0 (SR)' });
    await expect(counts.textContent()).resolves.toContain('Met the dosage: 0 (0%; 1 did not)');
    await expect(card.getByText('Too few tested').count()).resolves.toBe(1);
    await card
      .getByRole('img', { name: /^Chart: MPO 9\.0/ })
      .locator('svg')
      .first()
      .waitFor();
    await expect(card.textContent()).resolves.toContain(
      '1 of 1 children in the population attended less than the minimum of 1 hour.',
    );
    await expectAccessible(page, 'MPO outcomes');
    await expectNoHorizontalScroll(page);

    // The sheet of the next session: she is marked present for the session's 45 minutes.
    await page.goto(`${baseUrl}/services/${serviceId}/attendance?date=2021-09-21`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const present = page.getByRole('checkbox', { name: /Xóchitl/ });
    await present.check();
    await expect(page.getByRole('textbox', { name: /Xóchitl/ }).inputValue()).resolves.toBe('45');
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await page.getByRole('status').filter({ hasText: /1/ }).waitFor();
    await expectNoHorizontalScroll(page);

    await page.goto(`${baseUrl}/outcomes?period=${PERIOD}`);
    const cardAfter = page.getByRole('region', MPO_CARD);
    await cardAfter
      .getByRole('list', { name: 'Counts: MPO 9.0 (SR)' })
      .getByText('Met the dosage: 1 (100%; 0 did not)')
      .waitFor();
    await expect(cardAfter.textContent()).resolves.toContain('100% grew · target 50%');
    await expect(cardAfter.getByText('Met', { exact: true }).count()).resolves.toBe(1);
  });

  it('the data specialist writes the APPR review on a phone, and the state reads the roll-up', async () => {
    const page = phone.page;
    await page.goto(`${baseUrl}/outcomes?period=${PERIOD}`);
    await page.getByRole('link', { name: 'Open the APPR' }).click();
    await page.getByRole('heading', { name: 'Annual Performance Progress Report', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Participation' }).first().waitFor();
    await page.getByLabel('Challenges').fill('Families leave in May, before the post tests.');
    await page.getByLabel('Practices that address them').fill('Post tests at the last home visit.');
    await page.getByLabel('Goals for the new school year').fill('A pair of tests for every child served.');
    await page.getByRole('button', { name: 'Save the review' }).click();
    await page.getByText(/^Saved by /).waitFor();
    await page.getByRole('region', { name: 'Figures when the review was saved, and now' }).waitFor();
    await expectAccessible(page, 'APPR');
    await expectNoHorizontalScroll(page);

    await page.context().clearCookies();
    await signIn(page, baseUrl, accounts.stateAdmin);
    await page.goto(`${baseUrl}/appr/state/${PERIOD}`);
    await page.getByRole('heading', { name: 'APPR state roll-up', level: 1 }).waitFor();
    const table = page.getByRole('region', { name: 'Subgrantees by MPO' });
    await table.getByRole('columnheader', { name: 'MPO 9.0' }).waitFor();
    await expect(table.getByRole('row').count()).resolves.toBeGreaterThan(1);
    await expect(page.getByRole('link', { name: 'XLSX' }).getAttribute('href')).resolves.toBe(
      `/api/appr/state/${PERIOD}.xlsx?lang=en`,
    );
    await expectAccessible(page, 'APPR roll-up');
    await expectNoHorizontalScroll(page);
  });
});
