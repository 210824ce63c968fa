import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { apiSession } from '../support/browser-api';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const phone = phonePage({ perTest: true });

/** Two records of one child in the data specialist's region, written two ways (IR5.2). */
async function twoRecordsOfOneChild() {
  const specialist = await apiSession(accounts.dataSpecialist);
  const { user } = await specialist('GET', '/auth/me');
  const lastSurname = `Doble${randomUUID()
    .replace(/[^a-f]/g, '')
    .slice(0, 6)}`;
  const facts = { regionId: user.regionId, birthDate: '2014-04-09', birthCountry: 'MX', sex: 'female' };
  const first = await specialist('POST', '/children', { ...facts, firstName: 'Rocío', lastSurname });
  const second = await specialist('POST', '/children', { ...facts, firstName: 'ROCIO', lastSurname });
  return { first, second, lastSurname };
}

describe('the reconciliation of children on a phone', () => {
  it('a data specialist compares a pair in Spanish, merges it with the keyboard and undoes the merge', async () => {
    const { first, second, lastSurname } = await twoRecordsOfOneChild();
    const page = phone.page;
    await signIn(page, baseUrl, accounts.dataSpecialist);
    await page.goto(`${baseUrl}/children/reconciliation?childId=${first.id}`);
    await page.getByRole('heading', { name: 'Children who may be one child', level: 1 }).waitFor();
    const pair = page.getByRole('region', { name: new RegExp(lastSurname) });
    await pair.getByText(/same birth date; same first name; same surnames/).waitFor();
    await pair.getByRole('link', { name: `Rocío ${lastSurname}` }).waitFor();
    await expectAccessible(page, 'reconciliation queue');
    await expectNoHorizontalScroll(page);

    await page.locator('label[for$="-es"]').click();
    await page.getByRole('heading', { name: 'Niños que pueden ser un mismo niño', level: 1 }).waitFor();
    await pair.getByText(/misma fecha de nacimiento/).waitFor();
    await expectAccessible(page, 'reconciliation queue in Spanish');

    // Keep the record written Rocío, chosen with the keyboard; merge with the keyboard.
    await pair.getByRole('radio', { name: new RegExp(`: Rocío ${lastSurname}$`) }).focus();
    await page.keyboard.press('Space');
    await expect(
      pair.getByRole('radio', { name: new RegExp(`: Rocío ${lastSurname}$`) }).isChecked(),
    ).resolves.toBe(true);
    await pair.getByRole('button', { name: 'Unir' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '¿Unir estos registros?' });
    await dialog.waitFor();
    await expectAccessible(page, 'merge confirmation in Spanish');
    await dialog.getByRole('button', { name: 'Unir' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(`Unido en Rocío ${lastSurname}.`).waitFor();
    await pair.waitFor({ state: 'detached' });

    const history = page.getByRole('region', { name: 'Uniones y separaciones' });
    const row = history.getByRole('row', {
      name: new RegExp(`ROCIO ${lastSurname}.*unido en Rocío ${lastSurname}`),
    });
    await row.waitFor();
    await expectNoHorizontalScroll(page);
    await row.getByRole('button', { name: 'Deshacer' }).click();
    const undo = page.getByRole('dialog', { name: '¿Deshacer esto?' });
    await undo.getByRole('button', { name: 'Deshacer' }).click();
    await row.getByText(/^Deshecho el /).waitFor();
    await expectAccessible(page, 'reconciliation history in Spanish');

    // Both records are back in the list of children.
    const specialist = await apiSession(accounts.dataSpecialist);
    const list = await specialist('GET', `/children?q=${lastSurname}`);
    expect(list.items.map((c: { id: string }) => c.id).sort()).toEqual([first.id, second.id].sort());
    await page.locator('label[for$="-en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });

  it('a data specialist splits a record from the child page to a new child', async () => {
    const { first, lastSurname } = await twoRecordsOfOneChild();
    const page = phone.page;
    await signIn(page, baseUrl, accounts.dataSpecialist);
    const specialist = await apiSession(accounts.dataSpecialist);
    const { user } = await specialist('GET', '/auth/me');
    const districts = await specialist('GET', `/districts?regionId=${user.regionId}`);
    await specialist('POST', `/children/${first.id}/enrollments`, {
      districtId: districts.items[0].id,
      enrollmentDate: '2025-08-20',
    });
    await page.goto(`${baseUrl}/children/${first.id}`);
    await page.getByRole('heading', { name: `Rocío ${lastSurname}`, level: 1 }).waitFor();
    const split = page.getByRole('region', { name: 'Records of another child' });
    await split.getByRole('button', { name: 'Choose records to split' }).click();
    await split.getByRole('checkbox', { name: /^School enrollment: 2025-08-20/ }).check();
    await split.getByRole('textbox', { name: 'First name of the other child' }).fill('Rosa');
    await split.getByRole('button', { name: 'Split to a new child' }).click();
    await page
      .getByRole('dialog', { name: 'Split these records?' })
      .getByRole('button', { name: 'Split to a new child' })
      .click();
    await split.getByText('The records moved to a new child.').waitFor();
    await page
      .getByRole('region', { name: 'Merges and splits' })
      .getByRole('row', { name: new RegExp(`Records of Rocío ${lastSurname}.*split to Rosa ${lastSurname}`) })
      .waitFor();
    await expectAccessible(page, 'child page with its split');
    await expectNoHorizontalScroll(page);
  });
});
