import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: true });

describe('the SSDP Tracking Log on a phone (MN3)', () => {
  it("the region director opens the log from the applications and downloads it in the page's language", async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.regionDirector);
    await page.goto(`${baseUrl}/monitoring/applications`);
    await page.getByRole('link', { name: 'SSDP Tracking Log' }).click();
    await page.getByRole('heading', { name: 'SSDP Tracking Log', level: 1 }).waitFor();
    await page
      .getByText('Alignment with the SSDP')
      .or(page.getByText(/\d+ gaps?$/))
      .first()
      .waitFor();
    expect(await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href')).toContain(
      'language=en',
    );
    await expectAccessible(page, 'SSDP Tracking Log');
    await expectNoHorizontalScroll(page);
  });

  it('district staff are not offered the log, and opening it says why instead of an error', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.districtStaff);
    await page.goto(`${baseUrl}/monitoring/applications`);
    await page.getByRole('heading', { name: 'Applications', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'SSDP Tracking Log' }).count()).toBe(0);
    await page.goto(`${baseUrl}/monitoring/tracking-log`);
    await page.getByText("district staff see their own district's agreement").waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectAccessible(page, 'SSDP Tracking Log for district staff');
  });
});
