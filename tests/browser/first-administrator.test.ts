import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { openDatabase, type DatabaseHandle } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { buildApp } from '../../src/server/app';
import { CLI_ACTOR } from '../../src/usecases/context';
import { createUser } from '../../src/usecases/users/create-user';
import { animationsSettled, expectAccessible, expectNoHorizontalScroll, phonePage } from '../support/browser';

const webRoot = inject('webRoot');
/** A small public schools file shaped like the CDE's export: Fresno County's districts and schools. */
const DIRECTORY = path.resolve(import.meta.dirname, '../cases/school-directory/pubschls-fresno.txt');
const phone = phonePage();

const ADMIN = { email: 'rosa.delgado@state.example', password: 'harvest violet canyon river' };
const DIRECTOR = { name: 'Ana Ruiz', email: 'ana.ruiz@region7.example', password: 'copper lantern meadow' };
const RECRUITER = {
  name: 'Luis García',
  title: 'Community liaison',
  email: 'luis.garcia@region7.example',
  password: 'orchard pebble sunrise',
};

/**
 * Issue 17's done test: from an empty database (no demo), the first state administrator made
 * as `ciclo user add` makes it, on a 360 px phone and with the keyboard, chooses their own
 * password, loads the school directory on the Organizations page (California's regions and
 * Fresno County's districts and schools), adds a region director and a recruiter on the users
 * page, sets the region's prioritization rules, and the recruiter signs in and sees their region.
 */
describe('from an empty database to a working region on a phone', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let baseUrl = '';

  beforeAll(async () => {
    handle = await openDatabase({ dataDir: 'memory://' });
    await migrateToLatest(handle.db);
    await createUser(
      { db: handle.db, actor: CLI_ACTOR },
      {
        email: ADMIN.email,
        displayName: 'Rosa Delgado',
        password: ADMIN.password,
        role: 'state_admin',
        mustChangePassword: true,
      },
    );
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

  /** Sign in with the keyboard; someone else chose the password, so choose a new one first. */
  async function signInFirstTime(page: Page, email: string, given: string, chosen: string) {
    await page.goto(baseUrl);
    await page.getByLabel(/^Email/).fill(email);
    await page.getByLabel(/^Password/).fill(given);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Choose a new password', level: 1 }).waitFor();
    await expectAccessible(page, 'choose a new password');
    await page.getByLabel(/^Password you signed in with/).fill(given);
    await page.getByLabel(/^New password\s*\*?$/).fill(chosen);
    await page.getByLabel(/^New password again/).fill(chosen);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasText: /Welcome/ })
      .waitFor();
  }

  async function addUser(
    page: Page,
    user: { name: string; email: string; password: string; title?: string },
    role: string,
  ) {
    await page.getByRole('button', { name: 'Add a user' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add a user' });
    await dialog.waitFor();
    await animationsSettled(page);
    await dialog.getByLabel(/^Name/).fill(user.name);
    if (user.title) await dialog.getByLabel(/^Position title/).fill(user.title);
    await dialog.getByLabel(/^Email/).fill(user.email);
    await dialog.getByRole('textbox', { name: /^Role/ }).click();
    await page.getByRole('option', { name: role, exact: true }).click();
    await dialog.getByRole('textbox', { name: /^Region number/ }).click();
    await page.getByRole('option', { name: /^Region 7:/ }).click();
    await dialog.getByLabel(/^First password/).fill(user.password);
    await expectAccessible(page, `adding a ${role}`);
    await expectNoHorizontalScroll(page);
    await dialog.getByRole('button', { name: 'Add the user' }).click();
    await page.getByText(`${user.name} is added.`).waitFor();
  }

  it('the first state administrator adds a region director and a recruiter and sets a rule', async () => {
    const page = phone.page;
    await signInFirstTime(page, ADMIN.email, ADMIN.password, 'granite willow harbor ember');

    await page.goto(`${baseUrl}/admin/organizations`);
    await page.getByRole('heading', { name: 'Regions, districts and schools', level: 1 }).waitFor();
    await page.getByText('No regions yet: load the school directory.').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /^Public schools file/ }).click();
    await (await chooser).setFiles(DIRECTORY);
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    const summary = page.getByRole('status');
    await summary.getByText('pubschls-fresno.txt loaded: 1 counties.').waitFor();
    const changes = summary.getByRole('list', { name: 'What the load changed' });
    // California's 20 regions on an empty database; Fresno Unified and Parlier Unified with their schools
    await expect
      .poll(() => changes.getByRole('listitem').allInnerTexts())
      .toEqual([
        expect.stringMatching(/^Regions\s+Added\s+20\s+Updated\s+0\s+Closed\s+—\s+Unchanged\s+0/),
        expect.stringMatching(/^Districts\s+Added\s+2\s+Updated\s+0\s+Closed\s+0\s+Unchanged\s+0/),
        expect.stringMatching(/^Schools\s+Added\s+4\s+Updated\s+0\s+Closed\s+0\s+Unchanged\s+0/),
      ]);
    const fresno = page
      .getByRole('list', { name: 'Regions held' })
      .getByRole('listitem')
      .filter({ hasText: 'Region 7 · Fresno County Office of Education' });
    await expect.poll(() => fresno.innerText()).toMatch(/Counties\s+Fresno\s+Districts\s+2/);
    await expectAccessible(page, 'organizations page after the load');
    await expectNoHorizontalScroll(page);

    await page.goto(`${baseUrl}/admin/users`);
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await expectAccessible(page, 'users page');
    await addUser(page, DIRECTOR, 'Region director');
    await addUser(page, RECRUITER, 'Recruiter');
    const row = page.getByRole('row').filter({ hasText: RECRUITER.email });
    await row.getByText('Region 7').waitFor();
    await row.getByText('Must change password').waitFor();
    // the title the school contact log prints in place of the role's name (PT1)
    await row.getByText(RECRUITER.title).waitFor();
    await expectNoHorizontalScroll(page);

    await page.goto(`${baseUrl}/referrals/rules`);
    await page.getByRole('heading', { name: 'Prioritization rules', level: 1 }).waitFor();
    // a state administrator chooses the region among California's twenty
    await page.getByRole('textbox', { name: 'Region', exact: true }).click();
    await page.getByRole('option', { name: /^Region 7:/ }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Region', exact: true }).inputValue())
      .toMatch(/^Region 7:/);
    await page.getByLabel('Lowest priority (no rule met)').fill('6');
    await page.getByRole('button', { name: 'Save and re-rank' }).click();
    await page.getByRole('status').waitFor();
    await expectAccessible(page, 'prioritization rules');
    await expectNoHorizontalScroll(page);

    await page.goto(`${baseUrl}/admin/audit`);
    await page.getByText(`Rosa Delgado created the account of ${RECRUITER.name}.`).waitFor();
    await expectAccessible(page, 'audit log');
  });

  it('the recruiter signs in, chooses a password and sees their region', async () => {
    const page = phone.page;
    await page.context().clearCookies();
    await signInFirstTime(page, RECRUITER.email, RECRUITER.password, 'thistle marble compass dawn');
    await page
      .getByText(/Fresno County Office of Education/)
      .first()
      .waitFor();
    await expectAccessible(page, "recruiter's home");
    await expectNoHorizontalScroll(page);
  });
});
