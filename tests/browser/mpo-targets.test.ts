import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
import { apiSession } from '../support/browser-api';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: false });

const rule = {
  minHours: 10,
  target: 60,
  minN: 10,
  statementEn: 'Test objective',
  statementEs: 'Objetivo de prueba',
  terms: ['RSY', 'SUMMER', 'INTERSESSION'],
};
const PLAN = {
  name: 'Browser test plan',
  demo: false,
  needAreas: [
    { code: 'ELA', nameEn: 'English language arts', nameEs: 'Artes del lenguaje en inglés' },
    { code: 'MATH', nameEn: 'Mathematics', nameEs: 'Matemáticas' },
    { code: 'SR', nameEn: 'School readiness', nameEs: 'Preparación escolar' },
  ],
  mpos: [
    {
      number: '1.0',
      area: 'ELA',
      population: { kind: 'belowProficient', subject: 'ELA', maxLevel: 2 },
      growth: { kind: 'points', points: 1 },
      ...rule,
    },
    {
      number: '2.0',
      area: 'MATH',
      population: { kind: 'belowProficient', subject: 'MATH', maxLevel: 2 },
      growth: { kind: 'points', points: 1 },
      ...rule,
    },
    {
      number: '7.0',
      area: 'SR',
      population: { kind: 'age', minAge: 3, maxAge: 5 },
      growth: { kind: 'anyGain' },
      ...rule,
      minHours: null,
    },
  ],
  strategies: [],
};

describe('MPO target lists and assessment results on a phone', () => {
  it('the state administrator reads the target lists by MPO with the keyboard, and enters a child’s result by hand', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.stateAdmin);
    // A plan of its own with MPOs 1.0, 2.0 and 7.0, adopted through the API (other tests adopt theirs).
    const admin = await apiSession(accounts.stateAdmin);
    const draft = await admin('POST', '/plan/versions', { name: PLAN.name });
    const saved = await admin('PUT', `/plan/versions/${draft.id}`, { ...PLAN, version: draft.version });
    await admin('POST', `/plan/versions/${draft.id}/adopt`, { version: saved.version });
    const nunez = (await admin('GET', '/children?q=Nunez')).items[0];
    const studentNumber = nunez.studentNumber as string;

    await page.goto(`${baseUrl}/mpo-targets`);
    await page.getByRole('heading', { name: 'MPO target lists', level: 1 }).waitFor();
    await page.getByText(/^\d+ of \d+ enrolled$/).waitFor();
    const first = page.getByRole('tab', { name: 'MPO 1.0' });
    await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/mpo=2\.0/);
    await page.getByText(/latest Mathematics result before the period is at level 2 or below/).waitFor();
    const notEnrolled = page.getByRole('switch', { name: 'Only children not enrolled' });
    await notEnrolled.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/notEnrolled=true/);
    await expect(page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).resolves.toMatch(
      /format=csv/,
    );
    await expectAccessible(page, 'MPO target lists');
    await expectNoHorizontalScroll(page);

    // The state moves the end of the regular school year to 15 May: the list's dates follow.
    const windows = page.getByRole('region', { name: 'When each term runs' });
    const rsy = windows.getByRole('group', { name: 'Regular school year' });
    await rsy.getByText('California: September 1 to June 15').waitFor();
    await rsy.getByRole('textbox', { name: 'Ends' }).click();
    await page.getByRole('option', { name: 'May' }).click();
    await windows.getByRole('button', { name: 'Save the windows' }).click();
    await windows.getByText('The windows are saved: the lists use them now.').waitFor();
    await page.getByText(/^Eligible at least one day from .* to May 15, \d{4}$/).waitFor();
    // California's terms back, with the card's own button.
    await windows.getByRole('button', { name: "Restore California's terms" }).click();
    await windows.getByRole('button', { name: 'Save the windows' }).click();
    await windows.getByText('The windows are saved: the lists use them now.').waitFor();
    await expect(admin('GET', '/mpo-targets/terms')).resolves.toMatchObject({
      RSY: { from: '09-01', to: '06-15' },
      SUMMER: { from: '06-16', to: '08-31' },
      INTERSESSION: { from: '09-01', to: '06-15' },
    });

    await page.goto(`${baseUrl}/assessments`);
    await page.getByRole('heading', { name: 'State assessment results', level: 1 }).waitFor();
    await page
      .getByRole('region', { name: 'Which levels count as below proficient' })
      .getByText('California: levels 1, 2, 3')
      .waitFor();
    const enter = page.getByRole('region', { name: 'Enter a result' });
    await enter.getByRole('textbox', { name: 'Student number' }).fill(studentNumber);
    await enter.getByRole('textbox', { name: 'School year' }).fill('2023-24');
    await enter.getByRole('textbox', { name: 'Level' }).click();
    await page.getByRole('option', { name: '2 – Standard Nearly Met' }).click();
    await enter.getByRole('button', { name: 'Save the result' }).click();
    await page.getByText('The result is saved.').waitFor();
    await page.getByRole('row', { name: /José Luis.*Standard Nearly Met.*Below proficient/ }).waitFor();
    await expectAccessible(page, 'assessment results');
    await expectNoHorizontalScroll(page);

    // The child's page lists the result too.
    await page.goto(`${baseUrl}/children/${nunez.id}`);
    const results = page.getByRole('region', { name: 'State assessment results' });
    await results.getByRole('row', { name: /2023-24.*Standard Nearly Met.*Below proficient/ }).waitFor();
    await expectAccessible(page, 'child page with assessment results');
    await expectNoHorizontalScroll(page);
  });
});
