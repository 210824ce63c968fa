import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: true });

describe('the federal child counts on a phone', () => {
  it('the state administrator reads the counts, asks why a student counts and certifies, with the keyboard, in English and Spanish', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.stateAdmin);
    await page.goto(`${baseUrl}/child-counts`);
    await page.getByRole('heading', { name: 'Federal child counts', level: 1 }).waitFor();
    await page
      .getByRole('region', { name: 'Counts by age and grade, English learners and disabilities' })
      .waitFor();
    await page.getByRole('region', { name: 'Counts per region' }).waitFor();
    await expect(page.getByRole('link', { name: 'EDFacts FS121' }).getAttribute('href')).resolves.toMatch(
      /\/api\/child-counts\/edfacts\?period=\d{4}-\d{2}&file=FS121/,
    );

    // One student number, one step.
    await page.getByRole('textbox', { name: 'Student number' }).focus();
    await page.keyboard.type('NO-SUCH-STUDENT');
    await page.keyboard.press('Enter');
    await page.getByText('No span of eligibility is on record for this student number.').waitFor();

    // The list of a count, Category 2 chosen with the arrow keys.
    await page.getByRole('radio', { name: 'Category 1' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/category=2/);
    await page
      .getByText(/^\d[\d,]* children$|^No child counts in this category\.$/)
      .first()
      .waitFor();
    await expectAccessible(page, 'child counts');
    await expectNoHorizontalScroll(page);

    // Certifying asks first; Escape leaves it uncertified.
    const certify = page.getByRole('button', { name: 'Certify the counts' });
    await certify.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /^Certify the counts of \d{4}-\d{2}\?$/ });
    await dialog.waitFor();
    await expectAccessible(page, 'certification confirmation');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await certify.click();
    await dialog.getByRole('button', { name: 'Certify', exact: true }).click();
    await page.getByText(/^Certified on .* by .*: Category 1 [\d,]+, Category 2 [\d,]+\.$/).waitFor();
    await page.getByText('No child has been added or removed since certification.').waitFor();

    await page.locator('label[for$="-es"]').click();
    await page.getByRole('heading', { name: 'Conteo federal de niños', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Conteos por región' }).waitFor();
    await expectAccessible(page, 'child counts in Spanish');
    await expectNoHorizontalScroll(page);
    // The language is kept per user: give the shared account its English back for the other tests.
    await page.locator('label[for$="-en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });

  it('a region’s data specialist sees the region’s counts without the state’s files or certification', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.dataSpecialist);
    await page.goto(`${baseUrl}/child-counts`);
    await page.getByRole('heading', { name: /^Region \d+ — .*, \d{4}-\d{2}$/, level: 2 }).waitFor();
    await page.getByRole('link', { name: 'Children (CSV)' }).waitFor();
    await expect(page.getByRole('link', { name: 'EDFacts FS121' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Certify the counts' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'a region’s child counts');
    await expectNoHorizontalScroll(page);
  });
});
