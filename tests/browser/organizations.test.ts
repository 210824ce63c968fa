import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Locator, Page } from 'playwright-core';
import { openDatabase, type DatabaseHandle } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { buildApp } from '../../src/server/app';
import { CLI_ACTOR } from '../../src/usecases/context';
import { createUser } from '../../src/usecases/users/create-user';
import { buildUser } from '../factories';
import { expectAccessible, expectNoHorizontalScroll, phonePage, signIn } from '../support/browser';

const webRoot = inject('webRoot');
const phone = phonePage();
const samples = path.resolve(import.meta.dirname, '../cases/school-directory');
const sample = (year: number) => path.join(samples, `pubschls-${year}.txt`);
/** The 2025 sample with one CDS code a digit short (line 8). */
const badDirectory = {
  name: 'pubschls.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(readFileSync(sample(2025), 'utf8').replace('15636286009476', '1563628600947'), 'utf8'),
};

/** Choose the public schools file through the field's own button, as a person would. */
async function chooseDirectory(page: Page, label: RegExp, file: string | typeof badDirectory) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: label }).click();
  await (await chooser).setFiles(file);
}

/** The lines of one card of a list shown as cards on a phone, one string with single spaces. */
async function cardText(card: Locator): Promise<string> {
  return (await card.innerText()).replace(/\s+/g, ' ').trim();
}

/** The text of the elements that describe a field (its hint and its error). */
function describedBy(field: Locator): Promise<string> {
  return field.evaluate((input) =>
    (input.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

/**
 * The Organizations page on an empty database of its own (the shared test database keeps its
 * one region): a refused file names its line and column and loads nothing; a first directory
 * and a newer one each show what changed; each region leads to its holidays and rules. Then the
 * page that makes a user choose their own password refuses a weak one and takes a good one.
 */
describe('the organizations page and choosing a password, on a phone', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let baseUrl = '';
  let adminEmail = '';

  beforeAll(async () => {
    handle = await openDatabase({ dataDir: 'memory://' });
    await migrateToLatest(handle.db);
    adminEmail = (await buildUser(handle.db, { role: 'state_admin' })).email;
    app = await buildApp({
      db: handle.db,
      config: { secureCookies: false, logLevel: 'silent' },
      logger: false,
      webRoot,
    });
    baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it('refuses a file with a bad CDS code, naming its line and column, and loads nothing', async () => {
    const page = phone.page;
    await signIn(page, baseUrl, adminEmail);
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('link', { name: 'Organizations' }).click();
    await page.getByRole('heading', { name: 'Regions, districts and schools', level: 1 }).waitFor();
    await page.getByText('No regions yet: load the school directory.').waitFor();
    await expectAccessible(page, 'organizations page, empty');
    await expectNoHorizontalScroll(page);

    await chooseDirectory(page, /^Public schools file/, badDirectory);
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The file was not loaded' });
    await alert.getByText('pubschls.txt line 8, column CDSCode: must be a 14-digit CDS code').waitFor();
    await page.getByText('No regions yet: load the school directory.').waitFor();
    expect(await page.getByRole('status').count()).toBe(0);
    await expectAccessible(page, 'organizations page, file refused');
    await expectNoHorizontalScroll(page);
  });

  it('loads a directory, then a newer one, and shows what each load changed', async () => {
    const page = phone.page;
    await page.getByRole('button', { name: 'Remove the file' }).first().click();
    await chooseDirectory(page, /^Public schools file/, sample(2025));
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    const summary = page.getByRole('status');
    await summary.getByText('pubschls-2025.txt loaded: 4 counties.').waitFor();
    const changes = summary.getByRole('list', { name: 'What the load changed' }).getByRole('listitem');
    await expect
      .poll(async () => Promise.all((await changes.all()).map(cardText)))
      .toEqual([
        'Regions Added 20 Updated 0 Closed — Unchanged 0 Not in the file (kept) —',
        'Districts Added 6 Updated 0 Closed 0 Unchanged 0 Not in the file (kept) 0',
        'Schools Added 13 Updated 0 Closed 0 Unchanged 0 Not in the file (kept) 0',
      ]);
    const held = page.getByRole('list', { name: 'Regions held' }).getByRole('listitem');
    await expect.poll(() => held.count()).toBe(20);
    const kern = held.filter({ hasText: 'Region 5 · Kern County Office of Education' });
    await expect
      .poll(() => cardText(kern))
      .toBe(
        "Region 5 · Kern County Office of Education Counties Kern, Inyo, Mono Districts 2 Holidays and rules Region 5's holidays and prioritization rules",
      );

    // the newer directory: a school added, two renamed or moved, one closed; nothing deleted
    await page.getByRole('button', { name: 'Remove the file' }).first().click();
    await chooseDirectory(page, /^Public schools file/, sample(2026));
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await summary.getByText('pubschls-2026.txt loaded: 4 counties.').waitFor();
    await expect
      .poll(async () => cardText(changes.filter({ hasText: /^Schools/ })))
      .toBe('Schools Added 1 Updated 2 Closed 1 Unchanged 10 Not in the file (kept) 0');
    await expectAccessible(page, 'organizations page, after a newer directory');
    await expectNoHorizontalScroll(page);
  });

  it('leads from a region to its holidays, which the state administrator edits', async () => {
    const page = phone.page;
    await page.getByRole('link', { name: "Region 5's holidays and prioritization rules" }).click();
    await page.getByRole('heading', { name: 'Prioritization rules', level: 1 }).waitFor();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Region', exact: true }).inputValue())
      .toMatch(/^Region 5:/);
    const holidays = page.getByRole('region', { name: 'Holidays' });
    await holidays.getByRole('button', { name: 'Add a holiday' }).click();
    await holidays.getByLabel('Date').last().fill('2026-12-24');
    await holidays.getByLabel('Holiday', { exact: true }).last().fill('Christmas Eve');
    await holidays.getByRole('button', { name: 'Save the holidays' }).click();
    await holidays.getByRole('status').filter({ hasText: 'Holidays saved.' }).waitFor();
    await expectAccessible(page, "region 5's holidays");
    await expectNoHorizontalScroll(page);
    const region5 = await handle.db
      .selectFrom('regions')
      .select('id')
      .where('number', '=', 5)
      .executeTakeFirstOrThrow();
    const reply = await page.evaluate(
      (regionId) => fetch(`/api/holidays?regionId=${regionId}`).then((r) => r.json()),
      region5.id,
    );
    expect(reply.holidays).toContainEqual({ date: '2026-12-24', name: 'Christmas Eve' });
  });

  it('reads in Spanish, refusals included', async () => {
    const page = phone.page;
    await page.goto(`${baseUrl}/admin/organizations`);
    await page.getByRole('heading', { name: 'Regions, districts and schools', level: 1 }).waitFor();
    await page.locator('label[for$="-es"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    await page.getByRole('heading', { name: 'Regiones, distritos y escuelas', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Días feriados y reglas de prioridad de la región 7' }).waitFor();
    await chooseDirectory(page, /^Archivo de escuelas públicas/, badDirectory);
    await page.getByRole('button', { name: 'Cargar', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'No se cargó el archivo' });
    await alert.getByText(/debe ser un código CDS de 14 dígitos/).waitFor();
    await expectAccessible(page, 'organizations page in Spanish, file refused');
    await expectNoHorizontalScroll(page);
    await page.locator('label[for$="-en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });

  it('a user whose password someone else chose is refused a weak new one, then takes a good one', async () => {
    const page = phone.page;
    await page.context().clearCookies();
    const given = 'lantern quarry oat bridge';
    const user = { email: 'marta.soto@region5.example', displayName: 'Marta Soto' };
    await createUser(
      { db: handle.db, actor: CLI_ACTOR },
      { ...user, password: given, role: 'state_admin', mustChangePassword: true },
    );
    await page.goto(baseUrl);
    await page.getByLabel(/^Email/).fill(user.email);
    await page.getByLabel(/^Password/).fill(given);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Choose a new password', level: 1 }).waitFor();
    await expectAccessible(page, 'choose a new password');
    await page.getByLabel(/^Password you signed in with/).fill(given);
    const chosen = page.getByLabel(/^New password\s*\*?$/);
    const again = page.getByLabel(/^New password again/);

    await chosen.fill('password1234');
    await again.fill('password1234');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('is a common password: choose one that is not on such lists').waitFor();
    // the message is the new password field's own, read with it by assistive technology
    expect(await describedBy(chosen)).toContain('is a common password: choose one that is not on such lists');
    await expectNoHorizontalScroll(page);

    await chosen.fill('marta soto 2026!');
    await again.fill('marta soto 2026!');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('must not contain your email or name').waitFor();

    await chosen.fill('juniper tide kettle moss');
    await again.fill('juniper tide kettle mos');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('The two new passwords differ.').waitFor();

    await again.fill('juniper tide kettle moss');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasText: /Welcome/ })
      .waitFor();
    // the new password is the one that signs in from now on
    await page.context().clearCookies();
    await page.goto(baseUrl);
    await page.getByLabel(/^Email/).fill(user.email);
    await page.getByLabel(/^Password/).fill('juniper tide kettle moss');
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasText: /Welcome/ })
      .waitFor();
  });
});
