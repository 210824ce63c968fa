import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
import { apiSession } from '../support/browser-api';

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
    // The PFS breakdown is read apart and fills its row once counted.
    await page
      .getByRole('row', { name: /^Priority for Services \(on some day of the period\) [\d,]+ [\d,]+$/ })
      .waitFor();
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
    await page
      .getByText(/^Priority for Services when certified: Category 1 [\d,]+, Category 2 [\d,]+ /)
      .waitFor();

    await page.locator('label[for$="-es"]').click();
    await page.getByRole('heading', { name: 'Conteo federal de niños', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Conteos por región' }).waitFor();
    await page
      .getByRole('row', { name: /^Prioridad de servicios \(algún día del período\) [\d.,]+ [\d.,]+$/ })
      .waitFor();
    await page
      .getByText(/^Prioridad de servicios al certificar: Categoría 1 [\d.,]+, Categoría 2 [\d.,]+ /)
      .waitFor();
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

  it('a data specialist marks a child an English learner on the child’s page with the keyboard, in English and Spanish', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.dataSpecialist);
    const specialist = await apiSession(accounts.dataSpecialist);
    const child = (await specialist('GET', '/children?q=Perez-Gomez')).items[0] as { id: string };
    await page.goto(`${baseUrl}/children/${child.id}`);
    const fact = (label: string) =>
      page.locator('dl > div', { has: page.locator('dt', { hasText: label }) }).locator('dd');
    await expect(fact('English learner').textContent()).resolves.toBe('No');

    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit' });
    await form.getByRole('checkbox', { name: 'English learner' }).focus();
    await page.keyboard.press('Space');
    await expectAccessible(page, 'child edit form with the count flags');
    await form.getByRole('button', { name: 'Save' }).focus();
    await page.keyboard.press('Enter');
    await form.waitFor({ state: 'hidden' });
    await expect(fact('English learner').textContent()).resolves.toBe('Yes');
    await expect(fact('Child with a disability (IDEA)').textContent()).resolves.toBe('No');
    await expectNoHorizontalScroll(page);

    await page.locator('label[for$="-es"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    await expect(fact('Aprendiz de inglés').textContent()).resolves.toBe('Sí');
    await expectAccessible(page, 'child page with the count flags in Spanish');
    await page.locator('label[for$="-en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');

    // Give the shared child back its flag for the other tests.
    const saved = await specialist('GET', `/children/${child.id}`);
    await specialist('PATCH', `/children/${child.id}`, { version: saved.version, englishLearner: false });
  });
});
