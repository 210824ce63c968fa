import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
import { apiSession, type ApiCall } from '../support/browser-api';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage();

const PDF = '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n';

describe('the annual calendar on a phone', () => {
  let specialist: ApiCall;
  let monitorGlanceKey: string;

  beforeAll(async () => {
    specialist = await apiSession(accounts.dataSpecialist);
    const admin = await apiSession(accounts.stateAdmin);
    const overview = await specialist('GET', '/calendar/overview');
    await admin('POST', '/calendar/years', {
      regionId: overview.regionId,
      programYear: overview.currentProgramYear,
    });
    const month = Number(String(overview.today).slice(5, 7));
    const tasks = (await specialist('GET', '/calendar/tasks')).items as Array<{
      key: string;
      table: string;
      month: number;
      task: { en: string };
    }>;
    monitorGlanceKey = tasks.find(
      (task) =>
        task.table === 'glance' && task.month === month && task.task.en === 'Monitor service implementation',
    )!.key;
  });
  afterAll(async () => {
    await specialist('PATCH', '/auth/me', { language: 'en' });
  });

  it('a data specialist completes this month’s monitoring with an uploaded file and sees the year at a glance change', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.dataSpecialist);
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('link', { name: 'Annual calendar' }).click();
    await page.getByRole('heading', { name: 'Annual continuous-improvement calendar', level: 1 }).waitFor();

    await page.getByRole('tab', { name: 'Year at a glance' }).click();
    const glanceRow = page.locator(`[data-task="${monitorGlanceKey}"]`);
    await expect.poll(() => glanceRow.textContent()).toContain('Not started');
    await expectAccessible(page, 'year at a glance');
    await expectNoHorizontalScroll(page);

    await page.getByRole('tab', { name: 'This month: my region' }).click();
    await page.getByRole('button', { name: /Monitor service implementation/ }).click();
    const panel = page.getByRole('region', { name: /Monitor service implementation/ });
    await panel.getByText('Service Implementation Monitoring Log').waitFor();
    await panel.locator('input[type="file"]').setInputFiles({
      name: 'monitoring-visit.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(PDF),
    });
    await panel.getByRole('button', { name: 'Upload file' }).click();
    // the file listed, or else the page's message says why not (shown by the poll when it fails)
    await expect
      .poll(async () =>
        (await panel.getByRole('link', { name: 'monitoring-visit.pdf' }).count()) > 0
          ? 'listed'
          : (await page.getByRole('alert').allTextContents()).join(' | '),
      )
      .toBe('listed');
    await panel.locator('label[for$="-done"]').click();
    await page
      .getByRole('button', { name: /Monitor service implementation/ })
      .getByText('Done')
      .waitFor();
    await expectAccessible(page, 'calendar item');
    await expectNoHorizontalScroll(page);

    await page.getByRole('tab', { name: 'Year at a glance' }).click();
    await expect.poll(() => glanceRow.textContent()).toContain('Done');
  });

  it('reads in Spanish', async () => {
    const page = phone.page;
    await specialist('PATCH', '/auth/me', { language: 'es' });
    await page.reload();
    await page.getByRole('heading', { name: 'Calendario anual de mejora continua', level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'El año de un vistazo' }).click();
    await expect
      .poll(() => page.locator(`[data-task="${monitorGlanceKey}"]`).textContent())
      .toContain('Terminada');
    await expectAccessible(page, 'calendar in Spanish');
    await expectNoHorizontalScroll(page);
  });

  it('the state administrator sees every region’s progress on each task side by side', async () => {
    const page = phone.page;
    await page.context().clearCookies();
    await signIn(page, baseUrl, accounts.stateAdmin);
    await page.goto(`${baseUrl}/calendar?view=regions`);
    await page.getByRole('heading', { name: 'Annual continuous-improvement calendar', level: 1 }).waitFor();
    const table = page.getByRole('region', { name: 'All regions' });
    await table.getByRole('columnheader', { name: 'Task' }).waitFor();
    await expect.poll(() => table.getByText('Done').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'all regions');
    await expectNoHorizontalScroll(page);
  });
});
