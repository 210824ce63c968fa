import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { apiSession } from '../support/browser-api';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';
import { repoRoot } from '../support/eligibility-cases';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: true });
const record = readFileSync(path.join(repoRoot, 'tests/fixtures/msix/consolidated-record-one.json'));

/** A child of the data specialist's region, made for this test. */
async function newChild(firstName: string): Promise<string> {
  const specialist = await apiSession(accounts.dataSpecialist);
  const known = await specialist('GET', `/children/${inject('childId')}`);
  const child = await specialist('POST', '/children', {
    regionId: known.regionId,
    firstName,
    lastSurname: 'Otrosestados',
    birthDate: '2015-04-12',
    birthCountry: 'MX',
    sex: 'female',
  });
  return child.id as string;
}

describe('records from other states on a child’s page, on a phone', () => {
  it('a data specialist attaches a record, reads it per state in Spanish, detaches it and attaches it again, with the keyboard', async () => {
    const childId = await newChild('Rosa');
    const page = phone.page;
    await signIn(page, baseUrl, accounts.dataSpecialist);
    await page.goto(`${baseUrl}/children/${childId}`);
    const card = page.getByRole('region', { name: 'Records from other states' });
    await card.getByText('No record from another state is attached to this child.').waitFor();
    await card.locator('input[type="file"]').setInputFiles({
      name: 'rosa.json',
      mimeType: 'application/json',
      buffer: record,
    });
    await card.getByRole('button', { name: 'Attach the record' }).focus();
    await page.keyboard.press('Enter');
    await card.getByText('The record of MSIX ID 100200300401 is attached.').waitFor();
    await card.getByText(/^MSIX ID 100200300401 · from TX, AZ · received /).waitFor();
    const texas = card.getByRole('region', { name: /^Sent by TX, received / });
    await texas.getByText(/^QAD .*: from Yuma, AZ to Pharr, TX$/).waitFor();
    await texas.getByText(/^Reading 4 · English Language Arts · 2024-2025 Full year/).waitFor();
    await texas.getByText(/STAAR Grade 4 Reading · Reading · .* · 1512 · Approaches Grade Level/).waitFor();
    await card
      .getByRole('region', { name: /^Sent by AZ, received / })
      .getByText(/Pecan Grove Elementary/)
      .first()
      .waitFor();
    await expectAccessible(page, 'records from other states on the child page');
    await expectNoHorizontalScroll(page);

    await page.locator('label[for$="-es"]').click();
    const tarjeta = page.getByRole('region', { name: 'Registros de otros estados' });
    await tarjeta.getByText(/^Identificador MSIX 100200300401 · de TX, AZ · recibido el /).waitFor();
    await tarjeta
      .getByRole('region', { name: /^Enviado por TX, recibido el / })
      .getByText('Cursos')
      .waitFor();
    await expectAccessible(page, 'records from other states in Spanish');
    await expectNoHorizontalScroll(page);
    await page.locator('label[for$="-en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');

    await card.getByRole('button', { name: 'Detach' }).focus();
    await page.keyboard.press('Enter');
    await card.getByText('Detach this record from the child?').first().waitFor();
    await card.getByRole('button', { name: 'Yes, detach' }).focus();
    await page.keyboard.press('Enter');
    await card.getByText(/is detached\. You can attach it again below\.$/).waitFor();
    await card.getByText('No record from another state is attached to this child.').waitFor();
    await card.getByRole('button', { name: /^Attach again the record of MSIX ID 100200300401/ }).focus();
    await page.keyboard.press('Enter');
    await card.getByText('The record of MSIX ID 100200300401 is attached again.').waitFor();
    await card.getByRole('region', { name: /^Sent by TX/ }).waitFor();
    await expectAccessible(page, 'a record attached again');
  });

  it('a data specialist imports a file of several records and confirms the proposed child', async () => {
    const childId = await newChild('Marisol');
    const file = JSON.parse(record.toString()) as { records: { student: Record<string, string> }[] };
    file.records[0]!.student = { firstName: 'Marisol', lastName1: 'Otrosestados', birthDate: '2015-04-12' };
    const page = phone.page;
    await signIn(page, baseUrl, accounts.dataSpecialist);
    await page.goto(`${baseUrl}/msix/records/import`);
    await page.getByRole('heading', { name: 'Records from other states: import', level: 1 }).waitFor();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'records.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByRole('button', { name: 'Propose the children' }).click();
    await page.getByText('1 record in the file').waitFor();
    const proposed = page.getByRole('list', { name: 'Children proposed for MSIX ID 100200300401' });
    const link = proposed.getByRole('link', { name: /^Open Marisol Otrosestados/ }).first();
    await expect(link.getAttribute('href')).resolves.toBe(`/children/${childId}`);
    await expectAccessible(page, 'the proposals of a file of records');
    await expectNoHorizontalScroll(page);
    await proposed.getByRole('button', { name: 'Attach to Marisol Otrosestados' }).first().focus();
    await page.keyboard.press('Enter');
    await page.getByText('Attached to Marisol Otrosestados.').waitFor();
  });
});
