import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: true });

describe('the child counts as MSIX will count them, on a phone', () => {
  it('a data specialist compares Ciclo’s counts with MSIX’s, child by child, in English and Spanish', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.dataSpecialist);
    // From the child counts page, the link to the comparison keeps the period.
    await page.goto(`${baseUrl}/child-counts?period=2025-26`);
    const link = page.getByRole('link', {
      name: 'Compare with the counts as MSIX will compute them from the records sent',
    });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/msix\?countPeriod=2025-26/);
    const section = page.getByRole('region', { name: 'As MSIX will count' });
    await section.waitFor();
    const totals = section.getByRole('region', { name: 'Category 1 and Category 2, Ciclo and MSIX' });
    await totals.getByRole('rowheader', { name: 'Category 1' }).waitFor();
    await totals.getByRole('rowheader', { name: 'Category 2' }).waitFor();
    await expect(section.getByRole('textbox', { name: 'Performance period' }).inputValue()).resolves.toBe(
      '2025-26',
    );
    const heading = section.getByRole('heading', { name: /^Children counted by one side only \(\d+\)$/ });
    await heading.waitFor();
    const differences = Number(/\((\d+)\)/.exec((await heading.textContent()) ?? '')![1]);
    if (differences > 0) {
      const list = section.getByRole('region', {
        name: 'Children counted by one side only, with the reason',
      });
      const child = list.getByRole('link').first();
      await expect(child.getAttribute('href')).resolves.toMatch(/^\/children\/[0-9a-f-]{36}$/);
      await list
        .getByText(/^(Ciclo only|MSIX only)$/)
        .first()
        .waitFor();
    } else {
      await section.getByText('MSIX will count the same children as Ciclo.').waitFor();
    }
    await expectAccessible(page, 'MSIX child count preview');
    await expectNoHorizontalScroll(page);

    await page.locator('label[for$="-es"]').click();
    const seccion = page.getByRole('region', { name: 'Como contará MSIX' });
    await seccion.waitFor();
    await seccion
      .getByRole('region', { name: 'Categoría 1 y Categoría 2, Ciclo y MSIX' })
      .getByRole('rowheader', { name: 'Categoría 1' })
      .waitFor();
    await seccion.getByRole('heading', { name: /^Niños contados por un solo lado \(\d+\)$/ }).waitFor();
    if (differences > 0)
      await seccion
        .getByText(/^(Solo Ciclo|Solo MSIX)$/)
        .first()
        .waitFor();
    await expectAccessible(page, 'MSIX child count preview in Spanish');
    await expectNoHorizontalScroll(page);
    await page.locator('label[for$="-en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });
});
