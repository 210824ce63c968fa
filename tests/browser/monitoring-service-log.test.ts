import { beforeAll, describe, expect, inject, it } from 'vitest';
import { serviceBody } from '../factories';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
import { apiSession } from '../support/browser-api';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage();

describe('the Service Implementation Monitoring Log on a phone (MN5)', () => {
  beforeAll(async () => {
    const director = await apiSession(accounts.regionDirector);
    const regionId = ((await director('GET', '/auth/me')) as { user: { regionId: string } }).user.regionId;
    // Planned for September 13, started a week late: the log says "not met" for October.
    await director(
      'POST',
      '/services',
      serviceBody({
        regionId,
        code: 'SIML-PAGE-1',
        name: 'Homework help',
        term: 'RSY',
        startDate: '2021-09-13',
        endDate: '2022-06-10',
        actualStartDate: '2021-09-20',
        actualEndDate: '2022-06-10',
        sessionMinutes: 45,
      }),
    );
  });

  it('the region director sees a late start pre-filled and confirms a check with a note', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.regionDirector);
    await page.goto(`${baseUrl}/monitoring/service-log?month=2021-10`);
    const card = page.getByRole('article', { name: /^SIML-PAGE-1 – Homework help/ });
    await card.waitFor();
    await card.getByText('Needs attention').waitFor();
    await card.getByText(/Planned start .*actual start .*The records say: not met\./).waitFor();
    const started = card.getByRole('radiogroup', { name: 'Started on time according to the application' });
    expect(await started.getByRole('radio', { name: 'Not met', exact: true }).isChecked()).toBe(true);
    await expectAccessible(page, 'Service Implementation Monitoring Log');
    await expectNoHorizontalScroll(page);

    const described = card.getByRole('radiogroup', { name: 'Implemented as described in the application' });
    await described.getByRole('radio', { name: 'Met', exact: true }).check();
    await card
      .getByRole('textbox', { name: 'Note on SIML-PAGE-1' })
      .fill('Visited on October 14: tutoring as the application describes.');
    await card.getByRole('button', { name: 'Save the checks of SIML-PAGE-1' }).click();
    await card.getByText(/^Saved by /).waitFor();
    await expect(card.getByRole('textbox', { name: 'Note on SIML-PAGE-1' }).inputValue()).resolves.toBe(
      'Visited on October 14: tutoring as the application describes.',
    );
    expect(await card.getByRole('radio', { name: 'Met', exact: true }).first().isChecked()).toBe(false);
    expect(await described.getByRole('radio', { name: 'Met', exact: true }).isChecked()).toBe(true);
    await expectAccessible(page, 'Service Implementation Monitoring Log after saving');
    await expectNoHorizontalScroll(page);
  });
});
