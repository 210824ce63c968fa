import { afterAll, describe, expect, inject, it } from 'vitest';
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

describe('the State Service Delivery Plan on a phone', () => {
  // The language is kept for the user: the shared recruiter account gets its English back
  // even when a test fails half way.
  afterAll(async () => {
    const recruiter = await apiSession(accounts.recruiter);
    await recruiter('PATCH', '/auth/me', { language: 'en' });
  });

  it('a state administrator starts a draft and writes a need area and an MPO with forms', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.stateAdmin);
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('link', { name: 'Service Delivery Plan' }).click();
    await page.getByRole('heading', { name: 'State Service Delivery Plan', level: 1 }).waitFor();
    await expectAccessible(page, 'plan page');
    await expectNoHorizontalScroll(page);

    const newDraft = page.getByRole('form', { name: 'Start a draft' });
    await newDraft.getByRole('textbox', { name: /^Name/ }).fill('Browser plan 2026');
    await newDraft.getByRole('button', { name: 'Start a draft' }).click();
    await page.getByRole('heading', { name: 'Browser plan 2026', level: 1 }).waitFor();

    const editor = page.getByRole('form', { name: 'Edit the draft' });
    await editor.getByRole('checkbox', { name: /^These are demo values/ }).check();
    await editor.getByRole('button', { name: 'Add a need area' }).click();
    const area = editor.getByRole('group', { name: /^Need area 1/ });
    await area.getByRole('textbox', { name: /^Code/ }).fill('ELA');
    await area.getByRole('textbox', { name: /^Name in English/ }).fill('English language arts');
    await area.getByRole('textbox', { name: /^Name in Spanish/ }).fill('Artes del lenguaje en inglés');

    await editor.getByRole('button', { name: 'Add an MPO' }).click();
    const mpo = editor.getByRole('group', { name: /^MPO 1/ });
    await mpo.getByRole('textbox', { name: /^MPO number/ }).fill('1.0');
    await mpo.getByRole('textbox', { name: /^Minimum hours/ }).fill('10');
    await mpo.getByRole('textbox', { name: /^Growth/ }).click();
    await page.getByRole('option', { name: 'An improvement of a number of points' }).click();
    await mpo.getByRole('textbox', { name: /^Points of improvement/ }).fill('1');
    await mpo.getByRole('textbox', { name: /^Target/ }).fill('60');
    await mpo
      .getByRole('textbox', { name: /^Statement in English/ })
      .fill('Students below proficient in ELA grow.');
    await mpo
      .getByRole('textbox', { name: /^Statement in Spanish/ })
      .fill('Los estudiantes por debajo del nivel competente en ELA mejoran.');
    await mpo.getByRole('checkbox', { name: 'Intersession' }).uncheck();
  });

  it('the state administrator adds a strategy, is told of a mistake at its field, and saves the draft', async () => {
    const page = phone.page;
    const editor = page.getByRole('form', { name: 'Edit the draft' });
    const mpo = editor.getByRole('group', { name: /^MPO 1/ });

    await editor.getByRole('button', { name: 'Add a strategy' }).click();
    const strategy = editor.getByRole('group', { name: /^Strategy 1/ });
    await strategy.getByRole('textbox', { name: /^Strategy number/ }).fill('1.1');
    await strategy.getByRole('textbox', { name: /^Strategy in English/ }).fill('Tutoring after school');
    await strategy.getByRole('textbox', { name: /^Strategy in Spanish/ }).fill('Tutoría después de clases');
    await strategy.getByRole('checkbox', { name: 'Verified by an EPC' }).check();
    await expectAccessible(page, 'plan editor');
    await expectNoHorizontalScroll(page);

    // A mistake is named at its field, and nothing is saved until it is fixed.
    await mpo.getByRole('textbox', { name: /^Target/ }).fill('');
    await editor.getByRole('button', { name: 'Save the draft' }).click();
    await mpo.getByText('is required').waitFor();
    await mpo.getByRole('textbox', { name: /^Target/ }).fill('60');
    await editor.getByRole('button', { name: 'Save the draft' }).click();
    await page.getByRole('status').filter({ hasText: 'Draft saved.' }).waitFor();
    await page.getByText('The post-test is at least 1 points better than the pre-test').waitFor();
  });

  it('the state administrator adopts the draft by keyboard, after the confirmation', async () => {
    const page = phone.page;

    await page.getByRole('button', { name: 'Adopt this draft' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Adopt this draft?' });
    await dialog.waitFor();
    await animationsSettled(page);
    await expectAccessible(page, 'adoption confirmation');
    await dialog.getByRole('button', { name: 'Adopt', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'State Service Delivery Plan', level: 1 }).waitFor();
    await page.getByText('In force: Browser plan 2026').waitFor();
  });

  it('a recruiter reads the plan in force in Spanish: statements, rules in plain words, strategies, demo label', async () => {
    const page = phone.page;
    await page.context().clearCookies();
    await signIn(page, baseUrl, accounts.recruiter);
    await page.locator('label[for$="-es"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    await page.getByRole('button', { name: 'Abrir menú' }).click();
    await page.getByRole('link', { name: 'Plan de prestación de servicios' }).click();
    await page.getByRole('heading', { name: 'Plan Estatal de Prestación de Servicios', level: 1 }).waitFor();
    await page.getByText('Vigente: Browser plan 2026').waitFor();
    await expect(page.getByText('Valores de demostración').count()).resolves.toBeGreaterThan(0);
    const mpo = page.getByRole('article', { name: 'MPO 1.0' });
    await mpo.getByText('Los estudiantes por debajo del nivel competente en ELA mejoran.').waitFor();
    await mpo
      .getByText(
        'Estudiantes cuya evaluación estatal más reciente en artes del lenguaje en inglés antes del período es de nivel 2 o inferior',
      )
      .waitFor();
    await mpo.getByText('Al menos 10 horas de asistencia en servicios alineados del período').waitFor();
    await mpo.getByText('El 60 % de los estudiantes evaluados muestra crecimiento').waitFor();
    await mpo.getByText('Año escolar regular, Verano').waitFor();
    await page.getByText('Tutoría después de clases').waitFor();
    await page.getByText('Verificada por un EPC').waitFor();
    await page.getByText('La lleva a cabo la región o el distrito').waitFor();
    await page.getByText('Orgullo cultural').waitFor();
    await expect(page.getByRole('button', { name: 'Empezar un borrador' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'plan in Spanish');
    await expectNoHorizontalScroll(page);
  });
});
