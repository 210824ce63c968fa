import { beforeAll, describe, expect, inject, it } from 'vitest';
import { serviceBody } from '../factories';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
import { apiSession, eligibleChildThroughCoe, type ApiCall } from '../support/browser-api';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: false });

describe('an attendance sheet taken on a phone', () => {
  let serviceId: string;
  let specialist: ApiCall;

  beforeAll(async () => {
    specialist = await apiSession(accounts.dataSpecialist);
    const { regionId } = ((await specialist('GET', '/auth/me')) as { user: { regionId: string } }).user;
    const studentNumber = await eligibleChildThroughCoe(regionId, {
      firstName: 'Itzel',
      lastSurname: 'Ramírez',
      secondSurname: 'Soto',
      birthCountry: 'MX',
      birthCity: 'Zamora',
      guardian: 'Rosa Soto',
    });
    const service = await specialist(
      'POST',
      '/services',
      serviceBody({
        code: 'SHEET-PHONE-1',
        name: 'Homework club',
        term: 'RSY',
        site: 'Lincoln Elementary',
        startDate: '2021-09-13',
        endDate: '2022-06-10',
        fundingResource: '3060',
        applicationKind: 'regional_application',
        components: ['eld'],
        instrumentName: 'Reading inventory',
        sessionMinutes: 45,
      }),
    );
    serviceId = service.id;
    await specialist('POST', `/services/${serviceId}/enrollments`, {
      studentId: studentNumber,
      enrolledOn: '2021-09-13',
      reason: 'below_proficient_ela',
    });
  });

  it('a data specialist finds the service, takes the sheet with a tap per child, saves it and sees the hours', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.dataSpecialist);
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('link', { name: 'Services', exact: true }).click();
    await page.getByRole('heading', { name: 'Services', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Performance period' }).click();
    await page.getByRole('option', { name: 'All periods' }).click();
    await page.getByRole('link', { name: 'Homework club' }).waitFor();
    await expectAccessible(page, 'services list');
    await expectNoHorizontalScroll(page);

    await page.goto(`${baseUrl}/services/${serviceId}/attendance?date=2021-10-04`);
    await page.getByRole('heading', { name: 'Attendance sheet', level: 1 }).waitFor();
    const child = page.getByRole('checkbox', { name: 'Itzel Ramírez Soto' });
    await child.waitFor();
    await expect(child.isChecked()).resolves.toBe(false);
    await expect(
      page.getByRole('textbox', { name: 'Minutes for Itzel Ramírez Soto' }).inputValue(),
    ).resolves.toBe('45');
    await expectAccessible(page, 'attendance sheet');
    await expectNoHorizontalScroll(page);

    // by keyboard: focus the child and press Space to mark them present
    await child.focus();
    await page.keyboard.press('Space');
    await expect(child.isChecked()).resolves.toBe(true);
    await page.getByText('1 of 1 present').waitFor();
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await page.getByRole('status').filter({ hasText: 'Attendance saved' }).waitFor();
    await expectAccessible(page, 'attendance sheet saved');

    // Someone else saves the same sheet meanwhile (she was absent after all): this save is refused, nothing is lost.
    const sheetPath = `/services/${serviceId}/attendance/2021-10-04`;
    await specialist('PUT', sheetPath, {
      present: [],
      revision: (await specialist('GET', sheetPath)).revision,
    });
    await page.getByRole('textbox', { name: 'Minutes for Itzel Ramírez Soto' }).fill('40');
    await page.getByRole('button', { name: 'Save attendance' }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'Someone else saved the sheet of this date' });
    await refused.waitFor();
    await expectAccessible(page, 'attendance sheet saved meanwhile');
    await refused.getByRole('button', { name: 'Load the saved sheet' }).click();
    await page.getByText('0 of 1 present').waitFor();
    await child.focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await page.getByRole('status').filter({ hasText: 'Attendance saved' }).waitFor();

    await page.getByRole('link', { name: 'Back to Homework club' }).click();
    await page.getByRole('heading', { name: 'Homework club', level: 1 }).waitFor();
    await page.getByRole('cell', { name: '0.75 h (1 sessions)' }).waitFor();
    await expectAccessible(page, 'service page');
    await expectNoHorizontalScroll(page);
  });
});
