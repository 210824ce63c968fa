import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
import { daCases, daCasesDir } from '../support/da-cases';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const seed = daCases().find((c) => c.name.startsWith('001'))!;
const phone = phonePage({ perTest: true });

describe('a state administrator on a phone and differentiated assistance', () => {
  it('uploads a public case, runs the determination, sees its expected decision and the LEA explained', async () => {
    await signIn(phone.page, baseUrl, accounts.stateAdmin);
    await phone.page.getByRole('button', { name: 'Open menu' }).click();
    await phone.page.getByRole('link', { name: 'Differentiated assistance' }).click();
    await phone.page.getByRole('heading', { name: 'Differentiated assistance', level: 1 }).waitFor();
    await phone.page.getByRole('link', { name: 'Upload Dashboard files' }).click();
    await phone.page.getByRole('heading', { name: 'Upload Dashboard files', level: 1 }).waitFor();
    await expectAccessible(phone.page, 'DA upload');

    await phone.page
      .locator('input[type="file"]')
      .setInputFiles(Object.keys(seed.files).map((file) => path.join(daCasesDir, seed.name, file)));
    await phone.page.getByRole('button', { name: 'Read the files' }).click();
    await phone.page.getByRole('heading', { name: 'What was read' }).waitFor();
    await expect(phone.page.getByText(/^1 LEA: 1 districts/).count()).resolves.toBe(1);
    await expect(phone.page.getByText('Dashboard years: 2018').count()).resolves.toBe(1);
    await expectNoHorizontalScroll(phone.page);
    await expectAccessible(phone.page, 'DA upload read');

    await phone.page.getByRole('button', { name: `Run the ${seed.expected.year} determination` }).click();
    await phone.page.getByRole('heading', { name: 'Differentiated assistance', level: 1 }).waitFor();
    for (const expected of seed.expected.leas) {
      const row = phone.page.getByRole('row').filter({ hasText: expected.leaId });
      await row.waitFor();
      await expect(
        row.getByText(expected.eligible ? 'Eligible' : 'Not eligible', { exact: true }).count(),
      ).resolves.toBe(1);
      for (const group of expected.groups as Array<{ group: string; priorities: string[] }>) {
        const label = { HI: 'Hispanic' }[group.group] ?? group.group;
        await expect(
          row
            .getByText(`${label}: ${group.priorities.map((p) => `Priority ${p.slice(1)}`).join(', ')}`)
            .count(),
        ).resolves.toBe(1);
      }
    }
    await expectNoHorizontalScroll(phone.page);
    await expectAccessible(phone.page, 'DA results');

    await phone.page.getByRole('link', { name: 'Arroyo Seco Unified' }).click();
    await phone.page.getByRole('heading', { name: 'Arroyo Seco Unified', level: 1 }).waitFor();
    await phone.page
      .getByText(
        'Hispanic students meet Priority 4 (Red on English language arts and Orange on mathematics) and Priority 6 (Red on suspension).',
      )
      .waitFor();
    await expect(
      phone.page.getByRole('row').filter({ hasText: 'indicators.csv, line 7' }).count(),
    ).resolves.toBe(1);
    await expectNoHorizontalScroll(phone.page);
    await expectAccessible(phone.page, 'DA LEA');

    // The assistance form, with the keyboard: date, then the rest.
    await phone.page.getByLabel(/^Date/).fill('2025-01-15');
    await phone.page.getByLabel('School climate and discipline').check();
    await phone.page.getByLabel(/^Given by/).fill('Fresno COE DA team');
    await phone.page.getByLabel(/^Given by/).press('Enter');
    await phone.page.getByText('Assistance recorded.').waitFor();
    await phone.page.getByText(/Themes: School climate and discipline/).waitFor();

    // A slip corrected: the date was wrong. Then a record entered twice, removed after confirming.
    await phone.page.getByRole('button', { name: 'Correct the assistance of Jan 15, 2025' }).click();
    const correcting = phone.page.getByRole('form', { name: 'Correct the assistance' });
    await correcting.getByLabel(/^Date/).fill('2025-01-16');
    await expectAccessible(phone.page, 'DA assistance correction');
    await correcting.getByRole('button', { name: 'Save the correction' }).click();
    await phone.page.getByRole('button', { name: 'Correct the assistance of Jan 16, 2025' }).waitFor();
    await phone.page.getByLabel(/^Date/).fill('2025-01-20');
    await phone.page.getByLabel(/^Given by/).fill('Entered twice');
    await phone.page.getByLabel(/^Given by/).press('Enter');
    await phone.page.getByRole('button', { name: 'Remove the assistance of Jan 20, 2025' }).click();
    await phone.page.getByRole('button', { name: 'Remove the record of Jan 20, 2025' }).click();
    await phone.page.getByText(/Entered twice/).waitFor({ state: 'detached' });
    await expect(
      phone.page.getByRole('button', { name: 'Correct the assistance of Jan 16, 2025' }).count(),
    ).resolves.toBe(1);

    // The state sees it across counties.
    await phone.page.goto(`${baseUrl}/da/assistance`);
    await phone.page.getByRole('heading', { name: 'Assistance across counties', level: 1 }).waitFor();
    await phone.page.getByText('Fresno COE DA team').waitFor();
    await expect(phone.page.getByText(/School climate and discipline · 1/).count()).resolves.toBeGreaterThan(
      0,
    );
    await expectAccessible(phone.page, 'DA assistance across counties');
    await expectNoHorizontalScroll(phone.page);
  });

  it('shows the LEA page in Spanish', async () => {
    await signIn(phone.page, baseUrl, accounts.stateAdmin);
    await phone.page.goto(`${baseUrl}/da/leas/10000000000001`);
    await phone.page.getByRole('heading', { name: 'Arroyo Seco Unified', level: 1 }).waitFor();
    await phone.page.locator('label[for$="-es"]').click();
    await phone.page
      .getByText(
        'Los estudiantes hispanos cumplen la Prioridad 4 (Rojo en artes del lenguaje en inglés y Anaranjado en matemáticas) y la Prioridad 6 (Rojo en suspensiones).',
      )
      .waitFor();
    await expectAccessible(phone.page, 'DA LEA es');
    // The language is kept per user: give the shared account its English back for the other tests.
    await phone.page.locator('label[for$="-en"]').click();
    await phone.page.waitForFunction(() => document.documentElement.lang === 'en');
  });

  it('lists the rule sets in force and refuses one that breaks the schema, naming the field', async () => {
    await signIn(phone.page, baseUrl, accounts.stateAdmin);
    await phone.page.goto(`${baseUrl}/da/rule-sets`);
    await phone.page.getByRole('heading', { name: 'Rule sets', level: 1 }).waitFor();
    await phone.page.getByRole('rowheader', { name: 'CA-2025' }).waitFor();
    await phone.page.getByRole('button', { name: 'Advanced: JSON' }).click();
    await phone.page
      .getByLabel('Rule sets (JSON)')
      .fill(JSON.stringify({ id: 'CA-2026', charterRule: 'SOMETIMES' }));
    await phone.page.getByRole('button', { name: 'Check and save' }).click();
    await expect(phone.page.getByRole('alert').textContent()).resolves.toMatch(
      /Definition · Dashboard year: is required/,
    );
    await expectAccessible(phone.page, 'DA rule sets');
    await expectNoHorizontalScroll(phone.page);
  });
});
