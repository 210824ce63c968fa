import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
import { apiSession } from '../support/browser-api';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: true });

describe('EPC verification on a phone (MN4)', () => {
  let regionId: string;

  beforeAll(async () => {
    const admin = await apiSession(accounts.stateAdmin);
    const director = await apiSession(accounts.regionDirector);
    regionId = ((await director('GET', '/auth/me')) as { user: { regionId: string } }).user.regionId;
    // A plan of its own with one strategy an EPC verifies (other tests adopt theirs).
    const draft = await admin('POST', '/plan/versions', { name: 'EPC browser test' });
    const saved = await admin('PUT', `/plan/versions/${draft.id}`, {
      version: draft.version,
      name: 'EPC browser test',
      demo: false,
      needAreas: [{ code: 'SR', nameEn: 'School readiness', nameEs: 'Preparación escolar' }],
      mpos: [],
      strategies: [
        {
          number: '9.9',
          needArea: 'SR',
          textEn: 'Family literacy nights',
          textEs: 'Noches de lectura en familia',
          implementer: 'either',
          epcVerified: true,
        },
      ],
    });
    await admin('POST', `/plan/versions/${draft.id}/adopt`, { version: saved.version });
  });

  it('the region director uploads a document for a strategy', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.regionDirector);
    await page.goto(`${baseUrl}/monitoring/epc?term=summer`);
    const card = page.getByRole('article', { name: /^9\.9 Family literacy nights/ });
    await card.waitFor();
    await expectAccessible(page, 'EPC checklist of the region');
    await expectNoHorizontalScroll(page);
    await card.locator('input[type="file"]').setInputFiles({
      name: 'sign-in-sheets.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\nsign-in sheets\n'),
    });
    await card.getByRole('button', { name: 'Upload' }).click();
    await card.getByRole('link', { name: 'sign-in-sheets.pdf' }).waitFor();
  });

  it('the consultant assigned to the region opens the checklist, finds the document and verifies the strategy', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.stateConsultant);
    await page.goto(`${baseUrl}/monitoring/epc?term=summer&regionId=${regionId}`);
    await page.getByRole('heading', { name: 'Progress of every subgrantee' }).waitFor();
    const card = page.getByRole('article', { name: /^9\.9 Family literacy nights/ });
    await card.getByRole('link', { name: 'sign-in-sheets.pdf' }).waitFor();
    for (const item of [
      'Description of the service',
      'Attendance records',
      'Pre/post test data',
      "Participants' work",
    ])
      await card.getByRole('checkbox', { name: item }).check();
    await card.getByRole('textbox', { name: 'Outcome' }).click();
    await page.getByRole('option', { name: 'Verified' }).click();
    await card.getByRole('textbox', { name: 'Comment' }).fill('Sign-in sheets and agendas are complete.');
    await expectAccessible(page, 'EPC verification form');
    await expectNoHorizontalScroll(page);
    await card.getByRole('button', { name: 'Save the verification' }).click();
    await card.getByText('Verified on').waitFor();
    expect(await card.getByText(/Verified on .*Sign-in sheets and agendas are complete\./).count()).toBe(1);
    await card.getByText('Verified', { exact: true }).waitFor();
  });

  it('the region director removes a file uploaded by mistake, once asked to confirm (MN4.6)', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.regionDirector);
    await page.goto(`${baseUrl}/monitoring/epc?term=summer`);
    const card = page.getByRole('article', { name: /^9\.9 Family literacy nights/ });
    await card.locator('input[type="file"]').setInputFiles({
      name: 'old-draft.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\nold draft\n'),
    });
    await card.getByRole('button', { name: 'Upload' }).click();
    await card.getByRole('link', { name: 'old-draft.pdf' }).waitFor();
    await card.getByRole('button', { name: 'Remove old-draft.pdf' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove from the documentation?' });
    await dialog
      .getByText(/“old-draft\.pdf” will be removed from the documentation of strategy 9\.9/)
      .waitFor();
    await expectAccessible(page, 'confirming a removal');
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => card.getByRole('link', { name: 'old-draft.pdf' }).count()).toBe(0);
    await card.getByRole('link', { name: 'sign-in-sheets.pdf' }).waitFor();
  });

  it('district staff document their own district’s strategy, apart from the region’s (MN4.5)', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, accounts.districtStaff);
    await page.goto(`${baseUrl}/monitoring/epc?term=summer`);
    const card = page.getByRole('article', { name: /^9\.9 Family literacy nights/ });
    await card.getByText('Nothing saved yet.').waitFor();
    await card.locator('input[type="file"]').setInputFiles({
      name: 'district-sign-in.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\ndistrict\n'),
    });
    await card.getByRole('button', { name: 'Upload' }).click();
    await card.getByRole('link', { name: 'district-sign-in.pdf' }).waitFor();
    expect(await card.getByRole('link', { name: 'sign-in-sheets.pdf' }).count()).toBe(0);
    await expectAccessible(page, 'EPC checklist of a district');
    await expectNoHorizontalScroll(page);
  });
});
