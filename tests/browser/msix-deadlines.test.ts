import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: true });

/** The MSIX deadlines (docs/rules/msix.md X8): the home page's card and the /msix page's section. */
describe('the MSIX deadlines on a phone', () => {
  it('a data specialist sees the overdue count at home and follows it to the list, in English and Spanish', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.dataSpecialist);
    const card = page.getByRole('heading', { name: 'MSIX deadlines', level: 2 }).locator('xpath=..');
    await card.getByText(/^(deadline|deadlines) overdue$/).waitFor();
    await card.getByText(/^[\d,]+ due within the next 5 working days$/).waitFor();
    await expectAccessible(page, 'home page with the MSIX deadlines card');
    await expectNoHorizontalScroll(page);

    const link = card.getByRole('link', { name: 'See the MSIX deadlines' });
    await expect(link.getAttribute('href')).resolves.toMatch(
      /^\/msix\?regionId=[0-9a-f-]{36}&deadlineStatus=overdue#deadlines$/,
    );
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/msix\?.*deadlineStatus=overdue#deadlines$/);
    const section = page.getByRole('region', { name: 'MSIX deadlines', exact: true });
    await section
      .getByText(
        /^[\d,]+ overdue, [\d,]+ due within 5 working days, [\d,]+ pending, [\d,]+ sent late, [\d,]+ met$/,
      )
      .waitFor();
    await expect(section.getByRole('radio', { name: 'Overdue' }).isChecked()).resolves.toBe(true);
    // The demo's enrollments were never exported: the first overdue one links to its child.
    const table = page.getByRole('region', { name: 'MSIX deadlines per child' });
    await table
      .getByText(/^Overdue by \d+ days?$/)
      .first()
      .waitFor();
    await expect(table.getByRole('link').first().getAttribute('href')).resolves.toMatch(
      /^\/children\/[0-9a-f-]{36}$/,
    );
    await expectAccessible(page, 'MSIX deadlines');
    await expectNoHorizontalScroll(page);

    await section.getByText('Met', { exact: true }).click();
    await page.waitForURL(/deadlineStatus=met/);
    await section
      .getByText(/^No deadline to show\.$|^Sent on /)
      .first()
      .waitFor();

    await page.locator('label[for$="-es"]').click();
    await page.getByRole('heading', { name: 'Plazos de MSIX', level: 2 }).waitFor();
    await page
      .getByText(/^[\d,]+ vencidos, [\d,]+ vencen en los próximos 5 días hábiles, [\d,]+ pendientes/)
      .waitFor();
    await page
      .getByRole('region', { name: 'Plazos de MSIX', exact: true })
      .getByText('Vencidos', { exact: true })
      .click();
    await page.waitForURL(/deadlineStatus=overdue/);
    await page
      .getByText(/^Vencido hace \d+ días?$/)
      .first()
      .waitFor();
    await expectAccessible(page, 'MSIX deadlines in Spanish');
    await page.locator('label[for$="-en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });

  it('the state administrator’s card counts the whole state', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.stateAdmin);
    const card = page.getByRole('heading', { name: 'MSIX deadlines', level: 2 }).locator('xpath=..');
    await expect(
      card.getByRole('link', { name: 'See the MSIX deadlines' }).getAttribute('href'),
    ).resolves.toBe('/msix?deadlineStatus=overdue#deadlines');
    await card.getByText(/^(deadline|deadlines) overdue$/).waitFor();
    await expectAccessible(page, 'home page of the state administrator');
  });
});
