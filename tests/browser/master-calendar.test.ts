import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { comingProgramYear } from '../../src/core/monitoring/master-calendar';
import { serviceBody } from '../factories';
import {
  animationsSettled,
  expectAccessible,
  expectNoHorizontalScroll,
  phonePage,
  signIn,
} from '../support/browser';
import { apiSession } from '../support/browser-api';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage();

/** The coming program year, as the page shows it by default, and its first calendar year. */
const year = comingProgramYear(new Date().toISOString().slice(0, 10));
const first = Number(year.slice(0, 4));

describe('the master calendar of services on a phone (MN7)', () => {
  beforeAll(async () => {
    const director = await apiSession(accounts.regionDirector);
    const districtStaff = await apiSession(accounts.districtStaff);
    const regionId = ((await director('GET', '/auth/me')) as { user: { regionId: string } }).user.regionId;
    const districtId = ((await districtStaff('GET', '/auth/me')) as { user: { districtId: string } }).user
      .districtId;
    for (const [code, name, startDate, district] of [
      ['MC-SUMMER', 'Summer science camp', `${first}-07-06`, null],
      ['MC-READ', 'Reading club', `${first}-09-13`, districtId],
      ['MC-MATH', 'Saturday math academy', `${first + 1}-02-03`, null],
    ] as const)
      await director(
        'POST',
        '/services',
        serviceBody({
          regionId,
          districtId: district,
          code,
          name,
          term: 'RSY',
          startDate,
          endDate: `${first + 1}-06-10`,
        }),
      );
  });
  afterAll(async () => {
    const director = await apiSession(accounts.regionDirector);
    await director('PATCH', '/auth/me', { language: 'en' });
  });

  it('the region director opens it from the menu and reads the coming year month by month', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.regionDirector);
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('link', { name: 'Master calendar of services' }).click();
    await page.getByRole('heading', { name: 'Master calendar of services', level: 1 }).waitFor();
    await page.getByRole('heading', { name: `July ${first}`, level: 3 }).waitFor();
    await page.getByRole('heading', { name: `June ${first + 1}`, level: 3 }).waitFor();
    const camp = page.getByRole('listitem').filter({ hasText: 'Summer science camp (MC-SUMMER)' });
    await camp.getByText(`Starts Jul 6, ${first}`).waitFor();
    await camp.getByText('The region').waitFor();
    const club = page.getByRole('listitem').filter({ hasText: 'Reading club (MC-READ)' });
    await club.getByText(`Starts Sep 13, ${first}`).waitFor();
    expect(await club.getByText('The region').count()).toBe(0);
    expect(await page.getByText('No service starts this month.').count()).toBeGreaterThan(0);
    await animationsSettled(page);
    await expectAccessible(page, 'master calendar of services');
    await expectNoHorizontalScroll(page);
  });

  it('reads in Spanish', async () => {
    const page = phone.page;
    const director = await apiSession(accounts.regionDirector);
    await director('PATCH', '/auth/me', { language: 'es' });
    await page.reload();
    await page.getByRole('heading', { name: 'Calendario maestro de servicios', level: 1 }).waitFor();
    await page.getByRole('heading', { name: `septiembre de ${first}`, level: 3 }).waitFor();
    await page.getByText('Ningún servicio empieza este mes.').first().waitFor();
    await expectAccessible(page, 'master calendar in Spanish');
    await expectNoHorizontalScroll(page);
  });
});
