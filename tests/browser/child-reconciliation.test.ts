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

  it('the page of a merged child says where its records went, with the merge in the history, in Spanish too', async () => {
    const { first, second, lastSurname } = await twoRecordsOfOneChild();
    const specialist = await apiSession(accounts.dataSpecialist);
    await specialist('POST', '/children/reconciliation/merges', {
      keptChildId: first.id,
      keptVersion: first.version,
      mergedChildId: second.id,
      mergedVersion: second.version,
    });
    const page = phone.page;
    await signIn(page, baseUrl, accounts.dataSpecialist);
    await page.goto(`${baseUrl}/children/${second.id}`);
    await page
      .getByRole('heading', {
        name: `ROCIO ${lastSurname} (${second.studentNumber}): records merged`,
        level: 1,
      })
      .waitFor();
    await page
      .getByText(
        new RegExp(
          `^This child's records were merged into Rocío ${lastSurname} \\(${first.studentNumber}\\) on `,
        ),
      )
      .waitFor();
    await expectAccessible(page, 'merged child page');
    await expectNoHorizontalScroll(page);
    await page.getByRole('link', { name: 'See the merge in the history (to undo it)' }).waitFor();

    await page.locator('label[for$="-es"]').click();
    await page
      .getByText(new RegExp(`^Los registros de este niño se unieron en Rocío ${lastSurname}`))
      .waitFor();
    await expectAccessible(page, 'merged child page in Spanish');
    await page.locator('label[for$="-en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');

    // With the keyboard, to the child kept.
    await page.getByRole('link', { name: `Open Rocío ${lastSurname} (${first.studentNumber})` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Rocío ${lastSurname}`, level: 1 }).waitFor();
    await page.goBack();
    await page.getByRole('link', { name: 'See the merge in the history (to undo it)' }).click();
    await page
      .getByRole('region', { name: 'Merges and splits' })
      .getByRole('row', { name: new RegExp(`ROCIO ${lastSurname}.*merged into Rocío ${lastSurname}`) })
      .getByRole('button', { name: 'Undo' })
      .waitFor();
  });

  it('a data specialist splits a record from the child page to a child found by name, with the keyboard', async () => {
    const { first, second, lastSurname } = await twoRecordsOfOneChild();
    const specialist = await apiSession(accounts.dataSpecialist);
    const { user } = await specialist('GET', '/auth/me');
    const districts = await specialist('GET', `/districts?regionId=${user.regionId}`);
    await specialist('POST', `/children/${first.id}/enrollments`, {
      districtId: districts.items[0].id,
      enrollmentDate: '2025-08-21',
    });
    const page = phone.page;
    await signIn(page, baseUrl, accounts.dataSpecialist);
    await page.goto(`${baseUrl}/children/${first.id}`);
    const split = page.getByRole('region', { name: 'Records of another child' });
    await split.getByRole('button', { name: 'Choose records to split' }).click();
    await split.getByRole('checkbox', { name: /^School enrollment: 2025-08-21/ }).check();
    await split.getByRole('radio', { name: 'A new child' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(split.getByRole('radio', { name: 'A child already in Ciclo' }).isChecked()).resolves.toBe(
      true,
    );
    await split.getByRole('textbox', { name: 'Find the child' }).fill(lastSurname);
    const target = split.getByRole('radio', {
      name: new RegExp(`^ROCIO ${lastSurname} · ${second.studentNumber}`),
    });
    await target.focus();
    await page.keyboard.press('Space');
    await expect(
      split.getByRole('radio', { name: new RegExp(`^Rocío ${lastSurname}`) }).count(),
    ).resolves.toBe(0);
    await expectAccessible(page, 'split to a child chosen');
    await expectNoHorizontalScroll(page);
    await split.getByRole('button', { name: 'Move to the child chosen' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Split these records?' });
    await dialog.getByText(`1 record moves to ROCIO ${lastSurname}.`, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Move to the child chosen' }).click();
    await split.getByText(`The records moved to ROCIO ${lastSurname}.`).waitFor();
    const moved = await specialist('GET', `/children/${second.id}/records`);
    expect(moved.items.map((r: { table: string }) => r.table)).toEqual(['enrollments']);
  });

  it('the state administrator changes the threshold, told when someone changed it meanwhile; others read it', async () => {
    const admin = await apiSession(accounts.stateAdmin);
    const before = await admin('GET', '/children/reconciliation/settings');
    const page = phone.page;
    try {
      await signIn(page, baseUrl, accounts.stateAdmin);
      await page.goto(`${baseUrl}/children/reconciliation`);
      const card = page.getByRole('region', { name: 'When a pair is proposed' });
      const score = card.getByRole('textbox', { name: /^Score from which likely matches are proposed/ });
      await expect(score.inputValue()).resolves.toBe(String(before.threshold));
      await expectAccessible(page, 'threshold of the state administrator');
      await expectNoHorizontalScroll(page);
      // Someone else saves meanwhile: this save is refused and the page shows theirs.
      await admin('PUT', '/children/reconciliation/settings', { threshold: 80, version: before.version });
      await score.fill('75');
      await card.getByRole('button', { name: 'Save the score' }).click();
      await card
        .getByText('Someone changed the score while you were editing it; it has been reloaded (80).', {
          exact: false,
        })
        .waitFor();
      await expect(score.inputValue()).resolves.toBe('80');
      await score.fill('75');
      await score.press('Tab');
      await page.keyboard.press('Enter');
      await card.getByText('Saved: pairs are proposed from a score of 75.').waitFor();

      await page.context().clearCookies();
      await signIn(page, baseUrl, accounts.dataSpecialist);
      await page.goto(`${baseUrl}/children/reconciliation`);
      await card.getByText(/from a score of 75 of 100\. The state administrator sets it\.$/).waitFor();
      await expect(card.getByRole('textbox').count()).resolves.toBe(0);
      await expectAccessible(page, 'threshold read only');
    } finally {
      const now = await admin('GET', '/children/reconciliation/settings');
      await admin('PUT', '/children/reconciliation/settings', {
        threshold: before.threshold,
        version: now.version,
      });
    }
  });
});
